package dev.eigwbench.lab;

import dev.eigwbench.lab.net.CommandRunner;
import dev.eigwbench.lab.net.NetworkLab;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bin/lab cleanup [--all]}: removes what lab runs that are gone left behind (work directories, namespaces and
 * their hosts files); {@code --all} removes every lab run's.
 */
final class CleanupCommand {
    private CleanupCommand() {}

    static int run(List<String> args, PrintStream out) {
        boolean all = false;
        for (var arg : args) {
            if (arg.equals("--all")) {
                all = true;
            } else {
                throw new IllegalArgumentException("unknown cleanup option '" + arg + "'; the only one is --all");
            }
        }
        boolean everything = all;
        var removed = new ArrayList<>(WorkDirs.removeStale(everything));
        if (Privileges.canSimulateNetworks()) {
            removed.addAll(NetworkLab.cleanup(
                    new CommandRunner(Duration.ofSeconds(20)),
                    NetworkLab.NETNS_ETC,
                    runId -> everything || NetworkLab.isStale(runId)));
        }
        out.println(
                removed.isEmpty()
                        ? "lab cleanup: nothing left behind"
                        : "lab cleanup: removed " + String.join(", ", removed));
        return 0;
    }
}
