package dev.eigwbench.handler.steps;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class HttpGetStepTest {
    @Test
    void isStaleConnection_whenConnectionResetOrNoResponse_retries() {
        assertTrue(HttpGetStep.isStaleConnection(new SocketException("Connection reset")));
        assertTrue(HttpGetStep.isStaleConnection(new IOException("The target server failed to respond")));
    }

    @Test
    void isStaleConnection_whenTimeoutRefusalUnknownHostOrHttpError_doesNotRetry() {
        assertFalse(HttpGetStep.isStaleConnection(new SocketTimeoutException("Read timed out")));
        assertFalse(HttpGetStep.isStaleConnection(new ConnectException("Connection refused")));
        assertFalse(HttpGetStep.isStaleConnection(new UnknownHostException("nowhere.test")));
        assertFalse(HttpGetStep.isStaleConnection(
                new HttpGetStep.HttpStatusException(503, URI.create("http://127.0.0.1/"))));
    }
}
