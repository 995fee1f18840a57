package dev.eigwbench.infra.github;

import dev.eigwbench.infra.ConfigurationException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Who may deploy from GitHub Actions, read once from CDK context: the repository and branch whose workflow runs may
 * assume the deploy role, whether the account's GitHub OIDC provider is created here or already exists, and the CDK
 * bootstrap qualifier whose roles the deploy role may assume. The GitHub stack exists only when {@value
 * #KEY_REPOSITORY} is given, so plain {@code cdk synth} and {@code cdk deploy} see the benchmark stack alone.
 *
 * @param repository {@code owner/repo}, exactly as GitHub spells it (IAM compares the token's subject case-sensitively)
 * @param branch the one branch whose runs may deploy, without {@code refs/heads/}
 * @param provider whether this stack creates the account's GitHub OIDC provider or imports the existing one
 * @param bootstrapQualifier the qualifier {@code cdk bootstrap} used ({@code hnb659fds} unless customised)
 */
public record GitHubDeployAccess(
        String repository, String branch, OidcProviderMode provider, String bootstrapQualifier) {

    public static final String KEY_REPOSITORY = "githubRepository";
    public static final String KEY_BRANCH = "githubBranch";
    public static final String KEY_OIDC_PROVIDER = "githubOidcProvider";
    /** CDK's own key for a customised bootstrap qualifier; read, not redefined, so both always agree. */
    public static final String KEY_BOOTSTRAP_QUALIFIER = "@aws-cdk/core:bootstrapQualifier";

    public static final String DEFAULT_BRANCH = "main";
    public static final String DEFAULT_BOOTSTRAP_QUALIFIER = "hnb659fds";

    // GitHub: owners are letters, digits and single hyphens (<= 39); repositories letters, digits, '.', '_', '-'.
    private static final Pattern REPOSITORY =
            Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}");
    // A plain branch name: no wildcard or other character IAM or git would treat specially.
    private static final Pattern BRANCH = Pattern.compile("[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*");
    private static final Pattern QUALIFIER = Pattern.compile("[A-Za-z0-9]{1,10}");

    public GitHubDeployAccess {
        if (repository == null
                || !REPOSITORY.matcher(repository).matches()
                || repository.endsWith("/.")
                || repository.endsWith("/..")) {
            throw invalid(
                    KEY_REPOSITORY,
                    repository,
                    "owner/repo of the GitHub repository (no wildcards)",
                    "octo/eigw-bench");
        }
        if (branch == null
                || !BRANCH.matcher(branch).matches()
                || branch.contains("..")
                || branch.startsWith("refs/")
                || branch.endsWith(".lock")) {
            throw invalid(
                    KEY_BRANCH, branch, "one branch name without refs/heads/ and without wildcards", DEFAULT_BRANCH);
        }
        if (provider == null) {
            throw invalid(KEY_OIDC_PROVIDER, null, "create or import", "create");
        }
        if (bootstrapQualifier == null || !QUALIFIER.matcher(bootstrapQualifier).matches()) {
            throw invalid(
                    KEY_BOOTSTRAP_QUALIFIER,
                    bootstrapQualifier,
                    "the cdk bootstrap qualifier (1-10 letters or digits)",
                    DEFAULT_BOOTSTRAP_QUALIFIER);
        }
    }

    /** Whether the account's OIDC provider for GitHub Actions is created by this stack or already exists. */
    public enum OidcProviderMode {
        /** The account has none yet: this stack creates it (and deletes it with the stack). */
        CREATE,
        /** The account already has one (an account holds at most one per URL): this stack only references it. */
        IMPORT
    }

    /**
     * The settings from {@code context} (e.g. {@code app.getNode()::tryGetContext}), or empty when {@value
     * #KEY_REPOSITORY} is absent. Values may be strings ({@code -c key=value}) or JSON values from cdk.json.
     */
    public static Optional<GitHubDeployAccess> fromContext(Function<String, Object> context) {
        Object repository = context.apply(KEY_REPOSITORY);
        if (repository == null) {
            return Optional.empty();
        }
        return Optional.of(new GitHubDeployAccess(
                text(KEY_REPOSITORY, repository),
                textOr(context, KEY_BRANCH, DEFAULT_BRANCH),
                providerMode(context.apply(KEY_OIDC_PROVIDER)),
                textOr(context, KEY_BOOTSTRAP_QUALIFIER, DEFAULT_BOOTSTRAP_QUALIFIER)));
    }

    /** The OIDC token's {@code sub} claim for a workflow run on {@link #branch} that names no environment. */
    public String subject() {
        return "repo:" + repository + ":ref:refs/heads/" + branch;
    }

    private static OidcProviderMode providerMode(Object value) {
        if (value == null) {
            return OidcProviderMode.CREATE;
        }
        String mode = text(KEY_OIDC_PROVIDER, value).toUpperCase(Locale.ROOT);
        try {
            return OidcProviderMode.valueOf(mode);
        } catch (IllegalArgumentException e) {
            throw invalid(
                    KEY_OIDC_PROVIDER,
                    value,
                    "create (the account has no GitHub OIDC provider yet) or import (it has one)",
                    "import");
        }
    }

    private static String textOr(Function<String, Object> context, String key, String defaultValue) {
        Object value = context.apply(key);
        return value == null ? defaultValue : text(key, value);
    }

    private static String text(String key, Object value) {
        if (!(value instanceof String s)) {
            throw invalid(key, value, "a string", "");
        }
        return s.strip();
    }

    private static ConfigurationException invalid(String key, Object value, String expected, String example) {
        return new ConfigurationException("Invalid CDK context '" + key + "': expected " + expected + ", got '" + value
                + "'. Pass it as -c " + key + "=" + example + " (see .github/SETUP.md).");
    }
}
