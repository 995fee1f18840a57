package dev.eigwbench.lab;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a run has started, closed in reverse order exactly once: from the run's own {@code finally} or from the
 * shutdown hook when the user presses Ctrl-C, whichever comes first.
 */
final class Resources {
    private final Deque<AutoCloseable> stack = new ArrayDeque<>();
    private boolean closed;

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
