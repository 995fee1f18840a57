package dev.eigwbench.lab;

import java.nio.file.Path;
import java.util.List;

/** What the root-only tests share: the skip decision and how to start a helper JVM with the test classpath. */
public final class LabTestSupport {
    public static final String SKIP_REASON =
            "needs root on Linux with iproute2 to create network namespaces (CI runs as root): "
                    + Lab.simulationUnavailableReason();

    private LabTestSupport() {}

    public static boolean canSimulate() {
        var can = Lab.canSimulateNetworks();
        if (!can) {
            System.out.println("SKIPPED: " + SKIP_REASON);
        }
        return can;
    }

    public static List<String> javaCommand(Class<?> mainClass) {
        return List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                mainClass.getName());
    }
}
