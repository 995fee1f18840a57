package dev.eigwbench.lab;

import dev.eigwbench.client.PriceOptions;
import dev.eigwbench.lab.net.NetworkLab;
import dev.eigwbench.report.BenchmarkReport;
import dev.eigwbench.report.ReportFiles;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One lab session: the {@link LocalDeployment}, then one use of it (the comparison, serving until stopped, or a
 * caller's own run), then everything removed, on success, failure and Ctrl-C alike ({@link Resources}).
 *
 * @param prices the compare client's price and traffic flags (its defaults when none were given)
 * @param progress where progress lines go (stderr on the command line)
 */
public record Lab(LabOptions options, PriceOptions prices, PrintStream progress) {
    public Lab(LabOptions options, PrintStream progress) {
        this(options, PriceFlags.parse(List.of()), progress);
    }

    /** What a run produced. {@code failed} is true when any invocation failed. */
    public record Outcome(BenchmarkReport report, ReportFiles files, String consoleReport) {
        public boolean failed() {
            return report.hasFailures();
        }
    }

    /** Runs the comparison: serve (in this process), then the compare client's code against the local API. */
    public Outcome run() {
        return Resources.withCleanup(options.outputDir(), resources -> {
            var served = deploy(resources, 0, null);
            progress.println("lab: local Lambda API at " + served.api().endpoint() + "; comparing through it");
            return LabComparison.run(served, options, prices, progress);
        });
    }

    /**
     * {@code bin/lab serve}: starts everything, writes {@code cdk-outputs.json} and {@code endpoint} into
     * {@code dir}, hands the endpoint to {@code ready}, then serves until the JVM is told to stop (SIGINT, SIGTERM),
     * when everything is removed.
     */
    public void serve(Path dir, int port, Consumer<URI> ready) {
        Resources.withCleanup(options.outputDir(), resources -> {
            ServeFiles.removeOld(dir); // a waiting client must not read the previous run's endpoint
            var served = deploy(resources, port, null);
            var files = ServeFiles.write(dir, served.outputs(), served.api().endpoint());
            served.notes().forEach(note -> progress.println("lab: " + note));
            progress.println("lab: local Lambda API (signatures are not checked) at "
                    + served.api().endpoint());
            progress.println("lab: wrote " + files.outputs() + " and " + files.endpoint() + "; compare with:");
            progress.println("  java -jar client/target/eigw-bench-client.jar compare --outputs-file "
                    + files.outputs() + " --endpoint-url " + served.api().endpoint()
                    + " --cold-starts 1 --invocations 2 --out reports");
            progress.println("lab: serving until SIGINT/SIGTERM (Ctrl-C)");
            progress.flush();
            ready.accept(served.api().endpoint());
            try {
                new CountDownLatch(1).await(); // the shutdown hook removes everything
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
    }

    /**
     * Starts what {@code serve} starts, with {@code extras} applied to the simulated networks once they are built
     * (closed with them; not called on loopback), hands it to {@code body}, and removes everything on return: for
     * runs other than the comparison that go through the local Lambda API (the readiness check).
     */
    public <T> T serveFor(Function<NetworkLab, AutoCloseable> extras, Function<Served, T> body) {
        return Resources.withCleanup(options.outputDir(), resources -> body.apply(deploy(resources, 0, extras)));
    }

    private Served deploy(Resources resources, int port, Function<NetworkLab, AutoCloseable> extras) {
        return new LocalDeployment(options, progress).start(resources, port, extras);
    }
}
