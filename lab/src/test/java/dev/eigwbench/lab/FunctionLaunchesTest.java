package dev.eigwbench.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.common.FunctionSettings;
import dev.eigwbench.common.Variant;
import dev.eigwbench.lab.host.DeploymentPackage;
import dev.eigwbench.lab.host.FunctionJava;
import dev.eigwbench.lab.net.LabService;
import dev.eigwbench.lab.net.TopologyPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionLaunchesTest {
    private static final Endpoints ENDPOINTS = new Endpoints(
            Map.of(LabService.DYNAMODB, 8000, LabService.SQS, 9324, LabService.S3, 9090, LabService.HTTP, 8080),
            "/000000000000/eigw-bench-lab",
            "/todos/1");

    @TempDir
    Path dir;

    private DeploymentPackage pkg;

    @BeforeEach
    void unpackAPackage() throws IOException {
        var zip = dir.resolve("function.zip");
        try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("bin/prefer-ipv6-wrapper"));
            out.write("#!/bin/sh\nexec \"$@\"\n".getBytes());
            out.putNextEntry(new ZipEntry("lib/function.jar"));
            out.write(new byte[] {0});
        }
        pkg = DeploymentPackage.unpack(zip, dir.resolve("work"));
    }

    @AfterEach
    void removePackage() {
        pkg.close();
    }

    @Test
    void environment_whenPreferIPv6_isTheStacksEnvironmentPlusLambdasOwn() {
        var env = launches(true).environment(Variant.VPC);
        var stack = FunctionSettings.environment(
                Variant.VPC,
                LocalDeployment.TABLE,
                "http://sqs.eigw.test:9324/000000000000/eigw-bench-lab",
                LocalDeployment.BUCKET,
                "http://api.eigw.test:8080/todos/1",
                5);
        stack.forEach((name, value) -> assertEquals(value, env.get(name), name));
        assertEquals("eigw-bench-lab-vpc", env.get("AWS_LAMBDA_FUNCTION_NAME"));
        assertEquals("http://dynamodb.eigw.test:8000", env.get("AWS_ENDPOINT_URL_DYNAMODB"));
    }

    @Test
    void forVariant_whenPreferIPv6_runsJavaThroughThePackagedExecWrapperInTheVariantsNamespace() {
        var command = launches(true).forVariant(Variant.PUBLIC).command();
        assertEquals("ip netns exec eigw-4242-0-pub", String.join(" ", command.subList(0, 4)));
        assertEquals(pkg.script("bin/prefer-ipv6-wrapper").toString(), command.get(4));
        assertTrue(command.get(5).endsWith("java"), command.get(5));
        assertEquals(FunctionSettings.HANDLER, command.get(command.size() - 1));
    }

    @Test
    void forVariant_always_sizesTheJvmForTheFunctionsMemoryNotTheHosts() {
        var command = launches(true).forVariant(Variant.VPC).command();

        assertTrue(command.contains("-XX:MaxRAM=" + FunctionSettings.MEMORY_MB + "m"), command::toString);
        assertTrue(command.contains("-XX:MaxHeapSize=870m"), command::toString);
    }

    @Test
    void forVariant_whenPreferIPv6Off_dropsThePropertyAndTheWrapper() {
        var launch = launches(false).forVariant(Variant.VPC);
        var options = launch.environment().get(FunctionSettings.ENV_JAVA_TOOL_OPTIONS);
        assertFalse(options.contains("preferIPv6Addresses"), options);
        assertFalse(launch.environment().containsKey(FunctionSettings.ENV_EXEC_WRAPPER));
        assertTrue(launch.command().stream().noneMatch(word -> word.endsWith("prefer-ipv6-wrapper")));
    }

    @Test
    void forVariant_whenRuntimeClient_servesTheRuntimeApiOnTheNamespacesLoopback() {
        var env = launches(true).forVariant(Variant.VPC).environment();
        assertEquals("127.0.0.1:9001", env.get("AWS_LAMBDA_RUNTIME_API"));
    }

    @Test
    void loopbackHosts_whenGatewayEndpointService_hasNoIPv6Entry() {
        var hosts = FunctionLaunches.loopbackHosts("b");
        assertTrue(hosts.contains("::1\tsqs.eigw.test\n"));
        assertFalse(hosts.contains("::1\tdynamodb.eigw.test"));
    }

    private FunctionLaunches launches(boolean preferIPv6) {
        var options = new LabOptions(
                1,
                5,
                preferIPv6,
                LabOptions.NetworkMode.NAMESPACES,
                dir,
                LabOptions.DEFAULT_FUNCTION_TIMEOUT,
                LabOptions.FunctionRuntime.RIC,
                null,
                false);
        return new FunctionLaunches(
                options,
                options.runtime(),
                "4242-0",
                new TopologyPlan("4242-0"),
                pkg,
                "runtime.jar",
                new FunctionJava(Path.of("/usr/bin/java"), "test"),
                ENDPOINTS,
                null,
                dir);
    }
}
