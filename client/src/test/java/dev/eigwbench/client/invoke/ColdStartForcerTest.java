package dev.eigwbench.client.invoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.client.ClientException;
import dev.eigwbench.client.TestAws;
import dev.eigwbench.client.aws.AwsClients;
import dev.eigwbench.client.stack.FunctionTarget;
import dev.eigwbench.client.stub.FakeAwsServer;
import dev.eigwbench.common.Variant;
import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What only the stub can produce: poll counts and a failed update. Publishing, moving the alias and keeping the
 * variables are tested against the lab's local Lambda API (lab's LocalLambdaApiTest).
 */
class ColdStartForcerTest {
    private FakeAwsServer aws;
    private AwsClients clients;
    private ColdStartForcer forcer;

    @BeforeEach
    void start() {
        aws = new FakeAwsServer();
        aws.lambda().addFunction("eigw-vpc", "vpc", 7);
        clients = TestAws.clients(aws.endpoint(), 3);
        forcer = new ColdStartForcer(clients.controlClient(), Duration.ofMillis(20), Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        clients.close();
        aws.close();
    }

    @Test
    void force_whenUnqualified_waitsForUpdateWithoutPublishing() {
        var lines = new ArrayList<String>();
        assertEquals("$LATEST", forcer.force(FunctionTarget.parse(Variant.VPC, "eigw-vpc", "test"), lines::add));
        assertTrue(
                aws.requests().stream().noneMatch(r -> r.endsWith("/versions")),
                aws.requests().toString());
        long polls = aws.requests().stream()
                .filter(r -> r.startsWith("GET") && r.endsWith("/configuration"))
                .count();
        assertTrue(polls >= 3, "read once, then polled until Successful: " + aws.requests());
    }

    @Test
    void force_whenUpdateFails_explainsWhatToCheck() {
        aws.lambda().failUpdates("eigw-vpc");
        var e = assertThrows(
                ClientException.class,
                () -> forcer.force(FunctionTarget.parse(Variant.VPC, "eigw-vpc", "test"), line -> {}));
        assertTrue(e.getMessage().startsWith("the configuration update of eigw-vpc"), e.getMessage());
        assertTrue(e.getMessage().contains("Lambda console"), e.getMessage());
    }
}
