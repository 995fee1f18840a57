package dev.eigwbench.handler;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs the handler once outside Lambda, configured by the same environment variables, and prints the response
 * JSON as the last stdout line: {@code java -cp eigw-bench-handler.jar dev.eigwbench.handler.LocalRunner
 * '{"iterations":10}' [timeoutSeconds]}. With a timeout, the handler sees a Lambda-like remaining time. With
 * {@code --prime} first, SnapStart's priming runs before the invocation and its outcomes are printed.
 */
public final class LocalRunner {
    private LocalRunner() {}

    public static void main(String[] args) throws Exception {
        var rest = new java.util.ArrayList<>(java.util.List.of(args));
        if (!rest.isEmpty() && rest.get(0).equals("--prime")) {
            rest.remove(0);
            System.out.println(
                    "priming: " + ExecutionEnvironment.lambda().priming().prime());
        }
        String event = rest.size() > 0 ? rest.get(0) : "{}";
        long deadline =
                rest.size() > 1 ? System.currentTimeMillis() + Long.parseLong(rest.get(1)) * 1000 : Long.MAX_VALUE;
        var out = new ByteArrayOutputStream();
        new BenchmarkHandler()
                .handleRequest(
                        new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)),
                        out,
                        new LocalContext(deadline));
        System.out.println(out.toString(StandardCharsets.UTF_8));
        System.exit(0);
    }

    /** The parts of Lambda's context the handler reads: the remaining time. */
    private record LocalContext(long deadlineMs) implements Context {
        @Override
        public String getAwsRequestId() {
            return "local";
        }

        @Override
        public String getLogGroupName() {
            return "local";
        }

        @Override
        public String getLogStreamName() {
            return "local";
        }

        @Override
        public String getFunctionName() {
            return "eigw-bench-local";
        }

        @Override
        public String getFunctionVersion() {
            return "$LATEST";
        }

        @Override
        public String getInvokedFunctionArn() {
            return "local";
        }

        @Override
        public CognitoIdentity getIdentity() {
            return null;
        }

        @Override
        public ClientContext getClientContext() {
            return null;
        }

        @Override
        public int getRemainingTimeInMillis() {
            return (int) Math.min(Integer.MAX_VALUE, Math.max(0, deadlineMs - System.currentTimeMillis()));
        }

        @Override
        public int getMemoryLimitInMB() {
            return 0;
        }

        @Override
        public LambdaLogger getLogger() {
            return new LambdaLogger() {
                @Override
                public void log(String message) {
                    System.out.println(message);
                }

                @Override
                public void log(byte[] message) {
                    System.out.println(new String(message, StandardCharsets.UTF_8));
                }
            };
        }
    }
}
