package dev.eigwbench.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryRootTest {
    @TempDir
    Path temp;

    @Test
    void locate_whenEnvironmentSet_takesItWithoutSearching() {
        var configured = temp.resolve("elsewhere");
        assertEquals(
                Optional.of(configured.toAbsolutePath().normalize()),
                RepositoryRoot.locate(Map.of(RepositoryRoot.ENVIRONMENT, configured.toString()), temp));
    }

    @Test
    void locate_whenStartedBelowCdkJson_findsThatDirectory() throws IOException {
        Files.writeString(temp.resolve(RepositoryRoot.MARKER), "{}");
        var nested = Files.createDirectories(temp.resolve("lab/target"));
        assertEquals(Optional.of(temp.toAbsolutePath().normalize()), RepositoryRoot.locate(Map.of(), nested));
    }

    @Test
    void locate_whenMarkersAtTwoLevels_takesTheNearest() throws IOException {
        Files.writeString(temp.resolve(RepositoryRoot.MARKER), "{}");
        var inner = Files.createDirectories(temp.resolve("copy"));
        Files.writeString(inner.resolve(RepositoryRoot.MARKER), "{}");
        var nested = Files.createDirectories(inner.resolve("handler/target"));
        assertEquals(Optional.of(inner.toAbsolutePath().normalize()), RepositoryRoot.locate(Map.of(), nested));
    }
}
