package dev.eigwbench.client.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LocalEndpointTest {
    @Test
    void is_whenLoopbackAddressOrLocalhost_isLocal() {
        assertTrue(LocalEndpoint.is(URI.create("http://127.0.0.1:3001")));
        assertTrue(LocalEndpoint.is(URI.create("http://localhost:3001")));
        assertTrue(LocalEndpoint.is(URI.create("http://[::1]:3001")));
    }

    @Test
    void is_whenRemoteNameOrNoEndpoint_isNotLocal() {
        assertFalse(LocalEndpoint.is(URI.create("https://lambda.us-east-1.amazonaws.com")));
        assertFalse(LocalEndpoint.is(URI.create("http://10.0.0.1:3001")));
        assertFalse(LocalEndpoint.is(null));
    }

    @Test
    void withRegion_whenRegionGiven_keepsIt() {
        var settings = new AwsSettings(
                "eu-north-1",
                null,
                URI.create("http://127.0.0.1:1"),
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                1,
                Duration.ZERO);
        assertEquals("eu-north-1", LocalEndpoint.withRegion(settings).region());
    }
}
