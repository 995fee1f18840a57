package dev.eigwbench.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectRootTest {
    @TempDir
    Path temp;

    @Test
    void locate_whenStartedBelowCdkJson_findsTheDirectoryHoldingIt() throws IOException {
        Files.writeString(temp.resolve("cdk.json"), "{}");
        Path nested = Files.createDirectories(temp.resolve("infra/target"));
        assertEquals(
                temp.toRealPath(), ProjectRoot.locate(Map.of(), nested).path().toRealPath());
    }

    @Test
    void locate_whenEnvironmentNamesTheRoot_usesIt() throws IOException {
        Path root = Files.createDirectories(temp.resolve("repo"));
        Files.writeString(root.resolve("cdk.json"), "{}");
        Files.writeString(temp.resolve("cdk.json"), "{}");
        assertEquals(
                root.toAbsolutePath(),
                ProjectRoot.locate(Map.of(ProjectRoot.ENV_VARIABLE, root.toString()), temp)
                        .path());
    }

    @Test
    void locate_whenNoCdkJsonAnywhere_failsSayingWhereToRun() {
        var error = assertThrows(ConfigurationException.class, () -> new ProjectRoot(temp));
        assertTrue(error.getMessage().contains("no cdk.json"), error.getMessage());
        assertTrue(error.getMessage().contains(ProjectRoot.ENV_VARIABLE), error.getMessage());
    }
}
