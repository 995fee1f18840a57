package dev.eigwbench.common.lambda;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Where common's classes are (a jar or a classes directory), for a JVM that starts a handler with a
 * {@link LocalContext} (the lab's function runtime, bench's probe). A class of its own, not a method of
 * LocalContext: the starting JVM need not have Lambda's interfaces, which loading LocalContext would need.
 */
public final class CommonClasspath {
    private CommonClasspath() {}

    public static Path entry() {
        try {
            return Path.of(CommonClasspath.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate common's classes: " + e.getMessage(), e);
        }
    }
}
