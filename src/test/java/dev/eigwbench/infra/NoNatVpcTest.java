package dev.eigwbench.infra;

import static dev.eigwbench.infra.Resources.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awscdk.assertions.Capture;
import software.amazon.awscdk.assertions.Template;

/** The network: dual-stack, no NAT, IPv6 out of the private subnets through the egress-only gateway. */
class NoNatVpcTest {
    private static final Template TEMPLATE = SynthesizedStack.template();

    @Test
    void vpc_whenSynthesized_getsAnAmazonProvidedIpv6Block() {
        TEMPLATE.resourceCountIs("AWS::EC2::VPC", 1);
        TEMPLATE.hasResourceProperties("AWS::EC2::VPCCidrBlock", Map.of("AmazonProvidedIpv6CidrBlock", true));
    }

    @Test
    void natGateways_whenSynthesized_noneExist() {
        TEMPLATE.resourceCountIs("AWS::EC2::NatGateway", 0);
        TEMPLATE.resourceCountIs("AWS::EC2::EIP", 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Public", "Private", "Isolated"})
    void subnetGroup_whenSynthesized_hasOneSlash19SubnetInEachOfTwoAzs(String group) {
        Set<String> subnets = Resources.subnets(TEMPLATE, group);
        assertEquals(2, subnets.size(), group + " subnets");
        for (String subnet : subnets) {
            var properties = Resources.properties(TEMPLATE, "AWS::EC2::Subnet", subnet);
            assertTrue(((String) properties.get("CidrBlock")).endsWith("/19"), subnet + " " + properties);
            assertEquals(true, properties.get("AssignIpv6AddressOnCreation"), subnet + " gets IPv6 addresses");
        }
        var zones = subnets.stream()
                .map(s -> Resources.properties(TEMPLATE, "AWS::EC2::Subnet", s)
                        .get("AvailabilityZone")
                        .toString())
                .collect(Collectors.toSet());
        assertEquals(2, zones.size(), "one subnet per AZ: " + zones);
    }

    @Test
    void egressOnlyInternetGateway_whenSynthesized_existsOnce() {
        TEMPLATE.resourceCountIs("AWS::EC2::EgressOnlyInternetGateway", 1);
    }

    @Test
    void privateSubnets_whenSynthesized_routeIpv6DefaultToTheEgressOnlyGateway() {
        String eigw = TEMPLATE.findResources("AWS::EC2::EgressOnlyInternetGateway")
                .keySet()
                .iterator()
                .next();
        var routeTable = new Capture();
        var routes = TEMPLATE.findResources(
                "AWS::EC2::Route",
                Map.of(
                        "Properties",
                        Map.of(
                                "DestinationIpv6CidrBlock",
                                "::/0",
                                "EgressOnlyInternetGatewayId",
                                ref(eigw),
                                "RouteTableId",
                                routeTable)));
        assertEquals(2, routes.size(), "one ::/0 route per private subnet");
        var tables = new TreeSet<String>();
        do {
            tables.add(Resources.refTarget(routeTable.asObject()));
        } while (routeTable.next());
        assertEquals(Resources.routeTables(TEMPLATE, "Private"), tables);
    }

    @Test
    void privateAndIsolatedSubnets_whenSynthesized_haveNoIpv4DefaultRoute() {
        var ipv4DefaultRouteTables = TEMPLATE
                .findResources("AWS::EC2::Route", Map.of("Properties", Map.of("DestinationCidrBlock", "0.0.0.0/0")))
                .values()
                .stream()
                .map(r -> Resources.refTarget(((Map<?, ?>) r.get("Properties")).get("RouteTableId")))
                .collect(Collectors.toSet());
        assertEquals(Resources.routeTables(TEMPLATE, "Public"), ipv4DefaultRouteTables);
    }

    @Test
    void isolatedSubnets_whenSynthesized_haveNoDefaultRouteAtAll() {
        var isolated = Resources.routeTables(TEMPLATE, "Isolated");
        TEMPLATE.findResources("AWS::EC2::Route").values().forEach(route -> {
            Object table = ((Map<?, ?>) route.get("Properties")).get("RouteTableId");
            assertTrue(!isolated.contains(Resources.refTarget(table)), "route from an isolated subnet: " + route);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"s3", "dynamodb"})
    void gatewayEndpoint_whenSynthesized_isAGatewayRoutedFromEveryRouteTable(String service) {
        var routeTableIds = new Capture();
        TEMPLATE.hasResourceProperties(
                "AWS::EC2::VPCEndpoint",
                Map.of(
                        "VpcEndpointType",
                        "Gateway",
                        "ServiceName",
                        Map.of("Fn::Join", List.of("", List.of("com.amazonaws.", ref("AWS::Region"), "." + service))),
                        "RouteTableIds",
                        routeTableIds));
        var expected = new TreeSet<String>();
        for (String group : List.of("Public", "Private", "Isolated")) {
            expected.addAll(Resources.routeTables(TEMPLATE, group));
        }
        var actual = routeTableIds.asArray().stream()
                .map(Resources::refTarget)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, actual);
    }

    @Test
    void gatewayEndpoints_whenSynthesized_noInterfaceEndpointsCostingHourly() {
        TEMPLATE.resourceCountIs("AWS::EC2::VPCEndpoint", 2);
        assertEquals(
                0,
                TEMPLATE.findResources(
                                "AWS::EC2::VPCEndpoint", Map.of("Properties", Map.of("VpcEndpointType", "Interface")))
                        .size());
    }
}
