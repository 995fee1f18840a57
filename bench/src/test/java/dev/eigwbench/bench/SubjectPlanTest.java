package dev.eigwbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubjectPlanTest {
    private static final Set<String> CLIENTS = new LinkedHashSet<>(List.of("apache5", "crt"));

    @Test
    void subjects_whenHandlerAndClients_primesTheHandlerAndRunsClientsOnTheMainJdkOnly() {
        var subjects = SubjectPlan.subjects(Set.of("handler", "clients"), jdks(), CLIENTS);
        assertEquals(
                List.of(
                        "handler@25",
                        "handler-primed@25",
                        "minimal-apache5@25",
                        "minimal-crt@25",
                        "handler@17",
                        "handler-primed@17"),
                subjects.stream().map(s -> s.id() + "@" + s.jdk()).toList());
        assertTrue(subjects.get(1).primed());
    }

    @Test
    void subjects_whenJvm_changesOneSettingPerSubject() {
        var subjects = SubjectPlan.subjects(Set.of("jvm"), Map.of("25", Path.of("java")), CLIENTS);
        assertEquals(
                List.of("handler", "jit-default", "c1-cds-off", "c1-g1", "c1-thresholds-0.5", "c1-thresholds-0.2"),
                subjects.stream().map(Subject::id).toList());
        assertEquals(
                JvmFlags.replace(JvmFlags.lambdaRuntime(), "-XX:+UseSerialGC", "-XX:+UseG1GC"),
                subjects.get(3).runtimeFlags());
    }

    private static Map<String, Path> jdks() {
        var jdks = new LinkedHashMap<String, Path>();
        jdks.put("25", Path.of("/jdk25/bin/java"));
        jdks.put("17", Path.of("/jdk17/bin/java"));
        return jdks;
    }
}
