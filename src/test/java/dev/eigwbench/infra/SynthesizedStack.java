package dev.eigwbench.infra;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Template;

/** The stack synthesized once per test JVM, with cdk.json's context, so tests check what `cdk synth` deploys. */
final class SynthesizedStack {
    static final ProjectRoot ROOT = ProjectRoot.locate(System.getenv(), Path.of(""));

    private SynthesizedStack() {}

    static EgressOnlyInternetGatewayTestStack stack() {
        return Holder.STACK;
    }

    static Template template() {
        return Holder.TEMPLATE;
    }

    /** cdk.json's "context" object, as the CLI passes it to the app. */
    static Map<String, Object> cdkJsonContext() {
        try {
            Map<String, Object> cdkJson = new ObjectMapper()
                    .readValue(ROOT.path().resolve("cdk.json").toFile(), new TypeReference<Map<String, Object>>() {});
            @SuppressWarnings("unchecked")
            Map<String, Object> context = (Map<String, Object>) cdkJson.get("context");
            return context == null ? Map.of() : context;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cdk.json", e);
        }
    }

    /** An app with cdk.json's context plus {@code overrides} (as `-c key=value` would add). */
    static App app(Map<String, Object> overrides) {
        var context = new HashMap<>(cdkJsonContext());
        context.putAll(overrides);
        return App.Builder.create().context(context).build();
    }

    /** Only EIGW_ROOT: no CDK_DEFAULT_ACCOUNT/REGION, whatever the developer's shell has, so the stack is agnostic. */
    static Map<String, String> agnosticEnvironment() {
        return Map.of(ProjectRoot.ENV_VARIABLE, ROOT.path().toString());
    }

    private static final class Holder {
        static final EgressOnlyInternetGatewayTestStack STACK;
        static final Template TEMPLATE;

        static {
            App app = app(Map.of());
            STACK = EigwBenchApp.build(app, agnosticEnvironment(), ROOT.path());
            TEMPLATE = Template.fromStack(STACK);
        }
    }
}
