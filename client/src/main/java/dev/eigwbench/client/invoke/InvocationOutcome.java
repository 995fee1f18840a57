package dev.eigwbench.client.invoke;

/**
 * What one Invoke returned.
 *
 * @param payload the response payload (the handler's result, or Lambda's error object)
 * @param functionError {@code X-Amz-Function-Error} ("Unhandled", "Handled"), or null
 * @param logTail the decoded {@code X-Amz-Log-Result}, or "" when absent
 * @param executedVersion {@code X-Amz-Executed-Version}
 * @param roundTripMs client-side wall time of the call
 */
public record InvocationOutcome(
        String payload, String functionError, String logTail, String executedVersion, double roundTripMs) {}
