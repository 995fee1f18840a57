package dev.eigwbench.lab;

import java.util.List;

/** Placeholder until EmulatorsMain's command line is known. */
final class EmulatorArguments {
    private EmulatorArguments() {}

    static List<String> forLab(boolean namespaces, String table, String queue, String bucket) {
        return List.of();
    }
}
