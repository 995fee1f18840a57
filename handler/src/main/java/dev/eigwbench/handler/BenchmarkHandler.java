package dev.eigwbench.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.eigwbench.common.Step;
import dev.eigwbench.common.model.BenchmarkResult;
import dev.eigwbench.common.model.ErrorDetail;
import dev.eigwbench.common.model.RunStatus;
import dev.eigwbench.common.model.StepResult;
import dev.eigwbench.common.readiness.ReadinessResult;
import dev.eigwbench.common.request.Excerpt;
import dev.eigwbench.common.request.InvalidEventException;
import dev.eigwbench.handler.input.BenchmarkEvent;
import dev.eigwbench.handler.input.EventParser;
import dev.eigwbench.handler.output.EmfWriter;
import dev.eigwbench.handler.output.Json;
import dev.eigwbench.handler.readiness.ReadinessCheck;
import dev.eigwbench.handler.readiness.ReadinessEventParser;
import dev.eigwbench.handler.readiness.ReadinessProbe;
import dev.eigwbench.handler.run.LatencyStatistics;
import dev.eigwbench.handler.run.StepRunner;
import dev.eigwbench.handler.run.TimeBudget;
import dev.eigwbench.handler.steps.BenchmarkStep;
import dev.eigwbench.handler.steps.RunScope;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark function: runs the chosen steps N times each against the function's table, queue, bucket and URL,
 * and answers (and logs) a {@link BenchmarkResult}. A stream handler, so the result's JSON is exactly the model's
 * (no runtime serializer in between). The event's fields are documented on {@link dev.eigwbench.common.request.BenchmarkRequest}.
 */
public final class BenchmarkHandler implements RequestStreamHandler {
    private final ExecutionEnvironment environment;

    /** Lambda's constructor: clients are built once per execution environment. */
    public BenchmarkHandler() {
        this(ExecutionEnvironment.lambda());
    }

    public BenchmarkHandler(ExecutionEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String text = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        Object result;
        try {
            Map<String, Object> event = text.isBlank() ? Map.of() : Json.readObject(text);
            result = ReadinessEventParser.isReadiness(event) ? readiness(event, context) : run(event, context);
        } catch (IllegalArgumentException e) {
            result = rejected(
                    environment.settings(),
                    RunStatus.INVALID_INPUT,
                    new ErrorDetail("event", Excerpt.message(e.getMessage())),
                    environment.takeColdStart());
            environment.log().println(Json.write(result));
        }
        output.write(Json.write(result).getBytes(StandardCharsets.UTF_8));
    }

    /** Runs one invocation; never throws for bad input or failing services. */
    public BenchmarkResult run(Map<String, Object> event, Context context) {
        boolean coldStart = environment.takeColdStart();
        if (environment.settingsError() != null) {
            return logged(rejected(null, RunStatus.FAILED, environment.settingsError(), coldStart));
        }
        HandlerSettings settings = environment.settings();
        BenchmarkEvent request;
        try {
            request = new EventParser(settings.defaultIterations(), settings.fetchUrl(), settings.allowLoopbackUrl())
                    .parse(event);
        } catch (InvalidEventException e) {
            return logged(rejected(settings, RunStatus.INVALID_INPUT, e.detail(), coldStart));
        }
        var scope = new RunScope(request.runId(), request.iterations());
        var runner = new StepRunner(
                new TimeBudget(context, callBound(settings.timeouts())),
                (step, anySucceeded) -> environment.networkPaths().of(step.target(), anySucceeded));
        var results = new ArrayList<StepResult>();
        var metrics = new LinkedHashMap<String, List<Double>>();
        var warnings = new ArrayList<>(environment.jvm().warnings());
        RunStatus status = RunStatus.COMPLETE;
        long start = System.nanoTime();
        for (Step step : request.steps()) {
            StepRunner.Outcome outcome = runner.run(create(step, settings, scope, request.url()), request.iterations());
            StepResult measured = outcome.result();
            results.add(measured);
            metrics.put(step.id(), outcome.successfulMs());
            if (outcome.ending() == StepRunner.Ending.GAVE_UP) {
                status = RunStatus.PARTIAL;
                warnings.add(step.id() + " gave up after " + StepRunner.MAX_CONSECUTIVE_FAILURES
                        + " failures in a row (" + measured.calls() + " of " + request.iterations() + " calls made)");
            }
            if (outcome.ending() == StepRunner.Ending.OUT_OF_TIME) {
                status = RunStatus.PARTIAL;
                warnings.add("stopped in " + step.id() + " to stay inside the Lambda time budget: " + measured.calls()
                        + " of " + request.iterations() + " calls made; later steps did not run");
                break;
            }
        }
        double totalMs = LatencyStatistics.round((System.nanoTime() - start) / 1e6);
        var result = new BenchmarkResult(
                BenchmarkResult.SCHEMA,
                settings.variant(),
                status,
                request.runId(),
                request.iterations(),
                results,
                totalMs,
                environment.diagnostics(coldStart),
                warnings,
                null);
        report(result, metrics);
        return result;
    }

    /** A readiness check ({@code {"readiness": {...}}}) instead of a benchmark run. */
    private ReadinessResult readiness(Map<String, Object> event, Context context) {
        environment.takeColdStart();
        HandlerSettings settings = environment.settings();
        return new ReadinessCheck(
                        new ReadinessProbe(settings != null && settings.allowLoopbackUrl()), environment.log())
                .run(
                        event,
                        settings == null ? null : settings.variant().id(),
                        settings == null ? null : settings.region(),
                        settings == null ? null : settings.timeouts().connect(),
                        environment.settingsError(),
                        context);
    }

    /** The longest one call can take: an SDK call is cut at its timeout, and a GET is aborted at the same bound. */
    static Duration callBound(HandlerSettings.Timeouts timeouts) {
        return timeouts.apiCall();
    }

    private BenchmarkStep create(Step step, HandlerSettings settings, RunScope scope, URI url) {
        return StepFactory.create(step, settings, environment.clients(), scope, url);
    }

    private BenchmarkResult rejected(HandlerSettings settings, RunStatus status, ErrorDetail error, boolean coldStart) {
        return new BenchmarkResult(
                BenchmarkResult.SCHEMA,
                settings == null ? null : settings.variant(),
                status,
                null,
                0,
                List.of(),
                0,
                environment.diagnostics(coldStart),
                environment.jvm().warnings(),
                error);
    }

    private BenchmarkResult logged(BenchmarkResult result) {
        environment.log().println(Json.write(result));
        return result;
    }

    /** The seed's human lines, then one JSON line with everything, then the EMF lines. */
    private void report(BenchmarkResult result, Map<String, List<Double>> metrics) {
        var log = environment.log();
        for (StepResult step : result.steps()) {
            String label = step.step().humanLabel();
            double avg = step.calls() == 0 ? 0 : step.totalMs() / step.calls();
            log.println(label + " took: " + step.totalMs() + "ms");
            log.println(label + " avg took: " + LatencyStatistics.round(avg) + "ms");
        }
        log.println(Json.write(result));
        EmfWriter.lines(result.variant().id(), metrics, System.currentTimeMillis())
                .forEach(log::println);
    }
}
