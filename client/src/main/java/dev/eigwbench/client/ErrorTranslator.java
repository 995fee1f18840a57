package dev.eigwbench.client;

import java.io.UncheckedIOException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

/** Turns any failure into one line that says what went wrong and what to do about it. */
public final class ErrorTranslator {
    private ErrorTranslator() {}

    /**
     * @param stackName the stack being read, for "stack not found"
     * @param maxAttempts attempts the SDK made, for throttling
     */
    public static String translate(Throwable error, String stackName, int maxAttempts) {
        Throwable e = unwrap(error);
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
        if (e instanceof ClientException || e instanceof IllegalArgumentException) return detail;
        if (e instanceof TooManyRequestsException) {
            return "Lambda throttled the invocations after " + maxAttempts + " attempts with backoff (" + detail
                    + "): lower --concurrency, raise --max-attempts, or raise the account's concurrency limit";
        }
        if (e instanceof ResourceNotFoundException) {
            return "function not found (" + detail + "): check --vpc-function/--public-function or the stack's"
                    + " outputs, and that --region is the stack's region";
        }
        if (e instanceof CloudFormationException && detail.contains("does not exist")) {
            return "stack '" + stackName + "' not found (" + detail + "): deploy it with `npx cdk deploy`, or pass"
                    + " the right --stack and --region, or name the functions with --vpc-function and --public-function";
        }
        if (e instanceof AwsServiceException service) {
            int status = service.statusCode();
            String code = service.awsErrorDetails() == null
                    ? ""
                    : service.awsErrorDetails().errorCode();
            if (status == 403 || status == 401 || (code != null && code.contains("Token"))) {
                return "AWS refused the credentials (" + code + ": " + detail + "): refresh them (`aws sso login`)"
                        + " or use a profile allowed to call lambda:InvokeFunction and cloudformation:DescribeStacks";
            }
            return "AWS returned " + status + " " + code + ": " + detail;
        }
        if (e instanceof ApiCallAttemptTimeoutException || e instanceof ApiCallTimeoutException) {
            return "a call to AWS timed out (" + detail + "): raise --invoke-timeout to at least the function's"
                    + " timeout, or check your network";
        }
        if (e instanceof SdkClientException) {
            if (detail.contains("credentials") || detail.contains("Credentials")) {
                // The SDK's detail lists every provider in its chain: noise for a user who has configured none.
                return "no usable AWS credentials: run `aws configure` or `aws sso login`, or set AWS_PROFILE /"
                        + " pass --profile";
            }
            if (detail.contains("region") || detail.contains("Region")) {
                return "no AWS region: pass --region, set AWS_REGION, or set a region in your AWS profile";
            }
            return "cannot reach AWS (" + detail + "): check your network, proxy settings or --endpoint-url";
        }
        if (e instanceof UncheckedIOException) return detail;
        return "unexpected " + e.getClass().getSimpleName() + ": " + detail;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while ((e instanceof java.util.concurrent.CompletionException
                        || e instanceof java.util.concurrent.ExecutionException)
                && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
