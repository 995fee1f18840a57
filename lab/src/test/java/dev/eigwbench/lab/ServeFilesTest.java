package dev.eigwbench.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.eigwbench.client.stack.FunctionTargets;
import dev.eigwbench.client.stack.OutputsFile;
import dev.eigwbench.common.StackOutputs;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeFilesTest {
    @TempDir
    Path dir;

    @Test
    void write_always_writesCdksOutputsFileThatTheClientReads() throws Exception {
        var outputs = new LinkedHashMap<String, String>();
        outputs.put(StackOutputs.VPC_FUNCTION_ALIAS_ARN, "arn:aws:lambda:us-east-1:000000000000:function:v:live");
        outputs.put(StackOutputs.PUBLIC_FUNCTION_ALIAS_ARN, "arn:aws:lambda:us-east-1:000000000000:function:p:live");

        var files = ServeFiles.write(dir.resolve("out"), outputs, URI.create("http://127.0.0.1:4000"));

        // JSON.stringify(outputs, null, 2) plus a final newline: what `cdk deploy --outputs-file` writes.
        assertEquals(
                "{\n  \"EgressOnlyInternetGatewayTest\": {\n"
                        + "    \"VpcFunctionAliasArn\": \"arn:aws:lambda:us-east-1:000000000000:function:v:live\",\n"
                        + "    \"PublicFunctionAliasArn\": \"arn:aws:lambda:us-east-1:000000000000:function:p:live\"\n"
                        + "  }\n}\n",
                Files.readString(files.outputs()));
        assertEquals("http://127.0.0.1:4000\n", Files.readString(files.endpoint()));
        var read = OutputsFile.read(files.outputs(), null);
        var targets = FunctionTargets.fromOutputs(read.outputs(), "test");
        assertEquals("live", targets.vpc().qualifier());
    }

    @Test
    void removeOld_whenPreviousRunLeftAnEndpoint_deletesIt() throws Exception {
        Files.writeString(dir.resolve(ServeFiles.ENDPOINT_FILE), "http://127.0.0.1:1\n");
        ServeFiles.removeOld(dir);
        assertFalse(Files.exists(dir.resolve(ServeFiles.ENDPOINT_FILE)));
    }
}
