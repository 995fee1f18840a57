package dev.eigwbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A name whose first address is black-holed (SYNs silently dropped, as in a VPC route table without NAT) and whose
 * second address serves: does each HTTP client fall back, and after how long? Runs in a network namespace this
 * class creates (root only) and a silent next hop (a second namespace that does not forward); nothing leaves the namespace.
 */
public final class FallbackExperiment {
    static final String SERVE_V4 = "198.18.98.1";
    static final String SERVE_V6 = "2001:db8:98::1";
    static final String HOLE_V4 = "198.18.99.1";
    static final String HOLE_V6 = "2001:db8:99::1";
    static final String NO_ROUTE_V6 = "2001:db8:aa::1";
    static final int PORT = 8080;

    /**
     * @param name the host name the client is given
     * @param description what the name resolves to
     */
    public record Scenario(String name, String description) {}

    public static final List<Scenario> SCENARIOS = List.of(
            new Scenario(
                    "v6first.bench.test",
                    "AAAA " + HOLE_V6 + " (black-holed), A " + SERVE_V4 + "; preferIPv6Addresses=true"),
            new Scenario(
                    "v4first.bench.test",
                    "A " + HOLE_V4 + " (black-holed), A " + SERVE_V4 + " first by gai.conf precedence"),
            new Scenario(
                    "noroute.bench.test",
                    "AAAA " + NO_ROUTE_V6 + " (no route: fails at once), A " + SERVE_V4
                            + "; preferIPv6Addresses=true"));

    /** One client's calls to one scenario's name: per call, its time and outcome. */
    public record Outcome(String client, Scenario scenario, List<String> calls, String failure) {}

    private final String namespace = "eigwbench-fb-" + ProcessHandle.current().pid();
    private final String router = "eigwbench-fbr-" + ProcessHandle.current().pid();
    private final Path etcDir = Path.of("/etc/netns", namespace);
    private String resolutions = "";

    public static boolean isRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    public List<Outcome> run(Map<String, Path> clientJars, Path java, String toolOptions, Path logs, int calls) {
        var hook = new Thread(this::cleanup, "fallback-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            setUp();
            var answers = new StringBuilder();
            for (Scenario scenario : SCENARIOS) {
                answers.append("$ getent ahosts ").append(scenario.name()).append('\n');
                answers.append(
                        exec(List.of("ip", "netns", "exec", namespace, "getent", "ahosts", scenario.name()), false));
            }
            resolutions = answers.toString();
            var outcomes = new ArrayList<Outcome>();
            for (Scenario scenario : SCENARIOS) {
                for (var client : clientJars.entrySet()) {
                    outcomes.add(measure(client.getKey(), client.getValue(), scenario, java, toolOptions, logs, calls));
                }
            }
            return outcomes;
        } finally {
            cleanup();
            Runtime.getRuntime().removeShutdownHook(hook);
        }
    }

    private Outcome measure(
            String client, Path jar, Scenario scenario, Path java, String toolOptions, Path logs, int calls) {
        var command = List.of(
                "ip",
                "netns",
                "exec",
                namespace,
                java.toString(),
                "-XX:+UseSerialGC",
                "-cp",
                jar.toString(),
                "dev.eigwbench.bench.clients.ClientHarness",
                "fallback",
                client,
                "http://" + scenario.name() + ":" + PORT + "/",
                Integer.toString(calls),
                SERVE_V4 + ":" + PORT);
        var env =
                Map.of("JAVA_TOOL_OPTIONS", toolOptions, "PATH", System.getenv().getOrDefault("PATH", "/usr/bin"));
        try {
            var finished = ChildJvm.run(
                    command,
                    env,
                    logs.resolve("fallback-" + client + "-" + scenario.name() + ".log"),
                    Duration.ofSeconds(60));
            var results = new ArrayList<String>();
            for (int i = 0; i < calls; i++) {
                results.add(finished.output().has("call") ? callLine(finished.output(), i) : "missing");
            }
            return new Outcome(client, scenario, results, null);
        } catch (ChildJvm.ChildFailedException e) {
            return new Outcome(client, scenario, List.of(), e.getMessage());
        }
    }

    /** The harness prints "BENCH call i ms outcome" once per call; ChildOutput keeps the last, so read the log. */
    private static String callLine(ChildOutput output, int index) {
        return output.calls().size() > index ? output.calls().get(index) : "missing";
    }

