package dev.eigwbench.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AWS_LAMBDA_EXEC_WRAPPER script, run by POSIX sh on the runtime's kind of command line. */
class ExecWrapperTest {
    private static final Path WRAPPER = Path.of("src/main/bin/prefer-ipv6-wrapper");
    /** Shaped like the Java runtime's bootstrap command line, with the IPv4-forcing option it was seen to add. */
    private static final List<String> RUNTIME_OPTIONS = List.of(
            "-XX:MaxHeapSize=890m",
            "-XX:+UseSerialGC",
            "-Djava.net.preferIPv4Stack=true",
            "-Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac",
            "-classpath",
            "/var/runtime/lib/aws-lambda-java-core.jar:/var/task/lib/eigw-bench-handler.jar");

    private static final String RUNTIME_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";

    @TempDir
    Path temp;

    @Test
    void wrapper_whenRuntimeForcesIpv4_removesItAndPrefersIpv6KeepingEverythingElse() throws Exception {
        Path fakeJava = fakeJava();
        var command = new ArrayList<>(List.of(fakeJava.toString()));
        command.addAll(RUNTIME_OPTIONS);
        command.add(RUNTIME_MAIN);
        command.add("-Djava.net.preferIPv4Stack=true"); // a program argument: not the JVM's, left alone

        List<String> args = runWrapper(command, Map.of()).lines().toList();

        var expected = new ArrayList<String>();
        expected.add("-Djava.net.preferIPv6Addresses=true");
        RUNTIME_OPTIONS.stream().filter(o -> !o.contains("preferIPv4Stack")).forEach(expected::add);
        expected.add(RUNTIME_MAIN);
        expected.add("-Djava.net.preferIPv4Stack=true");
        assertEquals(expected, args);
    }

    @Test
    void wrapper_whenPreferIpv6AlreadyFalse_setsItTrueInPlace() throws Exception {
        List<String> args = runWrapper(
                        List.of(fakeJava().toString(), "-Djava.net.preferIPv6Addresses=false", "-cp", "x", "Main"),
                        Map.of())
                .lines()
                .toList();

        assertEquals(List.of("-Djava.net.preferIPv6Addresses=true", "-cp", "x", "Main"), args);
    }

    @Test
    void wrapper_whenRealJavaStarted_theJvmSeesIpv6PreferredAndIpv4StackUnset() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(
                java,
                "-Djava.net.preferIPv4Stack=true",
                "-cp",
                System.getProperty("java.class.path"),
                PrintNetworkProperties.class.getName()));

        String output =
                runWrapper(command, Map.of("JAVA_TOOL_OPTIONS", "-Djava.net.preferIPv4Stack=true -Dbench.marker=kept"));

        assertTrue(output.contains("preferIPv4Stack=null"), output);
        assertTrue(output.contains("preferIPv6Addresses=true"), output);
        assertTrue(output.contains("marker=kept"), output);
    }

    private Path fakeJava() throws IOException {
        Path script = temp.resolve("java");
        Files.writeString(script, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    /** Runs the wrapper with /bin/sh (dash on Debian: POSIX only, no bash-isms). */
    private static String runWrapper(List<String> command, Map<String, String> env) throws Exception {
        var full = new ArrayList<>(List.of("/bin/sh", WRAPPER.toString()));
        full.addAll(command);
        var builder = new ProcessBuilder(full).redirectErrorStream(true);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "wrapper did not finish");
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
