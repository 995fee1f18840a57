package dev.eigwbench.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.eigwbench.common.model.AddressFamily;
import java.util.Optional;

/**
 * The six timed steps, in the order the function runs them. {@code humanLabel} keeps the seed's log lines
 * ("fill database took: …ms") so people comparing with the blog recognise them. JSON carries the {@code id}.
 */
public enum Step implements WireId {
    DYNAMODB_PUT("dynamodb-put", "fill database", AddressFamily.IPV4),
    DYNAMODB_QUERY("dynamodb-query", "read database", AddressFamily.IPV4),
    SQS_SEND("sqs-send", "send message to queue", AddressFamily.IPV6),
    S3_PUT("s3-put", "write to s3", AddressFamily.IPV4),
    S3_LIST("s3-list", "read from s3", AddressFamily.IPV4),
    HTTP_GET("http-get", "fetch public api", AddressFamily.IPV6);

    private final String id;
    private final String humanLabel;
    private final AddressFamily vpcFamily;

    Step(String id, String humanLabel, AddressFamily vpcFamily) {
        this.id = id;
        this.humanLabel = humanLabel;
        this.vpcFamily = vpcFamily;
    }

    @Override
    @JsonValue
    public String id() {
        return id;
    }

    public String humanLabel() {
        return humanLabel;
    }

    /**
     * The family the VPC function's calls should connect over by the stack's design: IPv6 through the egress-only
     * gateway, or IPv4 through a gateway endpoint (S3, DynamoDB). The public function uses IPv4 for all.
     */
    public AddressFamily vpcFamily() {
        return vpcFamily;
    }

    public static Optional<Step> fromId(String id) {
        return WireId.find(Step.class, id);
    }

    /** The step with this id; IllegalArgumentException naming the allowed ids otherwise (how JSON reads a step). */
    @JsonCreator
    public static Step byId(String id) {
        return WireId.parse(Step.class, id, "step");
    }

    public static String[] ids() {
        return WireId.ids(Step.class);
    }
}
