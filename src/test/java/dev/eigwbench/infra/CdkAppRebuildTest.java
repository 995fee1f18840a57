package dev.eigwbench.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eigwbench.common.FunctionSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app command's incremental build through the real `cdk synth`, in a copy of the project that holds exactly
 * what scripts/cdk-app names as its inputs (plus the module poms and cdk.json): so a build that needs a file the
 * script does not hash fails here. One story, in order: a clean build; an unchanged tree reuses the zip; a warm
 * rebuild packages the clean bytes; a changed string in the handler gives a new asset hash, and reverting it gives
 * the clean build's hash again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CdkAppRebuildTest {
    private static final Path REPOSITORY = SynthesizedStack.ROOT.path();
    private static final String STACK = BenchmarkConfig.DEFAULT_STACK_NAME;
    private static final String BUILD_MESSAGE = "cdk-app: sources changed";

    @TempDir
    static Path scratch;

    private static Path project;
    private static CdkCli cdk;
    private static Synth clean;
    private static int synths;

    /** One `cdk synth` of the copy: the handler package's asset hash, the zip's mtime, and whether Maven ran. */
    record Synth(String assetHash, FileTime zipModified, boolean built, String output) {}

    @BeforeAll
    static void cleanBuild() throws IOException, InterruptedException {
        project = Files.createDirectory(scratch.resolve("project"));
        copyInputs();
        cdk = new CdkCli(project, scratch);
        clean = synth();
    }

    @Test
    @Order(1)
    void synth_whenNoBuildYet_buildsTheAppAndNothingOnlyTestsUse() {
        assertTrue(clean.built(), clean.output());
        // The handler's emulators are a test-only dependency: a synth must not even build that module.
        assertFalse(Files.exists(project.resolve("emulators/target")), clean.output());
    }

    /** Content decides, not timestamps: a touched but unchanged source rebuilds nothing either. */
    @Test
    @Order(2)
    void synth_whenNothingChanged_reusesTheZipAndItsHash() throws IOException, InterruptedException {
        Files.setLastModifiedTime(handlerSource(), FileTime.from(Instant.now()));
        Synth again = synth();
        assertFalse(again.built(), again.output());
        assertEquals(clean.zipModified(), again.zipModified(), "the zip was written again");
        assertEquals(clean.assetHash(), again.assetHash());
    }

    /** A second Maven build over the first one's target/ (here: its record deleted) packages the same bytes. */
    @Test
    @Order(3)
    void synth_whenRebuiltOverThePreviousBuild_givesTheCleanHash() throws IOException, InterruptedException {
        Files.delete(project.resolve("infra/target/synth-app/build.sha256"));
        Synth rebuilt = synth();
        assertTrue(rebuilt.built(), rebuilt.output());
        assertEquals(clean.assetHash(), rebuilt.assetHash(), "a warm build differs from the clean one");
    }

    @Test
    @Order(4)
    void synth_whenAHandlerStringChangedThenReverted_givesANewHashThenTheCleanOne()
            throws IOException, InterruptedException {
        Path handlerClass = handlerSource();
        String original = Files.readString(handlerClass);
        Files.writeString(handlerClass, withExtraConstant(original));
        Synth changed = synth();
        Files.writeString(handlerClass, original);
        Synth reverted = synth();

        assertTrue(changed.built(), changed.output());
        assertNotEquals(clean.assetHash(), changed.assetHash());
        assertTrue(reverted.built(), reverted.output());
        assertEquals(clean.assetHash(), reverted.assetHash(), "an incremental build differs from the clean one");
    }

    private static Synth synth() throws IOException, InterruptedException {
        Path out = scratch.resolve("cdk.out-" + ++synths);
        CommandLine result = cdk.run(List.of("synth", "--quiet", "--output", out.toString()));
        assertEquals(0, result.exitCode(), result.output());
        return new Synth(
                handlerAssetHash(out),
                Files.getLastModifiedTime(project.resolve(FunctionSettings.DEPLOYMENT_PACKAGE)),
                result.output().contains(BUILD_MESSAGE),
                result.output());
    }

    /** The one zip among the stack's file assets: both functions publish the handler's deployment package. */
    private static String handlerAssetHash(Path out) throws IOException {
        JsonNode files = new ObjectMapper()
                .readTree(out.resolve(STACK + ".assets.json").toFile())
                .get("files");
        var zips = new ArrayList<String>();
        files.properties().forEach(asset -> {
            if (asset.getValue().path("source").path("path").asText().endsWith(".zip")) {
                zips.add(asset.getKey());
            }
        });
        assertEquals(1, zips.size(), files.toString());
        return zips.get(0);
    }

    /** A new string constant in the function's handler class (which the minimized jar keeps). */
    private static String withExtraConstant(String source) {
        String className = handlerSource().getFileName().toString().replace(".java", "");
        var lines = new ArrayList<>(source.lines().toList());
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("class " + className) && lines.get(i).endsWith("{")) {
                lines.add(i + 1, "    private static final String SYNTH_PROBE = \"changed\";");
                return String.join("\n", lines) + "\n";
            }
        }
        throw new AssertionError("no declaration of class " + className + " in " + handlerSource());
    }

    private static Path handlerSource() {
        String className = FunctionSettings.HANDLER.substring(0, FunctionSettings.HANDLER.indexOf("::"));
        return project.resolve("handler/src/main/java/" + className.replace('.', '/') + ".java");
    }

    /** The script's inputs, every module's pom (the parent lists them all) and cdk.json; no target/, no tests. */
    private static void copyInputs() throws IOException, InterruptedException {
        var inputs = new ArrayList<String>(List.of("cdk.json"));
        CommandLine listed = CommandLine.run(
                List.of(REPOSITORY.resolve("scripts/cdk-app").toString(), "--inputs"),
                REPOSITORY,
                System.getenv(),
                CdkCli.TIMEOUT);
        assertEquals(0, listed.exitCode(), listed.output());
        inputs.addAll(listed.output().lines().toList());
        try (Stream<Path> modules = Files.list(REPOSITORY)) {
            modules.filter(dir -> Files.isRegularFile(dir.resolve("pom.xml")))
                    .forEach(dir -> inputs.add(
                            REPOSITORY.relativize(dir.resolve("pom.xml")).toString()));
        }
        for (String input : inputs) {
            Path target = project.resolve(input);
            Files.createDirectories(target.getParent());
            Files.copy(
                    REPOSITORY.resolve(input),
                    target,
                    StandardCopyOption.COPY_ATTRIBUTES,
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