    private void setUp() {
        cleanup();
        ip("netns", "add", namespace);
        ip("netns", "add", router);
        ip("link", "add", "fb0", "netns", namespace, "type", "veth", "peer", "name", "fb1", "netns", router);
        for (String ns : List.of(namespace, router)) {
            ip("-n", ns, "link", "set", "lo", "up");
        }
        ip("-n", namespace, "link", "set", "fb0", "up");
        ip("-n", router, "link", "set", "fb1", "up");
        ip("-n", namespace, "addr", "add", SERVE_V4 + "/32", "dev", "lo");
        ip("-n", namespace, "addr", "add", "198.18.97.1/30", "dev", "fb0");
        ip("-n", router, "addr", "add", "198.18.97.2/30", "dev", "fb1");
        ip("-n", namespace, "-6", "addr", "add", SERVE_V6 + "/128", "dev", "lo", "nodad");
        ip("-n", namespace, "-6", "addr", "add", "2001:db8:97::1/64", "dev", "fb0", "nodad");
        ip("-n", router, "-6", "addr", "add", "2001:db8:97::2/64", "dev", "fb1", "nodad");
        // The next hop is a router namespace with forwarding off: it drops what is not its own without a word,
        // like a VPC route table with no route (no ICMP), so a connect hangs until its timeout.
        exec(List.of("ip", "netns", "exec", router, "sysctl", "-qw", "net.ipv4.ip_forward=0"), true);
        exec(List.of("ip", "netns", "exec", router, "sysctl", "-qw", "net.ipv6.conf.all.forwarding=0"), true);
        ip("-n", namespace, "route", "add", "198.18.99.0/24", "via", "198.18.97.2");
        ip("-n", namespace, "-6", "route", "add", "2001:db8:99::/64", "via", "2001:db8:97::2");
        try {
            Files.createDirectories(etcDir);
            // `ip netns exec` mounts these over /etc/hosts and /etc/gai.conf inside the namespace only.
            Files.writeString(
                    etcDir.resolve("hosts"),
                    String.join(
                            "\n",
                            "127.0.0.1 localhost",
                            HOLE_V6 + " v6first.bench.test",
                            SERVE_V4 + " v6first.bench.test",
                            HOLE_V4 + " v4first.bench.test",
                            SERVE_V4 + " v4first.bench.test",
                            NO_ROUTE_V6 + " noroute.bench.test",
                            SERVE_V4 + " noroute.bench.test",
                            ""));
            // RFC 6724's table plus one line that ranks the black-holed IPv4 block first (rule 6 precedes rule 9).
            Files.writeString(
                    etcDir.resolve("gai.conf"),
                    String.join(
                            "\n",
                            "precedence ::1/128 50",
                            "precedence ::/0 40",
                            "precedence ::ffff:198.18.99.0/120 36",
                            "precedence ::ffff:0:0/96 35",
                            "precedence 2002::/16 30",
                            "precedence 2001::/32 5",
                            "precedence fc00::/7 3",
                            "precedence ::/96 1",
                            "precedence fec0::/10 1",
                            "precedence 3ffe::/16 1",
                            ""));
        } catch (IOException e) {
            throw new ChildJvm.ChildFailedException("cannot write " + etcDir + ": " + e.getMessage());
        }
    }

    /** The order getaddrinfo gave inside the namespace (as the JVM's resolver and CRT see it), once run. */
    public String resolutions() {
        return resolutions;
    }

    private void cleanup() {
        exec(List.of("ip", "netns", "del", namespace), false);
        exec(List.of("ip", "netns", "del", router), false);
        try {
            Files.deleteIfExists(etcDir.resolve("hosts"));
            Files.deleteIfExists(etcDir.resolve("gai.conf"));
            Files.deleteIfExists(etcDir);
        } catch (IOException ignored) {
            // left for the next run's cleanup
        }
    }

    private static void ip(String... args) {
        var command = new ArrayList<String>();
        command.add("ip");
        command.addAll(List.of(args));
        exec(command, true);
    }

    private static String exec(List<String> command, boolean check) {
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            if (check && process.exitValue() != 0) {
                throw new ChildJvm.ChildFailedException(String.join(" ", command) + " failed: " + out.strip());
            }
            return out;
        } catch (IOException e) {
            if (check) {
                throw new ChildJvm.ChildFailedException("cannot run " + command.get(0) + ": " + e.getMessage());
            }
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
