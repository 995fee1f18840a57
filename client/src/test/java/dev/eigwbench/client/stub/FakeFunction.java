package dev.eigwbench.client.stub;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** One fake function's mutable state, as Lambda would keep it. Guarded by the owning {@link FakeLambda}. */
public final class FakeFunction {
    final String name;
    final String variant;
    final double baseMs;
    final Map<String, String> environment = new LinkedHashMap<>();
    final Map<String, String> aliases = new HashMap<>();
    final Map<String, Integer> pendingVersionPolls = new HashMap<>();
    final Set<String> versions = new HashSet<>();
    final Set<String> warmVersions = new HashSet<>();
    String lastUpdateStatus = "Successful";
    int pendingUpdatePolls;
    int nextVersion = 2;
    int invocations;
    int throttleNext;
    int failNext;
    long delayNextMs;
    boolean failUpdates;
    boolean jsonLogs;
    java.util.function.Function<com.fasterxml.jackson.databind.JsonNode, String> responder;

    FakeFunction(String name, String variant, double baseMs) {
        this.name = name;
        this.variant = variant;
        this.baseMs = baseMs;
        versions.add("1");
        aliases.put("live", "1");
        environment.put("BENCH_VARIANT", variant);
    }

    public String arn() {
        return "arn:aws:lambda:us-east-1:123456789012:function:" + name;
    }

    public String aliasArn() {
        return arn() + ":live";
    }
}
