package dev.eigwbench.infra.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.infra.ConfigurationException;
import dev.eigwbench.infra.github.GitHubDeployAccess.OidcProviderMode;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GitHubDeployAccessTest {

    private static Optional<GitHubDeployAccess> read(Map<String, Object> context) {
        return GitHubDeployAccess.fromContext(context::get);
    }

    @Test
    void fromContext_whenRepositoryAbsent_isEmpty() {
        assertTrue(read(Map.of(GitHubDeployAccess.KEY_BRANCH, "main")).isEmpty());
    }

    @Test
    void fromContext_whenOnlyRepositoryGiven_usesDefaults() {
        var access = read(Map.of("githubRepository", "octo/eigw-bench")).orElseThrow();
        assertEquals(new GitHubDeployAccess("octo/eigw-bench", "main", OidcProviderMode.CREATE, "hnb659fds"), access);
        assertEquals("repo:octo/eigw-bench:ref:refs/heads/main", access.subject());
    }

    @Test
    void fromContext_whenEverythingGiven_readsEveryKey() {
        var access = read(Map.of(
                        "githubRepository", "octo/eigw-bench",
                        "githubBranch", "release/1.x",
                        "githubOidcProvider", "import",
                        "@aws-cdk/core:bootstrapQualifier", "team42"))
                .orElseThrow();
        assertEquals(
                new GitHubDeployAccess("octo/eigw-bench", "release/1.x", OidcProviderMode.IMPORT, "team42"), access);
    }

    @ParameterizedTest
    @ValueSource(strings = {"octo", "octo/*", "*/eigw-bench", "octo/eigw bench", "octo/eigw-bench/extra", "octo/.."})
    void fromContext_whenRepositoryInvalid_namesTheKey(String repository) {
        var e = assertThrows(ConfigurationException.class, () -> read(Map.of("githubRepository", repository)));
        assertTrue(e.getMessage().contains("'githubRepository'"), e.getMessage());
        assertTrue(e.getMessage().contains("-c githubRepository="), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "feature/*", "main?", "refs/heads/main", "a..b", "", "-x y"})
    void fromContext_whenBranchInvalid_namesTheKey(String branch) {
        var e = assertThrows(
                ConfigurationException.class,
                () -> read(Map.of("githubRepository", "octo/eigw-bench", "githubBranch", branch)));
        assertTrue(e.getMessage().contains("'githubBranch'"), e.getMessage());
    }

    @Test
    void fromContext_whenProviderModeUnknown_namesTheKeyAndChoices() {
        var e = assertThrows(
                ConfigurationException.class,
                () -> read(Map.of("githubRepository", "octo/eigw-bench", "githubOidcProvider", "reuse")));
        assertTrue(e.getMessage().contains("'githubOidcProvider'"), e.getMessage());
        assertTrue(e.getMessage().contains("create") && e.getMessage().contains("import"), e.getMessage());
    }

    @Test
    void fromContext_whenQualifierInvalid_namesCdksKey() {
        var e = assertThrows(
                ConfigurationException.class,
                () -> read(Map.of(
                        "githubRepository", "octo/eigw-bench", "@aws-cdk/core:bootstrapQualifier", "far-too-long-1")));
        assertTrue(e.getMessage().contains("'@aws-cdk/core:bootstrapQualifier'"), e.getMessage());
    }

    @Test
    void fromContext_whenRepositoryNotText_namesTheKey() {
        var e = assertThrows(ConfigurationException.class, () -> read(Map.of("githubRepository", 42)));
        assertTrue(e.getMessage().contains("'githubRepository'"), e.getMessage());
    }
}
