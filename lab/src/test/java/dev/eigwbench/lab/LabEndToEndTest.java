package dev.eigwbench.lab;

import static dev.eigwbench.lab.LabTestSupport.results;
import static dev.eigwbench.lab.LabTestSupport.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.common.Step;
import dev.eigwbench.common.Variant;
import dev.eigwbench.lab.net.CommandRunner;
import dev.eigwbench.lab.net.NetworkLab;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The lab as users run it, with the stack's settings: real emulators in the services namespace, the real handler
 * in the vpc and public namespaces. One small run (2 invocations each: cold then warm), several assertions.
 */
class LabEndToEndTest extends LabRunFixture {
    private static final Map<Step, String> VPC_FAMILIES = Map.of(
            Step.DYNAMODB_PUT, "IPv4",
            Step.DYNAMODB_QUERY, "IPv4",
            Step.SQS_SEND, "IPv6",
            Step.S3_PUT, "IPv4",
            Step.S3_LIST, "IPv4",
            Step.HTTP_GET, "IPv6");

    LabEndToEndTest() {
        super(LabOptions.NetworkMode.NAMESPACES, 2, 5, true, LabOptions.FunctionRuntime.RIC);
    }

    @Test
    void run_whenPreferIPv6_bothFunctionsCompleteEveryStepWithoutErrors() {
        assertBothFunctionsSucceeded();
    }

    @Test
    void run_whenPreferIPv6_vpcReachesDualStackNamesOverIPv6AndGatewayEndpointsOverIPv4() {
        for (var result : results(outcome, Variant.VPC)) {
            VPC_FAMILIES.forEach((step, family) ->
                    assertEquals(family, step(result, step).network().family().id(), "vpc " + step.id()));
        }
    }

    @Test
    void run_whenPreferIPv6_publicUsesIPv4Everywhere() {
        for (var result : results(outcome, Variant.PUBLIC)) {
            for (var step : Step.values()) {
                assertEquals("IPv4", step(result, step).network().family().id(), "public " + step.id());
            }
        }
    }

    @Test
    void run_whenPreferIPv6_functionJvmsHadTheStacksOption() {
        for (var result : results(outcome, Variant.VPC)) {
            assertEquals("true", result.diagnostics().preferIPv6Addresses());
        }
    }

    @Test
    void run_whenFinished_writesEveryReportFormat() throws Exception {
        var files = outcome.files();
        for (var file : List.of(files.text(), files.markdown(), files.json(), files.html())) {
            assertTrue(Files.size(file) > 0, file.toString());
        }
        assertTrue(Files.readString(files.text()).contains("network: simulated (network namespaces)"));
    }

    @Test
    void run_whenFinished_leavesNoNamespacesOrHostsFiles() {
        var prefix = "eigw-" + ProcessHandle.current().pid() + "-";
        assertTrue(NetworkLab.listNamespaces(new CommandRunner(Duration.ofSeconds(10))).stream()
                .noneMatch(ns -> ns.startsWith(prefix)));
        assertTrue(!Files.isDirectory(NetworkLab.NETNS_ETC)
                || NetworkLab.NETNS_ETC.toFile().list((d, name) -> name.startsWith(prefix)).length == 0);
    }
}
