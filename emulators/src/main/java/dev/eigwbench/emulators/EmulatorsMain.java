package dev.eigwbench.emulators;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Starts the emulators and prints one READY line (JSON) on stdout; runs until SIGTERM or stdin closes.
 *
 * <pre>
 * java -cp 'eigw-bench-emulators.jar:lib/*' dev.eigwbench.emulators.EmulatorsMain \
 *     --bind 198.18.0.1,fd00::1 [--table T] [--queue Q] [--bucket B] [--region R] [--root DIR]
 *     [--dynamodb-port N] [--sqs-port N] [--s3-port N] [--http-port N] [--stdin watch|ignore]
 * </pre>
 *
 * With {@code --stdin watch} (the default) the emulators stop when stdin closes, so a parent that dies takes them
 * along; give {@code --stdin ignore} when stdin is /dev/null and stop them with SIGTERM.
 *
 * Bad arguments print one line naming the option on stderr and exit 2.
 */
public final class EmulatorsMain {
    static final String USAGE = "usage: EmulatorsMain --bind ADDR[,ADDR...] [--table T] [--queue Q] [--bucket B]"
            + " [--region R] [--root DIR] [--dynamodb-port N] [--sqs-port N] [--s3-port N] [--http-port N]"
            + " [--stdin watch|ignore]";

    private EmulatorsMain() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options;
        EmulatorConfig config;
        Emulators.Ports ports;
        try {
            options = parse(args);
            config = config(options);
            ports = new Emulators.Ports(
                    port(options, "--dynamodb-port"),
                    port(options, "--sqs-port"),
                    port(options, "--s3-port"),
                    port(options, "--http-port"));
        } catch (IllegalArgumentException e) {
            System.err.println("EmulatorsMain: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        String stdin = options.getOrDefault("--stdin", "watch");
        if (!stdin.equals("watch") && !stdin.equals("ignore")) {
            System.err.println("EmulatorsMain: --stdin must be 'watch' or 'ignore', got '" + stdin + "'");
            System.exit(2);
            return;
        }
        Emulators emulators;
        try {
            emulators = Emulators.start(config, ports);
        } catch (RuntimeException e) {
            // One line, not a stack trace: the lab shows it as the reason its run could not start.
            System.err.println("EmulatorsMain: could not start the emulators on " + config.bindAddresses() + ": "
                    + e.getMessage());
            System.exit(1);
            return;
        }
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulators.close();
            stopped.countDown();
        }));
        System.out.println(JSON.std.asString(emulators.describe()));
        System.out.flush();
        if (stdin.equals("ignore")) {
            stopped.await();
            return;
        }
        waitForStdinClose(System.in);
        emulators.close();
        stopped.countDown();
        System.exit(0);
    }

    private static void waitForStdinClose(InputStream in) {
        try {
            while (in.read() >= 0) {
                // Input is ignored; only its end matters.
            }
        } catch (IOException e) {
            // Treated as closed.
        }
    }

    static Map<String, String> parse(String[] args) {
        var options = new LinkedHashMap<String, String>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected '--option value' pairs, got '" + name + "'");
            }
            options.put(name, args[++i]);
        }
        var known = List.of(
                "--bind",
                "--table",
                "--queue",
                "--bucket",
                "--region",
                "--root",
                "--dynamodb-port",
                "--sqs-port",
                "--s3-port",
                "--http-port",
                "--stdin");
        options.keySet().stream().filter(k -> !known.contains(k)).findFirst().ifPresent(k -> {
            throw new IllegalArgumentException("unknown option " + k + "; known: " + known);
        });
        return options;
    }

    static EmulatorConfig config(Map<String, String> options) {
        String bind = options.get("--bind");
        if (bind == null) {
            throw new IllegalArgumentException("--bind is required: one or more IP literals, e.g. 127.0.0.1,::1");
        }
        var addresses = new ArrayList<InetAddress>();
        for (String literal : bind.split(",")) {
            addresses.add(literal(literal.trim()));
        }
        var root = options.containsKey("--root") ? java.nio.file.Path.of(options.get("--root")) : RepositoryRoot.find();
        return new EmulatorConfig(
                addresses,
                options.getOrDefault("--table", "bench-table"),
                options.getOrDefault("--queue", "bench-queue"),
                options.getOrDefault("--bucket", "bench-bucket"),
                options.getOrDefault("--region", EmulatorConfig.DEFAULT_REGION),
                root);
    }

    private static InetAddress literal(String text) {
        String bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (!bare.matches("[0-9a-fA-F:.%]+") || !(bare.contains(".") || bare.contains(":"))) {
            throw new IllegalArgumentException("--bind takes IP literals, not names: '" + text + "'");
        }
        try {
            return InetAddress.getByName(bare);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind: '" + text + "' is not an IP address");
        }
    }

    private static int port(Map<String, String> options, String name) {
        String value = options.getOrDefault(name, "0");
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be 0 (any free port) or 1..65535, got '" + value + "'");
        }
    }
}
