package dev.eigwbench.client.stub;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** CloudFormation's DescribeStacks over the query protocol: form-encoded request, XML response. */
public final class FakeCloudFormation {
    private static final String NS = "http://cloudformation.amazonaws.com/doc/2010-05-15/";
    private final Map<String, Map<String, String>> stacks = new ConcurrentHashMap<>();

    public void putStack(String name, Map<String, String> outputs) {
        stacks.put(name, new LinkedHashMap<>(outputs));
    }

    FakeAwsServer.Response handle(String formBody) {
        Map<String, String> form = parseForm(formBody);
        if (!"DescribeStacks".equals(form.get("Action"))) {
            return error(
                    400, "InvalidAction", "The action " + form.get("Action") + " is not valid for this web service.");
        }
        String name = form.get("StackName");
        Map<String, String> outputs = stacks.get(name);
        if (outputs == null) {
            return error(400, "ValidationError", "Stack with id " + name + " does not exist");
        }
        var xml = new StringBuilder();
        xml.append("<DescribeStacksResponse xmlns=\"").append(NS).append("\"><DescribeStacksResult><Stacks><member>");
        xml.append("<StackName>").append(name).append("</StackName>");
        xml.append("<StackId>arn:aws:cloudformation:us-east-1:123456789012:stack/")
                .append(name)
                .append("/1</StackId>");
        xml.append("<CreationTime>2026-01-01T00:00:00.000Z</CreationTime>");
        xml.append("<StackStatus>CREATE_COMPLETE</StackStatus><Outputs>");
        outputs.forEach((k, v) -> xml.append("<member><OutputKey>")
                .append(k)
                .append("</OutputKey><OutputValue>")
                .append(v)
                .append("</OutputValue></member>"));
        xml.append("</Outputs></member></Stacks></DescribeStacksResult>");
        xml.append("<ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></DescribeStacksResponse>");
        return new FakeAwsServer.Response(200, Map.of("Content-Type", "text/xml"), xml.toString());
    }

    private static FakeAwsServer.Response error(int status, String code, String message) {
        String xml = "<ErrorResponse xmlns=\"" + NS + "\"><Error><Type>Sender</Type><Code>" + code + "</Code><Message>"
                + message + "</Message></Error><RequestId>req-err</RequestId></ErrorResponse>";
        return new FakeAwsServer.Response(status, Map.of("Content-Type", "text/xml"), xml);
    }

    static Map<String, String> parseForm(String body) {
        var form = new HashMap<String, String>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq < 0) continue;
            form.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }
}
