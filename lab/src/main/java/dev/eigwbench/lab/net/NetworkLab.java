package dev.eigwbench.lab.net;

import dev.eigwbench.lab.LabException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A lab run's network, built from a {@link TopologyPlan} and removed by {@link #close()}: processes still in
 * the namespaces are killed first (a namespace lives on while anything runs in it), then the namespaces (which
 * takes their veths with them) and their /etc/netns files.
 */
public final class NetworkLab implements AutoCloseable {
    public static final Path NETNS_ETC = Path.of("/etc/netns");

    private final TopologyPlan plan;
    private final CommandRunner runner;
    private final Path netnsEtc;
    private boolean closed;

    private NetworkLab(TopologyPlan plan, CommandRunner runner, Path netnsEtc) {
        this.plan = plan;
        this.runner = runner;
        this.netnsEtc = netnsEtc;
    }

    /** Builds the network; if any step fails, whatever was built is removed before the error is thrown. */
    public static NetworkLab create(TopologyPlan plan, String bucketName, CommandRunner runner, Path netnsEtc) {
        var lab = new NetworkLab(plan, runner, netnsEtc);
        try {
            lab.writeNameFiles(bucketName);
            plan.setupCommands().forEach(runner::check);
            return lab;
        } catch (RuntimeException e) {
            lab.close();
            throw e;
        }
    }

    public TopologyPlan plan() {
        return plan;
    }

    private void writeNameFiles(String bucketName) {
        try {
            for (var entry : plan.hostsFiles(bucketName).entrySet()) {
                var dir = netnsEtc.resolve(plan.namespace(entry.getKey()));
                Files.createDirectories(dir);
                Files.writeString(dir.resolve("hosts"), entry.getValue());
                Files.writeString(dir.resolve("resolv.conf"), plan.resolvConf());
            }
        } catch (IOException e) {
            throw new LabException("cannot write the namespaces' hosts files under " + netnsEtc + ": " + e, e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        removeNamespaces(plan.namespaces(), runner, netnsEtc);
    }

    /** Removes namespaces (and their processes and /etc/netns entries); returns those that existed. */
    static List<String> removeNamespaces(List<String> namespaces, CommandRunner runner, Path netnsEtc) {
        var existing = listNamespaces(runner);
        var removed = new ArrayList<String>();
        for (var ns : namespaces) {
            if (existing.contains(ns)) {
                killProcessesIn(ns, runner);
                runner.run(List.of("ip", "netns", "del", ns));
                removed.add(ns);
            }
            deleteRecursively(netnsEtc.resolve(ns));
        }
        return removed;
    }

    private static void killProcessesIn(String ns, CommandRunner runner) {
        var pids = runner.run(List.of("ip", "netns", "pids", ns))
                .stdout()
                .lines()
                .map(String::strip)
                .filter(s -> s.matches("\\d+"))
                .map(Long::parseLong)
                .toList();
        for (var pid : pids) {
            ProcessHandle.of(pid).ifPresent(p -> {
                p.destroyForcibly();
                try {
                    p.onExit().get(5, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception ignored) {
                    // a process that outlives SIGKILL keeps the namespace; `ip netns del` still unlinks it
                }
            });
        }
    }

    /** Names of all network namespaces on the machine. */
    public static List<String> listNamespaces(CommandRunner runner) {
        return runner.run(List.of("ip", "netns", "list"))
                .stdout()
                .lines()
                .map(line -> line.split("\\s+", 2)[0])
                .filter(s -> !s.isBlank())
                .toList();
    }

    /**
     * Removes leftovers of lab runs: namespaces named {@code eigw-<pid>-…} whose run matches, their processes,
     * and /etc/netns entries with no namespace. Returns what was removed.
     */
    public static List<String> cleanup(CommandRunner runner, Path netnsEtc, Predicate<String> runIdSelected) {
        var targets = Stream.concat(listNamespaces(runner).stream(), listEtcEntries(netnsEtc).stream())
                .distinct()
                .filter(ns -> {
                    var m = TopologyPlan.NAMESPACE.matcher(ns);
                    return m.matches() && runIdSelected.test(m.group("runId"));
                })
                .toList();
        var removed = new ArrayList<>(removeNamespaces(targets, runner, netnsEtc));
        targets.stream().filter(ns -> !removed.contains(ns)).forEach(removed::add);
        return removed;
    }

    /** A run is stale when the lab process that owns it (the pid at the start of its id) is gone. */
    public static boolean isStale(String runId) {
        var pid = Long.parseLong(runId.split("-", 2)[0]);
        return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    private static List<String> listEtcEntries(Path netnsEtc) {
        if (!Files.isDirectory(netnsEtc)) {
            return List.of();
        }
        try (var entries = Files.list(netnsEtc)) {
            return entries.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (var p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new LabException("cannot remove " + path + ": " + e.getMessage(), e);
        }
    }
}
