package dev.eigwbench.lab.net;

/**
 * The four services the functions call, each on its own address in the services namespace so routes can
 * treat them differently. Dual-stack names get A and AAAA records; DynamoDB and S3 get A only, like the real
 * default endpoints, which is why they ride the VPC's IPv4 gateway endpoints.
 */
public enum LabService {
    DYNAMODB("dynamodb", "dynamodb.eigw.test", 8000, false, 11),
    SQS("sqs", "sqs.eigw.test", 9324, true, 12),
    S3("s3", "s3.eigw.test", 9090, false, 13),
    HTTP("http", "api.eigw.test", 8080, true, 14);

    private final String id;
    private final String hostName;
    private final int port;
    private final boolean dualStack;
    private final int hostNumber;

    LabService(String id, String hostName, int port, boolean dualStack, int hostNumber) {
        this.id = id;
        this.hostName = hostName;
        this.port = port;
        this.dualStack = dualStack;
        this.hostNumber = hostNumber;
    }

    public String id() {
        return id;
    }

    /** Under {@code .test}, a top-level domain reserved for testing: it can never resolve to a real host. */
    public String hostName() {
        return hostName;
    }

    public int port() {
        return port;
    }

    public boolean dualStack() {
        return dualStack;
    }

    /** The last part of this service's addresses in the services subnet (IPv4 and IPv6). */
    int hostNumber() {
        return hostNumber;
    }
}
