package dev.eigwbench.client.stub;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import com.sun.net.httpserver.Headers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * CloudWatch's GetMetricData over the Smithy RPC v2 CBOR protocol, which the SDK's CloudWatch client (2.58) speaks:
 * {@code POST /service/GraniteServiceVersion20100801/operation/GetMetricData} with {@code smithy-protocol:
 * rpc-v2-cbor}, CBOR bodies both ways, timestamps as tag 1 (epoch seconds). Answers daily sums for the metrics the
 * test sets, and pages the results (one per page) so the client must follow {@code NextToken}.
 */
public final class FakeCloudWatch {
    public static final String PATH_PREFIX = "/service/GraniteServiceVersion20100801/operation/";
    private static final CBORMapper CBOR = new CBORMapper();

    /** natGatewayId -> metric name -> daily (epoch second, value) points. */
    private final Map<String, Map<String, Map<Long, Double>>> data = new LinkedHashMap<>();

    private final List<Map<String, Object>> requests = new CopyOnWriteArrayList<>();

    public synchronized void put(String natGatewayId, String metric, long epochSecond, double value) {
        data.computeIfAbsent(natGatewayId, k -> new LinkedHashMap<>())
                .computeIfAbsent(metric, k -> new LinkedHashMap<>())
                .put(epochSecond, value);
    }

    /** Every GetMetricData request body, decoded. */
    public List<Map<String, Object>> requests() {
        return List.copyOf(requests);
    }

    synchronized FakeAwsServer.Response handle(String path, Headers headers, byte[] body) throws IOException {
        String operation = path.substring(PATH_PREFIX.length());
        if (!"rpc-v2-cbor".equals(headers.getFirst("smithy-protocol"))) {
            return error(400, "InvalidParameterValueException", "missing header smithy-protocol: rpc-v2-cbor");
        }
        if (!operation.equals("GetMetricData")) {
            return error(400, "UnknownOperationException", "unknown operation " + operation);
        }
        Map<String, Object> request = CBOR.readValue(body, new TypeReference<>() {});
        requests.add(request);
        @SuppressWarnings("unchecked")
        var queries = (List<Map<String, Object>>) request.get("MetricDataQueries");
        double start = ((Number) request.get("StartTime")).doubleValue();
        double end = ((Number) request.get("EndTime")).doubleValue();
        int first = request.get("NextToken") == null ? 0 : Integer.parseInt((String) request.get("NextToken"));
        var out = new ByteArrayOutputStream();
        try (var generator = (CBORGenerator) CBOR.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeFieldName("MetricDataResults");
            generator.writeStartArray();
            if (first < queries.size()) {
                writeResult(generator, queries.get(first), start, end);
            }
            generator.writeEndArray();
            if (first + 1 < queries.size()) {
                generator.writeStringField("NextToken", Integer.toString(first + 1));
            }
            generator.writeFieldName("Messages");
            generator.writeStartArray();
            generator.writeEndArray();
            generator.writeEndObject();
        }
        return new FakeAwsServer.Response(
                200,
                Map.of("smithy-protocol", "rpc-v2-cbor", "Content-Type", "application/cbor"),
                "",
                out.toByteArray());
    }

    @SuppressWarnings("unchecked")
    private void writeResult(CBORGenerator generator, Map<String, Object> query, double start, double end)
            throws IOException {
        var stat = (Map<String, Object>) query.get("MetricStat");
        var metric = (Map<String, Object>) stat.get("Metric");
        var dimensions = (List<Map<String, Object>>) metric.get("Dimensions");
        String id = (String) query.get("Id");
        Map<Long, Double> points = Map.of();
        if ("AWS/NATGateway".equals(metric.get("Namespace"))
                && "Sum".equals(stat.get("Stat"))
                && dimensions.size() == 1
                && "NatGatewayId".equals(dimensions.get(0).get("Name"))) {
            points = data.getOrDefault((String) dimensions.get(0).get("Value"), Map.of())
                    .getOrDefault((String) metric.get("MetricName"), Map.of());
        }
        var timestamps = new ArrayList<Long>();
        var values = new ArrayList<Double>();
        points.forEach((second, value) -> {
            if (second >= start && second < end) {
                timestamps.add(second);
                values.add(value);
            }
        });
        generator.writeStartObject();
        generator.writeStringField("Id", id);
        generator.writeStringField("Label", (String) metric.get("MetricName"));
        generator.writeFieldName("Timestamps");
        generator.writeStartArray();
        for (long second : timestamps) {
            generator.writeTag(1);
            generator.writeNumber((double) second);
        }
        generator.writeEndArray();
        generator.writeFieldName("Values");
        generator.writeStartArray();
        for (double value : values) {
            generator.writeNumber(value);
        }
        generator.writeEndArray();
        generator.writeStringField("StatusCode", "Complete");
        generator.writeEndObject();
    }

    private static FakeAwsServer.Response error(int status, String type, String message) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var generator = CBOR.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeStringField("__type", "com.amazonaws.cloudwatch#" + type);
            generator.writeStringField("message", message);
            generator.writeEndObject();
        }
        return new FakeAwsServer.Response(
                status,
                Map.of("smithy-protocol", "rpc-v2-cbor", "Content-Type", "application/cbor"),
                "",
                out.toByteArray());
    }
}
