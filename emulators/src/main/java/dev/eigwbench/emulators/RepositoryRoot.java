package dev.eigwbench.emulators;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root (the directory with node_modules/dynalite): property, environment, then upwards. */
public final class RepositoryRoot {
    public static final String PROPERTY = "eigw.root";
    public static final String ENVIRONMENT = "EIGW_ROOT";

    private RepositoryRoot() {}

    public static Path find() {
        String configured = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("node_modules/dynalite"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository root: set -D" + PROPERTY + " or " + ENVIRONMENT
                + " to the directory holding node_modules/ (run `npm ci` there)");
    }
}
