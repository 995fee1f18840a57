package dev.eigwbench.client.stub;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * EC2's DescribeNatGateways over the EC2 query protocol: form-encoded POST ({@code Action=DescribeNatGateways},
 * {@code Version=2016-11-15}, {@code Filter.N.Name} / {@code Filter.N.Value.M}, {@code NextToken}), XML answer with
 * {@code natGatewaySet/item} and {@code nextToken}, errors as {@code Response/Errors/Error}. Honours the {@code vpc-id}
 * and {@code state} filters and pages one gateway at a time, so the client must follow the token.
 */
public final class FakeEc2 {
    public static final String VERSION = "2016-11-15";
    private static final String NS = "http://ec2.amazonaws.com/doc/" + VERSION + "/";

    private record Gateway(String natGatewayId, String vpcId, String state) {}

    private final List<Gateway> gateways = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();

    public void putNatGateway(String natGatewayId, String vpcId, String state) {
        gateways.add(new Gateway(natGatewayId, vpcId, state));
    }

    /** Every request's form fields, in arrival order. */
    public List<Map<String, String>> requests() {
        return List.copyOf(requests);
    }

    /** True for the form bodies this stub answers (EC2's API version); the rest go to CloudFormation. */
    static boolean handles(Map<String, String> form) {
        return VERSION.equals(form.get("Version"));
    }

    FakeAwsServer.Response handle(Map<String, String> form) {
        requests.add(form);
        if (!"DescribeNatGateways".equals(form.get("Action"))) {
            return error(
                    400, "InvalidAction", "The action " + form.get("Action") + " is not valid for this web service.");
        }
        List<String> vpcs = filter(form, "vpc-id");
        List<String> states = filter(form, "state");
        var matching = gateways.stream()
                .filter(g -> vpcs == null || vpcs.contains(g.vpcId()))
                .filter(g -> states == null || states.contains(g.state()))
                .toList();
        int first;
        try {
            first = form.get("NextToken") == null ? 0 : Integer.parseInt(form.get("NextToken"));
        } catch (NumberFormatException e) {
            return error(400, "InvalidPaginationToken", "The pagination token is not valid.");
        }
        var xml = new StringBuilder();
        xml.append("<DescribeNatGatewaysResponse xmlns=\"").append(NS).append("\">");
        xml.append("<requestId>req-").append(requests.size()).append("</requestId><natGatewaySet>");
        if (first < matching.size()) {
            Gateway g = matching.get(first);
            xml.append("<item><createTime>2026-01-01T00:00:00.000Z</createTime>")
                    .append("<natGatewayId>")
                    .append(g.natGatewayId())
                    .append("</natGatewayId><vpcId>")
                    .append(g.vpcId())
                    .append("</vpcId><state>")
                    .append(g.state())
                    .append("</state><subnetId>subnet-0123456789abcdef0</subnetId>")
                    .append("<connectivityType>public</connectivityType></item>");
        }
        xml.append("</natGatewaySet>");
        if (first + 1 < matching.size()) {
            xml.append("<nextToken>").append(first + 1).append("</nextToken>");
        }
        xml.append("</DescribeNatGatewaysResponse>");
        return new FakeAwsServer.Response(200, Map.of("Content-Type", "text/xml;charset=UTF-8"), xml.toString());
    }

    /** Filter.N.Value.M for the filter named {@code name}; null when the request has no such filter. */
    private static List<String> filter(Map<String, String> form, String name) {
        for (int n = 1; form.containsKey("Filter." + n + ".Name"); n++) {
            if (name.equals(form.get("Filter." + n + ".Name"))) {
                var values = new ArrayList<String>();
                for (int m = 1; form.containsKey("Filter." + n + ".Value." + m); m++) {
                    values.add(form.get("Filter." + n + ".Value." + m));
                }
                return values;
            }
        }
        return null;
    }

    private static FakeAwsServer.Response error(int status, String code, String message) {
        String xml = "<Response><Errors><Error><Code>" + code + "</Code><Message>" + message
                + "</Message></Error></Errors><RequestID>req-err</RequestID></Response>";
        return new FakeAwsServer.Response(status, Map.of("Content-Type", "text/xml;charset=UTF-8"), xml);
    }
}
