package dev.eigwbench.infra;

import dev.eigwbench.common.RepositoryRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The repository root, where cdk.json and the handler's build output live. `cdk synth` runs the app from there;
 * Maven runs the tests from infra/, with {@value #ENV_VARIABLE} set by the parent pom.
 */
public record ProjectRoot(Path path) {
    public static final String ENV_VARIABLE = RepositoryRoot.ENVIRONMENT;
    private static final String MARKER = RepositoryRoot.MARKER;

    public ProjectRoot {
        path = path.toAbsolutePath().normalize();
        if (!Files.isRegularFile(path.resolve(MARKER))) {
            throw new ConfigurationException("Not the eigw-bench repository root (no " + MARKER + "): " + path
                    + ". Run cdk from the repository root, or set " + ENV_VARIABLE + " to it.");
        }
    }

    /** {@value #ENV_VARIABLE} if set, otherwise the nearest directory holding cdk.json, from {@code start} up. */
    public static ProjectRoot locate(Map<String, String> environment, Path start) {
        return new ProjectRoot(RepositoryRoot.locate(environment, start).orElse(start));
    }
}
