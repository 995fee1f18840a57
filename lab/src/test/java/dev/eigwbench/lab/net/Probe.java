package dev.eigwbench.lab.net;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Test helper run inside a function namespace. Arguments: a connect timeout in ms, then targets
 * {@code connect,<label>,<address>,<port>} or {@code resolve,<name>}. Prints one line per target:
 * {@code <label> connected|timeout|error <ms>} or {@code <name> resolved <addresses in JVM order>}.
 */
public final class Probe {
    private Probe() {}

    public static void main(String[] args) throws Exception {
        int timeoutMs = Integer.parseInt(args[0]);
        var pool = Executors.newCachedThreadPool();
        var futures = Arrays.stream(args, 1, args.length)
                .map(target -> pool.submit(() -> probe(target.split(","), timeoutMs)))
                .toList();
        for (var f : futures) {
            System.out.println(f.get());
        }
        pool.shutdown();
    }

    private static String probe(String[] target, int timeoutMs) {
        if (target[0].equals("resolve")) {
            try {
                return target[1] + " resolved "
                        + Arrays.stream(InetAddress.getAllByName(target[1]))
                                .map(InetAddress::getHostAddress)
                                .collect(Collectors.joining(","));
            } catch (Exception e) {
                return target[1] + " resolved none";
            }
        }
        long start = System.nanoTime();
        String outcome;
        try (var socket = new Socket()) {
            socket.connect(
                    new InetSocketAddress(InetAddress.getByName(target[2]), Integer.parseInt(target[3])), timeoutMs);
            outcome = "connected";
        } catch (SocketTimeoutException e) {
            outcome = "timeout";
        } catch (Exception e) {
            outcome = "error";
        }
        return target[1] + " " + outcome + " " + (System.nanoTime() - start) / 1_000_000;
    }
}
