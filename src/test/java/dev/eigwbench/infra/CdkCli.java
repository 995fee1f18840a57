package dev.eigwbench.infra;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pinned `cdk` CLI (and Node) from the repository's node_modules, run in a project directory as a user runs it,
 * but offline: no AWS configuration or credentials, instance metadata off, no notices, telemetry or version checks.
 */
final class CdkCli {
    /** Bounded, yet long enough for a first synth that builds the handler on a busy machine. */
    static final Duration TIMEOUT = Duration.ofMinutes(10);

    private static final Path REPOSITORY = SynthesizedStack.ROOT.path();

    private final Path project;
    private final Map<String, String> environment;

    /** {@code scratch} holds the empty AWS configuration files the CLI is pointed at. */
    CdkCli(Path project, Path scratch) {
        this.project = project;
        this.environment = offlineEnvironment(project, scratch.resolve("no-aws-config"));
    }

    CommandLine run(List<String> arguments) throws IOException, InterruptedException {
        return CommandLine.run(command(arguments), project, environment, TIMEOUT);
    }

    CommandLine.Streams runSeparately(List<String> arguments) throws IOException, InterruptedException {
        return CommandLine.runSeparately(command(arguments), project, environment, TIMEOUT);
    }

    private static List<String> command(List<String> arguments) {
        var command = new ArrayList<String>();
        command.add(REPOSITORY.resolve("node_modules/.bin/cdk").toString());
        command.addAll(arguments);
        command.addAll(List.of("--no-notices", "--no-version-reporting"));
        return command;
    }

    /** This JVM's environment without AWS or CDK settings, the project as the app's root, the pinned Node first. */
    private static Map<String, String> offlineEnvironment(Path project, Path nowhere) {
        var environment = new HashMap<>(System.getenv());
        environment.keySet().removeIf(key -> key.startsWith("AWS_") || key.startsWith("CDK_"));
        environment.put("AWS_CONFIG_FILE", nowhere.toString());
        environment.put("AWS_SHARED_CREDENTIALS_FILE", nowhere.toString());
        environment.put("AWS_EC2_METADATA_DISABLED", "true");
        environment.put("CDK_DISABLE_CLI_TELEMETRY", "true");
        environment.put("CDK_DISABLE_VERSION_CHECK", "1");
        environment.put(ProjectRoot.ENV_VARIABLE, project.toString());
        environment.put(
                "PATH",
                REPOSITORY.resolve("node_modules/.bin") + File.pathSeparator + environment.getOrDefault("PATH", ""));
        return environment;
    }
}
