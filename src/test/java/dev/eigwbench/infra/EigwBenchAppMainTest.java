package dev.eigwbench.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's main as the CLI starts it (context in CDK_CONTEXT_JSON), in its own JVM so System.exit is real. */
class EigwBenchAppMainTest {
    @TempDir
    Path output;

    @Test
    void main_whenContextInvalid_exitsWithOneLineNamingTheKey() throws IOException, InterruptedException {
        var environment = new HashMap<>(System.getenv());
        // No CDK settings from the caller, and no JVM options (the JVM would announce them on stderr).
        environment
                .keySet()
                .removeIf(key -> key.startsWith("CDK_")
                        || List.of("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS")
                                .contains(key));
        environment.put("CDK_CONTEXT_JSON", "{\"iterations\":\"abc\"}");
        environment.put("CDK_OUTDIR", output.toString());
        environment.put(ProjectRoot.ENV_VARIABLE, SynthesizedStack.ROOT.path().toString());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var result = CommandLine.run(
                List.of(java, "-cp", System.getProperty("java.class.path"), EigwBenchApp.class.getName()),
                output,
                environment,
                Duration.ofMinutes(2));
        assertEquals(
                new CommandLine(
                        1,
                        "Invalid CDK context 'iterations': expected an integer, got 'abc'. Fix it in cdk.json"
                                + " (\"context\") or pass -c iterations=100.\n"),
                result);
    }
}
