package dev.eigwbench.lab.readiness;

import dev.eigwbench.lab.net.LabService;
import dev.eigwbench.lab.net.Role;
import dev.eigwbench.lab.net.TopologyPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds the four {@link DestinationKind}s to a lab network built from a {@link TopologyPlan}, without changing the
 * plan: extra addresses in the services subnet (so the VPC's routes treat them like any non-endpoint destination),
 * a blackhole route at the router for the silent AAAA's prefix, and hosts-file lines for the function namespaces.
 */
public record ReadinessDestinations(TopologyPlan plan, int port) {
    /** Unused by the plan, inside its unique-local prefix: the router discards everything sent there. */
    static final String SILENT_PREFIX = "fd65:6967:7700:9::";

    public String ipv4(DestinationKind kind) {
        String service = plan.ipv4(LabService.HTTP);
        return service.substring(0, service.lastIndexOf('.') + 1) + kind.hostNumber();
    }

    public String ipv6(DestinationKind kind) {
        if (kind.silentAaaa()) {
            return SILENT_PREFIX + kind.hostNumber();
        }
        String service = plan.ipv6(LabService.HTTP);
        return service.substring(0, service.lastIndexOf(':') + 1) + kind.hostNumber();
    }

    /** The entry a user would write: a URL for the kinds with a server, host:port for the others. */
    public String destination(DestinationKind kind) {
        return switch (kind) {
            case DUAL_STACK, SILENT_AAAA -> "http://" + kind.hostName() + ":" + port + "/health";
            case IPV4_ONLY, NO_DNS -> kind.hostName() + ":" + port;
        };
    }

    public List<String> destinations() {
        return java.util.Arrays.stream(DestinationKind.values())
                .map(this::destination)
                .toList();
    }

    /** Run after the plan's own setup. */
    public List<List<String>> setupCommands() {
        var svc = plan.namespace(Role.SERVICES);
        var commands = new ArrayList<List<String>>();
        for (DestinationKind kind : DestinationKind.values()) {
            if (!kind.hasAddress()) {
                continue;
            }
            commands.add(List.of("ip", "-n", svc, "addr", "add", ipv4(kind) + "/24", "dev", "eth0"));
            if (kind.answeringAaaa()) {
                commands.add(List.of("ip", "-n", svc, "-6", "addr", "add", ipv6(kind) + "/64", "dev", "eth0", "nodad"));
            }
        }
        commands.add(List.of(
                "ip", "-n", plan.namespace(Role.ROUTER), "-6", "route", "add", "blackhole", SILENT_PREFIX + "/64"));
        return commands;
    }

    /** Lines appended to the vpc and public namespaces' hosts files. */
    public String hostsLines() {
        var lines = new StringBuilder("# readiness destinations\n");
        for (DestinationKind kind : DestinationKind.values()) {
            if (!kind.hasAddress()) {
                continue;
            }
            lines.append(ipv4(kind)).append('\t').append(kind.hostName()).append('\n');
            if (kind.answeringAaaa() || kind.silentAaaa()) {
                lines.append(ipv6(kind)).append('\t').append(kind.hostName()).append('\n');
            }
        }
        return lines.toString();
    }
}
