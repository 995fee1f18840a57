package dev.eigwbench.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The six timed steps, in the order the function runs them. {@code humanLabel} keeps the seed's log lines
 * ("fill database took: …ms") so people comparing with the blog recognise them. JSON carries the {@code id}.
 */
public enum Step implements WireId {
    DYNAMODB_PUT("dynamodb-put", "fill database"),
    DYNAMODB_QUERY("dynamodb-query", "read database"),
    SQS_SEND("sqs-send", "send message to queue"),
    S3_PUT("s3-put", "write to s3"),
    S3_LIST("s3-list", "read from s3"),
    HTTP_GET("http-get", "fetch public api");

    private final String id;
    private final String humanLabel;

    Step(String id, String humanLabel) {
        this.id = id;
        this.humanLabel = humanLabel;
    }

    @Override
    @JsonValue
    public String id() {
        return id;
    }

    public String humanLabel() {
        return humanLabel;
    }

    public static Optional<Step> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    /** The step with this id; IllegalArgumentException naming the allowed ids otherwise (how JSON reads a step). */
    @JsonCreator
    public static Step byId(String id) {
        return fromId(id)
                .orElseThrow(() -> new IllegalArgumentException(
                        "step must be one of " + Arrays.toString(ids()) + ", got '" + id + "'"));
    }

    public static String[] ids() {
        return Arrays.stream(values()).map(Step::id).toArray(String[]::new);
    }
}
