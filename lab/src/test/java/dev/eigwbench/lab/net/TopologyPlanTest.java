package dev.eigwbench.lab.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TopologyPlanTest {
    private static final TopologyPlan PLAN = new TopologyPlan("4242-0");
    private static final Pattern IPV4 = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");

    @Test
    void namespace_whenRunIdGiven_isPrefixedAndNamedByRole() {
        assertEquals(
                List.of("eigw-4242-0-svc", "eigw-4242-0-rtr", "eigw-4242-0-vpc", "eigw-4242-0-pub"), PLAN.namespaces());
    }

    @Test
    void namespacePattern_whenPlanName_yieldsRunIdAndOwnerPid() {
        var m = TopologyPlan.NAMESPACE.matcher(PLAN.namespace(Role.VPC));
        assertTrue(m.matches());
        assertEquals("4242-0", m.group("runId"));
        assertEquals("4242", m.group("pid"));
    }

    @Test
    void constructor_whenRunIdInvalid_namesTheField() {
        var e = assertThrows(IllegalArgumentException.class, () -> new TopologyPlan("Bad Id"));
        assertTrue(e.getMessage().startsWith("runId must be"), e.getMessage());
    }

    @Test
    void hostsFile_whenVpcNamespace_matchesFixture() throws IOException {
        try (var in = getClass().getResourceAsStream("/topology/vpc-hosts.txt")) {
            var expected = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(expected, PLAN.hostsFile(Role.VPC, "bench-bucket"));
        }
    }

    @Test
    void hostsFile_whenDualStackService_hasAAndAaaaRecords() {
        var hosts = PLAN.hostsFile(Role.PUBLIC, "b");
        for (var service : List.of(LabService.SQS, LabService.HTTP)) {
            assertTrue(hosts.contains(PLAN.ipv4(service) + "\t" + service.hostName()), service.id());
            assertTrue(hosts.contains(PLAN.ipv6(service) + "\t" + service.hostName()), service.id());
        }
    }

    @Test
    void hostsFile_whenGatewayEndpointService_hasARecordOnly() {
        var hosts = PLAN.hostsFile(Role.VPC, "b");
        for (var service : List.of(LabService.DYNAMODB, LabService.S3)) {
            assertTrue(hosts.contains(PLAN.ipv4(service) + "\t" + service.hostName()), service.id());
            assertFalse(hosts.contains(PLAN.ipv6(service)), service.id());
        }
    }

    @Test
    void setupCommands_whenBuilt_useOnlyAddressesReservedForTesting() throws IOException {
        for (var command : PLAN.setupCommands()) {
            for (var word : command) {
                var address = word.split("/")[0];
                if (IPV4.matcher(address).matches()) {
                    var bytes = InetAddress.getByName(address).getAddress();
                    assertTrue((bytes[0] & 0xff) == 198 && (bytes[1] & 0xfe) == 18, word); // 198.18.0.0/15
                } else if (address.contains(":")) {
                    var bytes = InetAddress.getByName(address).getAddress();
                    assertEquals(0xfd, bytes[0] & 0xff, word); // unique-local fd00::/8
                }
            }
        }
    }

    @Test
    void setupCommands_whenBuilt_onlyTouchTheRunsOwnNamespaces() {
        var own = PLAN.namespaces();
        for (var command : PLAN.setupCommands()) {
            var namespace = command.get(1).equals("-n") ? command.get(2) : command.get(3);
            assertTrue(own.contains(namespace), String.join(" ", command));
            int peer = command.indexOf("netns");
            if (command.contains("veth")) {
                assertTrue(own.contains(command.get(peer + 1)), "veth peer outside the run: " + command);
            }
        }
    }

    @Test
    void setupCommands_whenVpcRouteTable_sendsOnlyGatewayEndpointsOverIPv4() {
        var vpc = PLAN.namespace(Role.VPC);
        var routes = PLAN.setupCommands().stream()
                .filter(c -> c.contains(vpc) && c.contains("route"))
                .map(c -> String.join(" ", c))
                .toList();
        assertEquals(
                List.of(
                        "ip -n " + vpc + " route add 198.18.1.11/32 via 198.18.2.1",
                        "ip -n " + vpc + " route add 198.18.1.13/32 via 198.18.2.1",
                        "ip -n " + vpc + " -6 route add default via fd65:6967:7700:2::1",
                        "ip -n " + vpc + " route add default via 198.18.4.1"),
                routes);
    }

    @Test
    void setupCommands_whenNoNatLink_turnsForwardingOffAfterEnablingIt() {
        var commands =
                PLAN.setupCommands().stream().map(c -> String.join(" ", c)).toList();
        int on = indexOfEnding(commands, "net.ipv4.ip_forward=1");
        int off = indexOfEnding(commands, "net.ipv4.conf.nonat0.forwarding=0");
        assertTrue(on >= 0 && off > on, "nonat0 forwarding must be switched off after ip_forward=1");
    }

    @Test
    void setupCommands_whenPublicNamespace_hasNoIPv6AddressOrRoute() {
        var pub = PLAN.namespace(Role.PUBLIC);
        assertTrue(PLAN.setupCommands().stream().filter(c -> c.contains(pub)).noneMatch(c -> c.contains("-6")));
    }

    private static int indexOfEnding(List<String> commands, String suffix) {
        for (int i = 0; i < commands.size(); i++) {
            if (commands.get(i).endsWith(suffix)) {
                return i;
            }
        }
        return -1;
    }
}
