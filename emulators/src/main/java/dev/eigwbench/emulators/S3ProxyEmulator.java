package dev.eigwbench.emulators;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/** S3: S3Proxy embedded on its in-memory store; one proxy per address, all sharing the one store. */
public final class S3ProxyEmulator extends StartedEmulator {
    private final List<S3Proxy> proxies;

    private S3ProxyEmulator(List<S3Proxy> proxies, List<InetAddress> addresses, int port) {
        super("s3", addresses, port);
        this.proxies = proxies;
    }

    public static S3ProxyEmulator start(List<InetAddress> addresses, int requestedPort) {
        BlobStore store = new TransientNio2BlobStore();
        var proxies = new ArrayList<S3Proxy>();
        int port = requestedPort;
        try {
            for (InetAddress address : addresses) {
                S3Proxy proxy = S3Proxy.builder()
                        .blobStore(store)
                        .endpoint(Endpoints.http(address, port))
                        .awsAuthentication(AuthenticationType.NONE, null, null)
                        .jettyMaxThreads(16)
                        .build();
                proxy.start();
                waitStarted(proxy);
                proxies.add(proxy);
                port = proxy.getPort();
            }
        } catch (Exception e) {
            proxies.forEach(S3ProxyEmulator::stopQuietly);
            throw new IllegalStateException("S3Proxy did not start on " + addresses + ": " + e.getMessage(), e);
        }
        return new S3ProxyEmulator(proxies, addresses, port);
    }

    private static void waitStarted(S3Proxy proxy) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!"STARTED".equals(proxy.getState())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("S3Proxy state " + proxy.getState() + " after 10 s");
            }
            Thread.sleep(10);
        }
    }

    private static void stopQuietly(S3Proxy proxy) {
        try {
            proxy.stop();
        } catch (Exception ignored) {
            // Stopping anyway.
        }
    }

    @Override
    void stop() {
        proxies.forEach(S3ProxyEmulator::stopQuietly);
    }
}
