package dev.eigwbench.handler.readiness;

import com.amazonaws.services.lambda.runtime.Context;
import dev.eigwbench.handler.run.TimeBudget;
import java.time.Duration;

/** Lambda's remaining time: a stage starts only if its bound and the time to report still fit. */
final class ProbeBudget {
    private final Context context;
    private boolean exhausted;

    ProbeBudget(Context context) {
        this.context = context;
    }

    boolean allows(Duration bound) {
        boolean fits = context == null
                || context.getRemainingTimeInMillis()
                        > bound.plus(TimeBudget.REPORT_RESERVE).toMillis();
        if (!fits) {
            exhausted = true;
        }
        return fits;
    }

    /** True once any stage was skipped for lack of time. */
    boolean exhausted() {
        return exhausted;
    }
}
