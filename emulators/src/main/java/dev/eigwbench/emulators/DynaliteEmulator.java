package dev.eigwbench.emulators;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * DynamoDB: dynalite (npm) run by the repository's pinned Node. A short script instead of dynalite's CLI: the CLI
 * cannot listen on port 0 or on more than one address, and tables must be ACTIVE at once (createTableMs 0).
 */
public final class DynaliteEmulator extends StartedEmulator {
    private static final String READY = "DYNALITE_READY ";
    private static final String SCRIPT = String.join(
            "\n",
            "const [modulePath, port, ...hosts] = process.argv.slice(1);",
            "const http = require('http');",
            "const first = require(modulePath)({createTableMs: 0, deleteTableMs: 0, updateTableMs: 0});",
            "const handler = first.listeners('request')[0];",
            "const fail = (e) => { console.error('dynalite: ' + e.message); process.exit(1); };",
            "first.on('error', fail);",
            "first.listen(Number(port), hosts[0], () => {",
            "  const p = first.address().port;",
            "  let pending = hosts.length - 1;",
            "  const done = () => console.log('" + READY + "' + p);",
            "  if (pending === 0) return done();",
            "  for (const h of hosts.slice(1)) {",
            "    const s = http.createServer(handler);",
            "    s.on('error', fail);",
            "    s.listen(p, h, () => { if (--pending === 0) done(); });",
            "  }",
            "});",
            "process.stdin.on('end', () => process.exit(0));",
            "process.stdin.resume();");

    private final Process process;

    private DynaliteEmulator(Process process, int port, List<InetAddress> addresses) {
        super("dynamodb", addresses, port);
        this.process = process;
    }

    public static DynaliteEmulator start(List<InetAddress> addresses, int port, Path repositoryRoot) {
        Path node = repositoryRoot.resolve("node_modules/.bin/node");
        Path module = repositoryRoot.resolve("node_modules/dynalite");
        if (!Files.isExecutable(node) || !Files.isDirectory(module)) {
            throw new IllegalStateException(
                    "dynalite needs " + node + " and " + module + ": run `npm ci` in " + repositoryRoot);
        }
        var command =
                new ArrayList<>(List.of(node.toString(), "-e", SCRIPT, module.toString(), Integer.toString(port)));
        addresses.forEach(a -> command.add(a.getHostAddress()));
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + node + ": " + e.getMessage(), e);
        }
        var ready = CompletableFuture.supplyAsync(() -> readPort(process));
        try {
            return new DynaliteEmulator(process, ready.get(30, TimeUnit.SECONDS), addresses);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted while starting dynalite", e);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("dynalite did not start on " + addresses + ": " + e.getMessage(), e);
        }
    }

    private static int readPort(Process process) {
        try {
            var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith(READY)) {
                    int port = Integer.parseInt(line.substring(READY.length()).trim());
                    // Keep draining so the child never blocks on a full pipe.
                    var drain = new Thread(() -> reader.lines().forEach(l -> {}), "dynalite-stdout");
                    drain.setDaemon(true);
                    drain.start();
                    return port;
                }
            }
            throw new IllegalStateException("dynalite exited with " + process.waitFor() + " before listening");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
