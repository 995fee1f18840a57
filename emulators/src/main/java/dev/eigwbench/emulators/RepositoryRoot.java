package dev.eigwbench.emulators;

import java.nio.file.Path;

/** The repository root for the emulators (node_modules/dynalite lives there): -Deigw.root, else the common lookup. */
public final class RepositoryRoot {
    public static final String PROPERTY = "eigw.root";

    private RepositoryRoot() {}

    public static Path find() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        return dev.eigwbench.common.RepositoryRoot.locate()
                .orElseThrow(() -> new IllegalStateException("cannot find the repository root: set -D" + PROPERTY
                        + " or " + dev.eigwbench.common.RepositoryRoot.ENVIRONMENT
                        + " to the directory holding cdk.json and node_modules/ (run `npm ci` there)"));
    }
}
