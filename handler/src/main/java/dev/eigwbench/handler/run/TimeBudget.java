package dev.eigwbench.handler.run;

import com.amazonaws.services.lambda.runtime.Context;
import java.time.Duration;

/**
 * The invocation's remaining time, from {@code Context.getRemainingTimeInMillis()}: a call is started only when
 * its worst case (its timeout) plus the time to report still fits, so the function ends with a PARTIAL result
 * instead of being killed.
 */
public final class TimeBudget {
    /** Time kept for statistics, logs and the response. */
    public static final Duration REPORT_RESERVE = Duration.ofMillis(500);

    private final Context context;
    private final Duration callBound;

    public TimeBudget(Context context, Duration callBound) {
        this.context = context;
        this.callBound = callBound;
    }

    /** True when one more call can run to its timeout and still leave time to report. */
    public boolean allowsAnotherCall() {
        if (context == null) {
            return true;
        }
        return context.getRemainingTimeInMillis()
                > callBound.plus(REPORT_RESERVE).toMillis();
    }
}
