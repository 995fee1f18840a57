package dev.eigwbench.lab;

import dev.eigwbench.lab.api.LocalLambdaApi;
import java.util.List;
import java.util.Map;

/**
 * What a lab run started: the local Lambda API with both functions, the stack outputs naming them, and what the
 * report must say about how they ran.
 */
public record Served(
        LocalLambdaApi api,
        Map<String, String> outputs,
        boolean simulated,
        List<String> notes,
        Map<String, String> parameters) {}
