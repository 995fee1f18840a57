package dev.eigwbench.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "Deploy, compare, destroy" block works from a fresh clone as written: every jar it runs is built by a
 * Maven command earlier in the same block (`cdk deploy` builds only the handler, through the app command).
 */
class ReadmeDeployBlockTest {
    private static final String SECTION = "## Deploy, compare, destroy";
    private static final Pattern JAR = Pattern.compile("\\bjava\\s+(?:-\\S+\\s+)*-jar\\s+(\\S+)");
    private static final Pattern ARTIFACT = Pattern.compile("([A-Za-z0-9_.-]+)/target/([A-Za-z0-9_.-]+)\\.jar");
    private static final List<String> PACKAGING_PHASES = List.of("package", "verify", "install");

    @Test
    void deployBlock_everyJarItRuns_isBuiltEarlierInTheBlock() {
        List<String> lines = deployBlock(RepositoryFiles.read("README.md"));
        int jars = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher jar = JAR.matcher(lines.get(i));
            if (!jar.find()) {
                continue;
            }
            jars++;
            String path = jar.group(1);
            Matcher artifact = ARTIFACT.matcher(path);
            assertTrue(artifact.matches(), "a module's target/*.jar: " + path);
            String module = artifact.group(1);
            assertEquals(
                    artifact.group(2),
                    finalName(module),
                    path + " is the name " + module + "/pom.xml gives its jar (<finalName>)");
            var builds = lines.subList(0, i).stream()
                    .filter(line -> buildsModule(line, module))
                    .toList();
            assertFalse(builds.isEmpty(), "a line before `" + lines.get(i) + "` builds " + module + ": " + lines);
        }
        assertTrue(jars > 0, "the deploy block runs the compare client: " + lines);
    }

    @Test
    void buildsModule_forMavenCommands_needsThePackagePhaseAndTheModuleWithItsDependencies() {
        assertTrue(buildsModule("mvn -B -q -pl client -am package -DskipTests", "client"));
        assertTrue(buildsModule("mvn -B verify", "client"));
        assertTrue(buildsModule("mvn -pl infra,client -am package", "client"));
        assertFalse(buildsModule("mvn -B -q -pl client package", "client"), "without -am on a fresh clone");
        assertFalse(buildsModule("mvn -B -q -pl client -am compile", "client"), "compile makes no jar");
        assertFalse(buildsModule("mvn -B -q -pl handler -am package", "client"));
        assertFalse(buildsModule("npx cdk deploy --outputs-file cdk-outputs.json", "client"));
    }

    /** Whether {@code line} is a Maven build that leaves {@code module}'s jar in its target directory. */
    static boolean buildsModule(String line, String module) {
        List<String> words = Arrays.asList(line.strip().split("\\s+"));
        if (words.isEmpty() || !words.get(0).equals("mvn")) {
            return false;
        }
        if (words.stream().noneMatch(PACKAGING_PHASES::contains)) {
            return false;
        }
        int pl = words.indexOf("-pl");
        if (pl < 0) {
            return true; // the whole reactor
        }
        boolean listed = pl + 1 < words.size()
                && Arrays.asList(words.get(pl + 1).split(",")).contains(module);
        return listed && words.contains("-am");
    }

    /** The {@code <finalName>} in the module's pom (the build's or its packaging plugin's). */
    private static String finalName(String module) {
        Matcher name = Pattern.compile("<finalName>\\s*([^<\\s]+)\\s*</finalName>")
                .matcher(RepositoryFiles.read(module + "/pom.xml"));
        assertTrue(name.find(), module + "/pom.xml names its jar with <finalName>");
        return name.group(1);
    }

    /** The section's first fenced block: its command lines without comments. */
    static List<String> deployBlock(String readme) {
        int section = readme.indexOf("\n" + SECTION + "\n");
        assertTrue(section >= 0, "README has the section " + SECTION);
        var lines = new ArrayList<String>();
        boolean inCode = false;
        for (String line : readme.substring(section + 1).lines().skip(1).toList()) {
            if (!inCode && line.startsWith("## ")) {
                break;
            }
            if (line.strip().startsWith("```")) {
                if (inCode) {
                    return lines;
                }
                inCode = true;
            } else if (inCode) {
                String command = line.replaceFirst("\\s+#.*$", "").strip();
                if (!command.isEmpty() && !command.startsWith("#")) {
                    lines.add(command);
                }
            }
        }
        throw new AssertionError("no fenced block in " + SECTION);
    }
}
