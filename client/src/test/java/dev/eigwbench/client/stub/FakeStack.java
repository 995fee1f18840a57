package dev.eigwbench.client.stub;

import dev.eigwbench.client.TestAws;
import dev.eigwbench.common.StackOutputs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The deployed stack as a whole-command test sees it: a loopback {@link FakeAwsServer} with the vpc and public
 * functions and a stack whose outputs name them, fresh for each test. Meanwhile the system properties hold dummy
 * credentials, which the SDK's default chain reads first, so it looks no further (no profile, no instance metadata).
 */
public final class FakeStack implements BeforeEachCallback, AfterEachCallback {
    public static final String NAME = "EigwBenchTest";
    public static final String VPC_FUNCTION = "eigw-vpc";
    public static final String PUBLIC_FUNCTION = "eigw-public";

    private FakeAwsServer aws;

    public FakeAwsServer aws() {
        return aws;
    }

    /** {@code command} called at this stack's endpoint, each Invoke bounded to 20 s, its reports written to {@code out}. */
    public List<String> args(String command, Path out) {
        return new ArrayList<>(List.of(
                command,
                "--endpoint-url",
                aws.endpoint().toString(),
                "--invoke-timeout",
                "20",
                "--out",
                out.toString()));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        System.setProperty("aws.accessKeyId", TestAws.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", TestAws.SECRET_KEY);
        aws = new FakeAwsServer();
        var vpc = aws.lambda().addFunction(VPC_FUNCTION, "vpc", 7);
        var pub = aws.lambda().addFunction(PUBLIC_FUNCTION, "public", 6);
        aws.cloudFormation()
                .putStack(
                        NAME,
                        Map.of(
                                StackOutputs.VPC_FUNCTION_ALIAS_ARN,
                                vpc.aliasArn(),
                                StackOutputs.PUBLIC_FUNCTION_ALIAS_ARN,
                                pub.aliasArn(),
                                StackOutputs.VPC_FUNCTION_NAME,
                                VPC_FUNCTION,
                                StackOutputs.PUBLIC_FUNCTION_NAME,
                                PUBLIC_FUNCTION));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        aws.close();
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }
}
