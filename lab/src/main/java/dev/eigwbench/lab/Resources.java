package dev.eigwbench.lab;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Function;

/**
 * What a run has started, closed in reverse order exactly once: from the run's own {@code finally} or from the
 * shutdown hook when the user presses Ctrl-C, whichever comes first.
 */
final class Resources {
    private final Deque<AutoCloseable> stack = new ArrayDeque<>();
    private boolean closed;

    /**
     * Runs {@code body} with new resources, then closes them and hands {@code output} to the sudo user (see
     * {@link Ownership}): on return, on error, and from a shutdown hook on SIGINT or SIGTERM.
     */
    static <T> T withCleanup(Path output, Function<Resources, T> body) {
        var resources = new Resources();
        Runnable finish = () -> {
            resources.closeAll();
            Ownership.giveToSudoUser(output);
        };
        var hook = new Thread(finish, "lab-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return body.apply(resources);
        } finally {
            finish.run();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is already running
            }
        }
    }

    synchronized <T extends AutoCloseable> T add(T resource) {
        if (closed) {
            closeQuietly(resource);
            throw new LabException("the lab is shutting down");
        }
        stack.push(resource);
        return resource;
    }

    synchronized void closeAll() {
        closed = true;
        while (!stack.isEmpty()) {
            closeQuietly(stack.pop());
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            System.err.println("lab: cleanup step failed: " + e.getMessage());
        }
    }
}
