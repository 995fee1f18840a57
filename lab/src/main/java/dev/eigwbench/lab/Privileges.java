package dev.eigwbench.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What this process may do on this machine: the simulated networks need Linux, root and iproute2. */
public final class Privileges {
    private Privileges() {}

    /** Network namespaces need Linux, root and iproute2. */
    public static boolean canSimulateNetworks() {
        return simulationUnavailableReason() == null;
    }

    /** Why the simulated networks cannot be built here, or null when they can. */
    static String simulationUnavailableReason() {
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            return "network namespaces need Linux, this is " + System.getProperty("os.name");
        }
        if (!isRoot()) {
            return "network namespaces need root (run as root, e.g. sudo bin/lab)";
        }
        if (!Files.isExecutable(Path.of("/usr/sbin/ip"))
                && !Files.isExecutable(Path.of("/sbin/ip"))
                && !Files.isExecutable(Path.of("/usr/bin/ip"))) {
            return "the ip command (iproute2) is not installed";
        }
        return null;
    }

    static boolean isRoot() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("Uid:"))
                    .map(l -> l.split("\\s+")[1])
                    .anyMatch("0"::equals);
        } catch (IOException e) {
            return false;
        }
    }
}
