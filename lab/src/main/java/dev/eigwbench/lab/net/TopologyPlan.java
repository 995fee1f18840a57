package dev.eigwbench.lab.net;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Everything one lab run's network is made of, computed without touching the machine: namespace names, the
 * {@code ip} commands that build it and the hosts file each namespace sees. Addresses come from ranges
 * reserved for testing (IPv4 198.18.0.0/15, IPv6 unique-local fd00::/8); every link is a veth pair created
 * directly between two of the run's own namespaces, so the machine's namespace is never part of the path.
 *
 * <pre>
 *   [vpc] eth0 ── vpc0 [rtr] svc0 ── eth0 [svc]  emulators, one address per service
 *         eth1 ── nonat0 (forwarding off: IPv4 SYNs vanish, as in a VPC with no NAT)
 *   [pub] eth0 ── pub0
 * </pre>
 */
public record TopologyPlan(String runId) {
    public static final String PREFIX = "eigw-";
    private static final Pattern RUN_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Namespace names this lab creates: {@code eigw-<runId>-<role>}; the first part of runId is the owner pid. */
    public static final Pattern NAMESPACE =
            Pattern.compile("eigw-(?<runId>(?<pid>\\d+)(-[a-z0-9]+)*)-(svc|rtr|vpc|pub)");

    static final String SERVICES_V4 = "198.18.1.";
    static final String VPC_V4 = "198.18.2.";
    static final String PUBLIC_V4 = "198.18.3.";
    static final String NO_NAT_V4 = "198.18.4.";
    static final String ULA = "fd65:6967:7700:"; // "eigw" in ASCII, under fd00::/8
    static final String SERVICES_V6 = ULA + "1::";
    static final String VPC_V6 = ULA + "2::";

    public TopologyPlan {
        if (runId == null || !RUN_ID.matcher(runId).matches() || runId.length() > 24) {
            throw new IllegalArgumentException(
                    "runId must be 1-24 lowercase letters, digits and inner dashes, got '" + runId + "'");
        }
    }

    public String namespace(Role role) {
        return PREFIX + runId + "-" + role.suffix();
    }

    public List<String> namespaces() {
        return Arrays.stream(Role.values()).map(this::namespace).toList();
    }

    public String ipv4(LabService service) {
        return SERVICES_V4 + service.hostNumber();
    }

    public String ipv6(LabService service) {
        return SERVICES_V6 + service.hostNumber();
    }

    /** The endpoint URL a function uses for the service, by name, so the hosts file decides the family. */
    public String endpoint(LabService service) {
        return "http://" + service.hostName() + ":" + service.port();
    }

    /** The command line that runs {@code command} inside the role's namespace, with its hosts file. */
    public List<String> inNamespace(Role role, List<String> command) {
        var argv = new ArrayList<>(List.of("ip", "netns", "exec", namespace(role)));
        argv.addAll(command);
        return List.copyOf(argv);
    }

