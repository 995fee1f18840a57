package dev.eigwbench.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** cdk.json and the poms agree with what the app command (scripts/cdk-app) builds and hashes. */
class SynthBuildConfigTest {
    private static final Path ROOT = SynthesizedStack.ROOT.path();
    private static final List<String> SYNTH_MODULES =
            List.of("pom.xml", "common/pom.xml", "handler/pom.xml", "infra/pom.xml");

    @Test
    void watch_whenTheAppsInputsChange_seesEveryOne() throws IOException, InterruptedException {
        JsonNode watch = cdkJson().get("watch");
        List<PathMatcher> include = matchers(watch.get("include"));
        List<PathMatcher> exclude = matchers(watch.get("exclude"));
        for (String input : appInputs()) {
            Path path = Path.of(input);
            assertTrue(include.stream().anyMatch(m -> m.matches(path)), input + " is not in cdk.json's watch.include");
            assertFalse(exclude.stream().anyMatch(m -> m.matches(path)), input + " is in cdk.json's watch.exclude");
        }
    }

    @Test
    void watch_whenTheBuildWritesTargets_ignoresThem() throws IOException {
        List<PathMatcher> exclude = matchers(cdkJson().get("watch").get("exclude"));
        for (String output : List.of("handler/target/eigw-bench-handler.zip", "infra/target/classes/A.class")) {
            assertTrue(exclude.stream().anyMatch(m -> m.matches(Path.of(output))), output + " would retrigger watch");
        }
    }

    @Test
    void appCommand_whenCdkRunsIt_isTheLauncherScript() throws IOException {
        assertEquals("scripts/cdk-app", cdkJson().get("app").asText());
    }

    /** A synth builds with -Deigw.synth; test-only dependencies must sit where that switch turns them off. */
    @Test
    void poms_whenBuiltForSynth_declareNoTestScopedDependency() throws Exception {
        for (String pom : SYNTH_MODULES) {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element project = factory.newDocumentBuilder()
                    .parse(ROOT.resolve(pom).toFile())
                    .getDocumentElement();
            NodeList dependencies = project.getElementsByTagName("dependency");
            for (int i = 0; i < dependencies.getLength(); i++) {
                Element dependency = (Element) dependencies.item(i);
                if ("test".equals(child(dependency, "scope"))
                        && !inProfileOffForSynth(dependency)
                        && !isManagedVersion(dependency)) {
                    throw new AssertionError(pom + ": test-scoped " + child(dependency, "artifactId")
                            + " outside a profile activated by !eigw.synth (a synth would resolve it)");
                }
            }
        }
    }

    private static boolean isManagedVersion(Element dependency) {
        return "dependencies".equals(dependency.getParentNode().getNodeName())
                && "dependencyManagement"
                        .equals(dependency.getParentNode().getParentNode().getNodeName());
    }

    private static boolean inProfileOffForSynth(Element dependency) {
        for (Node node = dependency.getParentNode(); node != null; node = node.getParentNode()) {
            if (node instanceof Element element && "profile".equals(element.getNodeName())) {
                NodeList names = element.getElementsByTagName("name");
                return names.getLength() == 1
                        && "!eigw.synth".equals(names.item(0).getTextContent().trim());
            }
        }
        return false;
    }

    private static String child(Element element, String name) {
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (name.equals(children.item(i).getNodeName())) {
                return children.item(i).getTextContent().trim();
            }
        }
        return null;
    }

    private static List<String> appInputs() throws IOException, InterruptedException {
        CommandLine listed = CommandLine.run(
                List.of(ROOT.resolve("scripts/cdk-app").toString(), "--inputs"),
                ROOT,
                System.getenv(),
                Duration.ofMinutes(1));
        assertEquals(0, listed.exitCode(), listed.output());
        List<String> inputs = listed.output().lines().toList();
        assertTrue(inputs.contains("handler/src/main/bin/prefer-ipv6-wrapper"), listed.output());
        return inputs;
    }

    private static List<PathMatcher> matchers(JsonNode globs) {
        var matchers = new ArrayList<PathMatcher>();
        globs.forEach(glob -> matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.asText())));
        return matchers;
    }

    private static JsonNode cdkJson() throws IOException {
        return new ObjectMapper().readTree(ROOT.resolve("cdk.json").toFile());
    }
}
