package dev.eigwbench.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The one way every module finds the repository root (where cdk.json, node_modules/ and the modules' build output
 * live): {@value #ENVIRONMENT} when set (bin/lab, bin/bench and the parent pom's test runs set it), otherwise the
 * nearest directory holding {@value #MARKER}, from a starting directory upwards.
 */
public final class RepositoryRoot {
    public static final String ENVIRONMENT = "EIGW_ROOT";
    public static final String MARKER = "cdk.json";

    private RepositoryRoot() {}

    /** {@value #ENVIRONMENT} from {@code environment} if set, else the search from {@code start}; empty if neither. */
    public static Optional<Path> locate(Map<String, String> environment, Path start) {
        String configured = environment.get(ENVIRONMENT);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured).toAbsolutePath().normalize());
        }
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(MARKER))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /** The same from this process's environment and working directory. */
    public static Optional<Path> locate() {
        return locate(System.getenv(), Path.of(""));
    }
}