    /** The {@code ip} (and {@code sysctl}) command lines that build the network, in order. */
    public List<List<String>> setupCommands() {
        var svc = namespace(Role.SERVICES);
        var rtr = namespace(Role.ROUTER);
        var vpc = namespace(Role.VPC);
        var pub = namespace(Role.PUBLIC);
        var c = new ArrayList<List<String>>();
        for (var ns : namespaces()) {
            c.add(List.of("ip", "netns", "add", ns));
            c.add(List.of("ip", "-n", ns, "link", "set", "lo", "up"));
            // No duplicate address detection on these private links: addresses (link-local ones included, which
            // neighbour discovery needs) are usable at once instead of after ~2 s.
            c.add(sysctl(ns, "net.ipv6.conf.all.accept_dad=0"));
            c.add(sysctl(ns, "net.ipv6.conf.default.accept_dad=0"));
        }
        // Each pair is created inside the router namespace with its peer moved straight into the other one.
        c.add(veth(rtr, "svc0", svc, "eth0"));
        c.add(veth(rtr, "vpc0", vpc, "eth0"));
        c.add(veth(rtr, "nonat0", vpc, "eth1"));
        c.add(veth(rtr, "pub0", pub, "eth0"));

        c.add(addr(rtr, "svc0", SERVICES_V4 + "1/24"));
        c.add(addr6(rtr, "svc0", SERVICES_V6 + "1/64"));
        for (var service : LabService.values()) {
            c.add(addr(svc, "eth0", ipv4(service) + "/24"));
            c.add(addr6(svc, "eth0", ipv6(service) + "/64"));
        }
        c.add(addr(rtr, "vpc0", VPC_V4 + "1/24"));
        c.add(addr6(rtr, "vpc0", VPC_V6 + "1/64"));
        c.add(addr(vpc, "eth0", VPC_V4 + "2/24"));
        c.add(addr6(vpc, "eth0", VPC_V6 + "2/64"));
        c.add(addr(rtr, "nonat0", NO_NAT_V4 + "1/24"));
        c.add(addr(vpc, "eth1", NO_NAT_V4 + "2/24"));
        c.add(addr(rtr, "pub0", PUBLIC_V4 + "1/24"));
        c.add(addr(pub, "eth0", PUBLIC_V4 + "2/24"));

        for (var dev : List.of("svc0", "vpc0", "nonat0", "pub0")) {
            c.add(up(rtr, dev));
        }
        c.add(up(svc, "eth0"));
        c.add(up(vpc, "eth0"));
        c.add(up(vpc, "eth1"));
        c.add(up(pub, "eth0"));

        // ip_forward=1 resets every interface's forwarding flag, so nonat0 is switched off afterwards. A router
        // that does not forward on the input interface drops the packet without any ICMP reply.
        c.add(sysctl(rtr, "net.ipv4.ip_forward=1"));
        c.add(sysctl(rtr, "net.ipv6.conf.all.forwarding=1"));
        c.add(sysctl(rtr, "net.ipv4.conf.nonat0.forwarding=0"));

        c.add(route(svc, "default", SERVICES_V4 + "1"));
        c.add(route6(svc, "default", SERVICES_V6 + "1"));
        // The VPC route table: gateway endpoints (the DynamoDB and S3 prefix lists) first, IPv6 to the
        // egress-only gateway, and the IPv4 default route to a next hop that silently discards.
        c.add(route(vpc, ipv4(LabService.DYNAMODB) + "/32", VPC_V4 + "1"));
        c.add(route(vpc, ipv4(LabService.S3) + "/32", VPC_V4 + "1"));
        c.add(route6(vpc, "default", VPC_V6 + "1"));
        c.add(route(vpc, "default", NO_NAT_V4 + "1"));
        c.add(route(pub, "default", PUBLIC_V4 + "1"));
        return List.copyOf(c);
    }

    /** Each namespace's hosts file; {@code ip netns exec} mounts {@code /etc/netns/<ns>/hosts} over /etc/hosts. */
    public Map<Role, String> hostsFiles(String bucketName) {
        var files = new EnumMap<Role, String>(Role.class);
        for (var role : Role.values()) {
            files.put(role, hostsFile(role, bucketName));
        }
        return files;
    }

    public String hostsFile(Role role, String bucketName) {
        var b = new StringBuilder();
        b.append("# eigw-bench lab run ")
                .append(runId)
                .append(", namespace ")
                .append(namespace(role))
                .append(": written by the lab, removed with the namespace\n");
        b.append("127.0.0.1\tlocalhost\n");
        b.append("::1\tlocalhost ip6-localhost ip6-loopback\n");
        for (var service : LabService.values()) {
            var names = service.hostName();
            if (service == LabService.S3) {
                names += " " + bucketName + "." + service.hostName(); // virtual-hosted-style requests
            }
            b.append(ipv4(service)).append('\t').append(names).append('\n');
            if (service.dualStack()) {
                b.append(ipv6(service)).append('\t').append(names).append('\n');
            }
        }
        return b.toString();
    }

    /** No name server in the namespaces: unknown names fail at once instead of waiting for a DNS timeout. */
    public String resolvConf() {
        return "# eigw-bench lab: names come from hosts only\noptions timeout:1 attempts:1\nnameserver 127.0.0.1\n";
    }

    private static List<String> veth(String ns, String dev, String peerNs, String peerDev) {
        return List.of("ip", "-n", ns, "link", "add", dev, "type", "veth", "peer", "name", peerDev, "netns", peerNs);
    }

    private static List<String> addr(String ns, String dev, String cidr) {
        return List.of("ip", "-n", ns, "addr", "add", cidr, "dev", dev);
    }

    /** nodad: the address is usable at once instead of after duplicate address detection (~1-2 s). */
    private static List<String> addr6(String ns, String dev, String cidr) {
        return List.of("ip", "-n", ns, "-6", "addr", "add", cidr, "dev", dev, "nodad");
    }

    private static List<String> up(String ns, String dev) {
        return List.of("ip", "-n", ns, "link", "set", dev, "up");
    }

    private static List<String> route(String ns, String destination, String via) {
        return List.of("ip", "-n", ns, "route", "add", destination, "via", via);
    }

    private static List<String> route6(String ns, String destination, String via) {
        return List.of("ip", "-n", ns, "-6", "route", "add", destination, "via", via);
    }

    private static List<String> sysctl(String ns, String setting) {
        return List.of("ip", "netns", "exec", ns, "sysctl", "-qw", setting);
    }
}
