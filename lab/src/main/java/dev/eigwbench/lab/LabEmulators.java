package dev.eigwbench.lab;

import dev.eigwbench.common.RepositoryRoot;
import dev.eigwbench.lab.host.EmulatorProcess;
import dev.eigwbench.lab.net.NetworkLab;
import dev.eigwbench.lab.net.Role;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

/** The emulators' JVM for a run: in the services namespace, or on loopback when nothing is simulated. */
final class LabEmulators {
    static final String EMULATORS_MAIN = "dev.eigwbench.emulators.EmulatorsMain";
    private static final Duration EMULATORS_TIMEOUT = Duration.ofSeconds(120);

    private LabEmulators() {}

    /** Starts the emulators (the lab's own classpath) and waits until they report their URLs. */
    static EmulatorProcess start(NetworkLab network, RepoLayout layout, Path log) {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(
                java,
                "-XX:+UseSerialGC",
                "-Deigw.lab.emulators=true",
                "-cp",
                absoluteClasspath(System.getProperty("java.class.path")),
                EMULATORS_MAIN));
        command.addAll(EmulatorArguments.forLab(
                network == null ? null : network.plan(),
                layout.root(),
                LocalDeployment.TABLE,
                LocalDeployment.QUEUE,
                LocalDeployment.BUCKET));
        var argv = network == null ? command : network.plan().inNamespace(Role.SERVICES, command);
        var env = new LinkedHashMap<String, String>();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put(RepositoryRoot.ENVIRONMENT, layout.root().toString());
        env.put("LANG", "C.UTF-8");
        return EmulatorProcess.start(argv, env, log, EMULATORS_TIMEOUT);
    }

    /** The emulators JVM starts in another directory view (its namespace), so relative entries are resolved now. */
    static String absoluteClasspath(String classpath) {
        return Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
