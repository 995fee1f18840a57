package dev.eigwbench.lab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A small helper JVM on this JVM's own classpath, tuned to start fast (shared archive on, C1 only). */
public final class JavaCommand {
    private JavaCommand() {}

    /** The command line that runs {@code mainClass}; append its arguments to the (mutable) list. */
    public static List<String> of(Class<?> mainClass) {
        return new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                mainClass.getName()));
    }
}
