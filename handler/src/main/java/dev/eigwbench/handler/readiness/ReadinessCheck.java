package dev.eigwbench.handler.readiness;

import com.amazonaws.services.lambda.runtime.Context;
import dev.eigwbench.common.model.ErrorDetail;
import dev.eigwbench.common.model.RunStatus;
import dev.eigwbench.common.readiness.ReadinessResult;
import dev.eigwbench.common.request.InvalidEventException;
import dev.eigwbench.handler.output.Json;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One readiness invocation: parse the event, probe, log the result as one JSON line, answer it. Never throws. */
public final class ReadinessCheck {
    private final ReadinessProbe probe;
    private final PrintStream log;

    public ReadinessCheck(ReadinessProbe probe, PrintStream log) {
        this.probe = probe;
        this.log = log;
    }

    /**
     * @param variant the function's variant id
     * @param region the function's region
     * @param connectTimeout the function's connect timeout, the default per connect
     * @param settingsError the function's broken setting, if any: then the answer is FAILED
     */
    public ReadinessResult run(
            Map<String, Object> event,
            String variant,
            String region,
            Duration connectTimeout,
            ErrorDetail settingsError,
            Context context) {
        ReadinessResult result;
        if (settingsError != null) {
            result = rejected(variant, region, RunStatus.FAILED, settingsError);
        } else {
            try {
                ReadinessRequest request = new ReadinessEventParser(region, connectTimeout).parse(event);
                result = probe.run(request, variant, region, context);
            } catch (InvalidEventException e) {
                result = rejected(variant, region, RunStatus.INVALID_INPUT, e.detail());
            }
        }
        log.println(Json.write(result));
        return result;
    }

    private static ReadinessResult rejected(String variant, String region, RunStatus status, ErrorDetail error) {
        return new ReadinessResult(ReadinessResult.SCHEMA, variant, status, region, List.of(), 0, List.of(), error);
    }
}
