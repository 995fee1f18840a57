package dev.eigwbench.emulators;

import java.net.URI;
import java.util.List;

/** One running emulator, listening on the same port on each of its bind addresses. */
public interface Emulator extends AutoCloseable {
    /** The service it stands in for: "dynamodb", "sqs", "s3" or "http". */
    String service();

    int port();

    /** One base URL per bind address, in the order the addresses were given. */
    List<URI> endpoints();

    /** Stops it; idempotent. After this, connections to its port are refused. */
    @Override
    void close();
}
