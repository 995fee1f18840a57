package dev.eigwbench.lab;

import dev.eigwbench.lab.net.LabService;
import dev.eigwbench.lab.net.TopologyPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code EmulatorsMain}'s command line for a lab run. */
final class EmulatorArguments {
    private EmulatorArguments() {}

    /**
     * In the services namespace every emulator listens on every service address, on its fixed port (the namespace
     * is the run's own); on loopback they take free ports, since other programs share the machine's loopback.
     */
    static List<String> forLab(TopologyPlan plan, Path repositoryRoot, String table, String queue, String bucket) {
        var args = new ArrayList<String>();
        args.add("--bind");
        if (plan == null) {
            args.add("127.0.0.1,::1");
        } else {
            var addresses = new ArrayList<String>();
            for (var service : LabService.values()) {
                addresses.add(plan.ipv4(service));
            }
            for (var service : LabService.values()) {
                addresses.add(plan.ipv6(service));
            }
            args.add(String.join(",", addresses));
            args.addAll(List.of(
                    "--dynamodb-port", Integer.toString(LabService.DYNAMODB.port()),
                    "--sqs-port", Integer.toString(LabService.SQS.port()),
                    "--s3-port", Integer.toString(LabService.S3.port()),
                    "--http-port", Integer.toString(LabService.HTTP.port())));
        }
        args.addAll(List.of(
                "--table", table,
                "--queue", queue,
                "--bucket", bucket,
                "--region", LocalDeployment.REGION,
                "--root", repositoryRoot.toString()));
        return args;
    }
}
