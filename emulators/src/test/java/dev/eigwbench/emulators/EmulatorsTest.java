package dev.eigwbench.emulators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmulatorsTest {
    private static final InetAddress V4 = InetAddress.getLoopbackAddress();
    private static InetAddress v6;
    private static Emulators emulators;

    @BeforeAll
    static void start() throws IOException {
        v6 = InetAddress.getByName("::1");
        var config = EmulatorConfig.loopback(V4);
        emulators = Emulators.start(new EmulatorConfig(
                List.of(V4, v6),
                config.tableName(),
                config.queueName(),
                config.bucketName(),
                config.region(),
                config.repositoryRoot()));
    }

    @AfterAll
    static void stop() {
        emulators.close();
    }

    @Test
    void start_whenTwoAddresses_everyServiceListensOnBothWithOnePort() {
        for (Emulator emulator : emulators.all()) {
            assertEquals(2, emulator.endpoints().size(), emulator.service());
            assertEquals(
                    URI.create("http://127.0.0.1:" + emulator.port()),
                    emulator.endpoints().get(0));
            assertEquals(
                    URI.create("http://[0:0:0:0:0:0:0:1]:" + emulator.port()),
                    emulator.endpoints().get(1));
        }
    }

    @Test
    void start_whenSeeded_tableQueueAndBucketAnswerOnIpv6() {
        String region = emulators.config().region();
        try (var dynamo =
                EmulatorClients.dynamoDb(emulators.dynamodb().endpoints().get(1), region)) {
            assertEquals(
                    "ACTIVE",
                    dynamo.describeTable(b -> b.tableName("bench-table"))
                            .table()
                            .tableStatusAsString());
        }
        try (var sqs = EmulatorClients.sqs(emulators.sqs().endpoints().get(1), region)) {
            assertTrue(sqs.sendMessage(b -> b.queueUrl(emulators.queueUrl()).messageBody("x"))
                            .messageId()
                    != null);
        }
        try (var s3 = EmulatorClients.s3(emulators.s3().endpoints().get(1), region)) {
            assertEquals(0, s3.listObjectsV2(b -> b.bucket("bench-bucket")).keyCount());
        }
    }

    @Test
    void publicApi_whenTodoRequested_servesSeedLikeJson() throws Exception {
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var response = client.send(
                HttpRequest.newBuilder(emulators.fetchUrl(v6))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"completed\":false"), response.body());
    }

    @Test
    void close_whenOneEmulatorStopped_itsPortRefusesConnections() {
        var config = EmulatorConfig.loopback(V4);
        var server = PublicApiServer.start(config.bindAddresses(), 0);
        int port = server.port();
        server.close();
        assertThrows(ConnectException.class, () -> {
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress(V4, port), 1_000);
            }
        });
    }
}
