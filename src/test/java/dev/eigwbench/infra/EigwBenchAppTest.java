package dev.eigwbench.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.common.StackOutputs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Token;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** How the app turns context and the environment into the stack. */
class EigwBenchAppTest {
    @Test
    void build_whenNoCdkDefaultEnvironment_isEnvironmentAgnostic() {
        var stack = SynthesizedStack.stack();
        assertTrue(Token.isUnresolved(stack.getAccount()), stack.getAccount());
        assertTrue(Token.isUnresolved(stack.getRegion()), stack.getRegion());
    }

    @Test
    void synth_whenDone_leavesNoWarningOrErrorAnnotations() {
        SynthesizedStack.template();
        var annotations = Annotations.fromStack(SynthesizedStack.stack());
        var findings = new ArrayList<String>();
        annotations
                .findWarning("*", Match.anyValue())
                .forEach(m -> findings.add(m.getId() + ": " + m.getEntry().getData()));
        annotations
                .findError("*", Match.anyValue())
                .forEach(m -> findings.add(m.getId() + ": " + m.getEntry().getData()));
        assertEquals(List.of(), findings);
    }

    @Test
    void build_whenNoStackNameInContext_usesTheSeedsStackName() {
        assertEquals("EgressOnlyInternetGatewayTest", SynthesizedStack.stack().getStackName());
    }

    @Test
    void stackClass_whenNamed_isTheDefaultStackNamePlusStack() {
        // Searching the code for the name CloudFormation shows finds the class.
        assertEquals(
                StackOutputs.DEFAULT_STACK_NAME + "Stack", EgressOnlyInternetGatewayTestStack.class.getSimpleName());
    }

    @Test
    void build_whenCdkDefaultEnvironmentSet_targetsThatAccountAndRegion() {
        var environment = new HashMap<>(SynthesizedStack.agnosticEnvironment());
        environment.put("CDK_DEFAULT_ACCOUNT", "123456789012");
        environment.put("CDK_DEFAULT_REGION", "eu-central-1");
        var stack = EigwBenchApp.build(SynthesizedStack.app(Map.of()), environment, SynthesizedStack.ROOT.path());
        assertEquals("123456789012", stack.getAccount());
        assertEquals("eu-central-1", stack.getRegion());
    }

    @Test
    void build_whenStackNameInContext_namesTheStackSo() {
        var stack = EigwBenchApp.build(
                SynthesizedStack.app(Map.of(BenchmarkConfig.KEY_STACK_NAME, "EigwBenchDev")),
                SynthesizedStack.agnosticEnvironment(),
                SynthesizedStack.ROOT.path());
        assertEquals("EigwBenchDev", stack.getStackName());
    }

    @Test
    void build_whenContextInvalid_failsNamingTheKey() {
        var app = SynthesizedStack.app(Map.of(BenchmarkConfig.KEY_MEMORY_MB, "lots"));
        var error = assertThrows(
                ConfigurationException.class,
                () -> EigwBenchApp.build(app, SynthesizedStack.agnosticEnvironment(), SynthesizedStack.ROOT.path()));
        assertTrue(error.getMessage().contains("'memoryMb'"), error.getMessage());
    }

    @Test
    void build_whenFetchUrlSchemeIsUpperCase_bothFunctionsGetTheLowerCaseUrlTheHandlerAccepts() {
        var app = SynthesizedStack.app(Map.of(BenchmarkConfig.KEY_FETCH_URL, "HTTPS://Example.com/Health"));
        var stack = EigwBenchApp.build(app, SynthesizedStack.agnosticEnvironment(), SynthesizedStack.ROOT.path());
        var matching = Template.fromStack(stack)
                .findResources(
                        "AWS::Lambda::Function",
                        Map.of(
                                "Properties",
                                Match.objectLike(Map.of(
                                        "Environment",
                                        Map.of(
                                                "Variables",
                                                Match.objectLike(
                                                        Map.of("FETCH_URL", "https://Example.com/Health")))))));
        assertEquals(2, matching.size(), List.copyOf(matching.keySet()).toString());
    }

    @Test
    void build_whenContextOverridesDefaults_bothFunctionsUseTheOverrides() {
        var app = SynthesizedStack.app(Map.of(
                BenchmarkConfig.KEY_ITERATIONS, "7",
                BenchmarkConfig.KEY_FETCH_URL, "https://example.com/health",
                BenchmarkConfig.KEY_MEMORY_MB, 2048,
                BenchmarkConfig.KEY_RUNTIME, "java21",
                BenchmarkConfig.KEY_TIMEOUT_SECONDS, 90));
        var stack = EigwBenchApp.build(app, SynthesizedStack.agnosticEnvironment(), SynthesizedStack.ROOT.path());
        var template = Template.fromStack(stack);
        var matching = template.findResources(
                "AWS::Lambda::Function",
                Map.of(
                        "Properties",
                        Match.objectLike(Map.of(
                                "MemorySize",
                                2048,
                                "Runtime",
                                "java21",
                                "Timeout",
                                90,
                                "Environment",
                                Map.of(
                                        "Variables",
                                        Match.objectLike(Map.of(
                                                "DEFAULT_ITERATIONS", "7",
                                                "FETCH_URL", "https://example.com/health")))))));
        assertEquals(2, matching.size(), List.copyOf(matching.keySet()).toString());
    }
}
