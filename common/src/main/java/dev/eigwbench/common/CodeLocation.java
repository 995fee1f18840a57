package dev.eigwbench.common;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Where a class's code was loaded from (a jar or a classes directory): for a child JVM's classpath, or to find the build output beside it. */
public final class CodeLocation {
    private CodeLocation() {}

    public static Path of(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the code of " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * common's own location: a JVM that gives a handler common's {@code LocalContext} (the lab's function runtime,
     * bench's probe) puts it on the classpath. Asked here, not of LocalContext, because the JVM that starts the child
     * need not have Lambda's interfaces, which loading LocalContext would need.
     */
    public static Path common() {
        return of(CodeLocation.class);
    }
}
