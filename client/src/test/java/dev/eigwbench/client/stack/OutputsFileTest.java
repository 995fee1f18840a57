package dev.eigwbench.client.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.client.ClientException;
import dev.eigwbench.client.ErrorTranslator;
import dev.eigwbench.common.Variant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way the outputs file can be wrong is said in one whole line with the path and the fix. */
class OutputsFileTest {
    private static final String FIX = "write it with `npx cdk deploy --outputs-file ";
    private static final String COMPLETE = """
            {
              "Bench": {
                "VpcFunctionAliasArn": "arn:aws:lambda:eu-west-1:123456789012:function:Bench-vpc:live",
                "PublicFunctionAliasArn": "arn:aws:lambda:eu-west-1:123456789012:function:Bench-public:live"
              }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void read_whenFileMissing_saysItDoesNotExistAndHowToWriteIt() {
        String message = failure(dir.resolve("cdk-outputs.json"));
        assertTrue(
                message.startsWith("--outputs-file " + dir.resolve("cdk-outputs.json") + " does not exist"), message);
    }

    @Test
    void read_whenPathIsADirectory_saysItCannotBeRead() {
        String message = failure(dir);
        assertTrue(message.startsWith("--outputs-file " + dir + " cannot be read (it is a directory)"), message);
    }

    @Test
    void read_whenFileEmpty_saysItIsEmpty() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.json"), "\n");
        assertTrue(failure(file).startsWith("--outputs-file " + file + " is empty"), failure(file));
    }

    @Test
    void read_whenJsonTruncated_saysItIsCutOffInOneWholeSentence() throws IOException {
        Path file = Files.writeString(dir.resolve("cut.json"), COMPLETE.substring(0, COMPLETE.length() / 2));
        String message = failure(file);
        assertTrue(message.startsWith("--outputs-file " + file + " is cut off: its JSON ends at line "), message);
        assertTrue(message.contains("before it is complete"), message);
    }

    @Test
    void read_whenNotJson_saysWhereTheJsonBreaks() throws IOException {
        Path file = Files.writeString(dir.resolve("text.json"), "VpcFunctionAliasArn = arn:aws:lambda:...\n");
        String message = failure(file);
        assertTrue(
                message.startsWith("--outputs-file " + file + " is not JSON (unexpected content at line 1,"), message);
    }

    @Test
    void read_whenJsonButNotAnObject_saysWhatItShouldBe() throws IOException {
        Path file = Files.writeString(dir.resolve("list.json"), "[1, 2]");
        assertTrue(failure(file).startsWith("--outputs-file " + file + " is not a JSON object of stacks"));
    }

    @Test
    void read_whenNoStackHasOurOutputs_saysWhichStacksItHas() throws IOException {
        Path file = Files.writeString(dir.resolve("other.json"), "{\"OtherStack\": {\"Url\": \"https://x\"}}");
        String message = failure(file);
        assertTrue(
                message.contains("has no stack with the outputs VpcFunctionAliasArn and PublicFunctionAliasArn"
                        + " (it has [OtherStack])"),
                message);
        assertTrue(message.contains("npx cdk deploy --outputs-file " + file), message);
    }

    @Test
    void region_whenOutputsNameAliasArns_isTheirRegion() throws IOException {
        Path file = Files.writeString(dir.resolve("ok.json"), COMPLETE);
        var targets = FunctionTargets.fromOutputs(OutputsFile.read(file, null).outputs(), "file");
        assertEquals("eu-west-1", targets.region().orElseThrow());
    }

    @Test
    void region_whenFunctionsInTwoRegions_failsNamingBoth() {
        var targets = new FunctionTargets(
                FunctionTarget.parse(
                        Variant.VPC, "arn:aws:lambda:eu-west-1:123456789012:function:a:live", "--vpc-function"),
                FunctionTarget.parse(
                        Variant.PUBLIC, "arn:aws:lambda:us-east-1:123456789012:function:b", "--public-function"),
                "the options");
        var e = assertThrows(ClientException.class, targets::region);
        assertTrue(e.getMessage().contains("vpc: eu-west-1, public: us-east-1"), e.getMessage());
    }

    @Test
    void region_whenPlainNames_isEmpty() {
        var targets = new FunctionTargets(
                FunctionTarget.parse(Variant.VPC, "a", "--vpc-function"),
                FunctionTarget.parse(Variant.PUBLIC, "b", "--public-function"),
                "the options");
        assertTrue(targets.region().isEmpty());
    }

    /** The line the user sees: one whole line, naming the path and the fix. */
    private static String failure(Path file) {
        var e = assertThrows(ClientException.class, () -> OutputsFile.read(file, null));
        String shown = ErrorTranslator.translate(e, null, 1);
        assertEquals(e.getMessage(), shown, "printed whole, not cut at a line break");
        assertFalse(shown.contains("\n"), shown);
        assertTrue(shown.contains(file.toString()), shown);
        assertTrue(shown.contains(FIX) || shown.contains("npx cdk deploy --outputs-file"), shown);
        return shown;
    }
}
