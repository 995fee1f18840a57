package dev.eigwbench.handler.steps;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * What the service answers when a step's {@link BenchmarkStep#call} succeeds, as it arrives on the wire: priming
 * replays it in memory so the success side (response model, parsing, the step's own bookkeeping) is loaded and
 * compiled too, which a side-effect-free call to the service never reaches.
 *
 * @param status the HTTP status
 * @param headers response headers
 * @param body the response body
 */
public record SuccessAnswer(int status, Map<String, String> headers, String body) {
    public SuccessAnswer {
        headers = Map.copyOf(headers);
    }

    /** A 200 carrying a JSON body, as SQS's JSON protocol answers. */
    public static SuccessAnswer awsJson(String body) {
        return new SuccessAnswer(
                200,
                Map.of("Content-Type", "application/x-amz-json-1.0", "x-amzn-RequestId", "priming-in-memory"),
                body);
    }

    /** As {@link #awsJson}, with the CRC32 of the body DynamoDB sends and the SDK checks. */
    public static SuccessAnswer dynamoDbJson(String body) {
        var crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return new SuccessAnswer(
                200,
                Map.of(
                        "Content-Type", "application/x-amz-json-1.0",
                        "x-amzn-RequestId", "priming-in-memory",
                        "x-amz-crc32", Long.toString(crc.getValue())),
                body);
    }

    /** The hex MD5 of {@code text}'s UTF-8 bytes: SQS's MD5OfMessageBody, a single-part upload's ETag. */
    public static String md5Hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }
}
