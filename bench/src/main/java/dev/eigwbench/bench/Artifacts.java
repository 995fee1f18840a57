package dev.eigwbench.bench;

import dev.eigwbench.common.FunctionSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * What is measured: the handler's jar and zip (snapshotted, so a rebuild of the handler module during the benchmark
 * cannot change what is measured), the probe's directory and the client harness jars.
 */
record Artifacts(Path handlerJar, Path handlerZip, Path probeDir, Map<String, Path> clientJars) {
    static final List<String> CLIENTS = List.of("apache5", "url-connection", "crt");

    /** Finds every artifact under {@code root} (failing with how to build one that is missing); snapshots the handler's. */
    static Artifacts locate(Path root, Path out) throws IOException {
        Path handlerJar = snapshot(required(root, "handler/target/eigw-bench-handler.jar"), out);
        Path handlerZip = snapshot(required(root, FunctionSettings.DEPLOYMENT_PACKAGE), out);
        required(root, "bench/target/probe/aws-lambda-java-core.jar");
        Map<String, Path> clientJars = new LinkedHashMap<>();
        for (String client : CLIENTS) {
            clientJars.put(client, required(root, "bench/target/client-jars/bench-client-" + client + ".jar"));
        }
        return new Artifacts(handlerJar, handlerZip, root.resolve("bench/target/probe"), clientJars);
    }

    /** The sizes table's rows, in bytes. */
    Map<String, Long> sizes() throws IOException {
        var sizes = new LinkedHashMap<String, Long>();
        sizes.put("handler jar (deployable)", Files.size(handlerJar));
        sizes.put("handler zip (deployment package)", Files.size(handlerZip));
        for (var jar : clientJars.entrySet()) {
            sizes.put("minimal-" + jar.getKey() + " jar", Files.size(jar.getValue()));
        }
        return sizes;
    }

    private static Path required(Path root, String relative) {
        Path path = root.resolve(relative);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(relative + " is missing: run bin/bench (it builds it) or"
                    + " mvn -B -q -pl handler,bench -am package -Pclient-jars -DskipTests");
        }
        return path;
    }

    private static Path snapshot(Path artifact, Path out) throws IOException {
        Path copy = out.resolve("artifacts").resolve(artifact.getFileName());
        Files.createDirectories(copy.getParent());
        Files.copy(artifact, copy, StandardCopyOption.REPLACE_EXISTING);
        if (copy.toString().endsWith(".jar")) {
            try (var jar = new ZipFile(copy.toFile())) {
                if (jar.getEntry(BenchMain.HANDLER_CLASS.replace('.', '/') + ".class") == null
                        || jar.getEntry("software/amazon/awssdk/http/SdkHttpClient.class") == null) {
                    throw new IllegalStateException(artifact + " is not the shaded handler jar"
                            + " (is the handler module being rebuilt? run bin/bench again when it is done)");
                }
            } catch (ZipException e) {
                throw new IllegalStateException(
                        artifact + " is not a complete jar (being rebuilt?): " + e.getMessage());
            }
        }
        return copy;
    }
}
