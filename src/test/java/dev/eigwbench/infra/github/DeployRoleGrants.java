package dev.eigwbench.infra.github;

import dev.eigwbench.common.FunctionSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What the deploy role's compare statement grants, read from synthesized templates (in-process or written by the
 * CLI) and checked the way IAM matches resources: ARNs with the pseudo parameters resolved to one sample account.
 */
public final class DeployRoleGrants {
    public static final String PARTITION = "aws";
    public static final String REGION = "eu-west-1";
    public static final String ACCOUNT = "123456789012";

    private DeployRoleGrants() {}

    /** The resources of the role's {@code RunBenchmarkFunctions} statement, as ARN patterns. */
    public static List<String> functionGrants(Map<String, Object> deployTemplate) {
        var found = new ArrayList<String>();
        for (Object resource : resources(deployTemplate, "AWS::IAM::Policy").values()) {
            var document = map(map(map(resource).get("Properties")).get("PolicyDocument"));
            for (Object statement : (List<?>) document.get("Statement")) {
                var s = map(statement);
                if ("RunBenchmarkFunctions".equals(s.get("Sid"))) {
                    Object value = s.get("Resource");
                    for (Object arn : value instanceof List<?> list ? list : List.of(value)) {
                        found.add(resolve(arn));
                    }
                }
            }
        }
        return found;
    }

    /**
     * The benchmark functions (those running the benchmark handler) by logical id, each with the name the template
     * gives it, or null when it gives none.
     */
    public static Map<String, String> benchmarkFunctions(Map<String, Object> benchmarkTemplate) {
        var found = new TreeMap<String, String>();
        resources(benchmarkTemplate, "AWS::Lambda::Function").forEach((id, resource) -> {
            var properties = map(map(resource).get("Properties"));
            if (FunctionSettings.HANDLER.equals(properties.get("Handler"))) {
                Object name = properties.get("FunctionName");
                found.put(id, name == null ? null : resolve(name));
            }
        });
        return found;
    }

    /** Logical ids of every Lambda function in the template, the benchmark's and CDK's own handlers alike. */
    public static List<String> allFunctionLogicalIds(Map<String, Object> template) {
        return List.copyOf(resources(template, "AWS::Lambda::Function").keySet());
    }

    /** A function's ARN, with {@code qualifier} (version or alias) when not null. */
    public static String functionArn(String name, String qualifier) {
        return "arn:" + PARTITION + ":lambda:" + REGION + ":" + ACCOUNT + ":function:" + name
                + (qualifier == null ? "" : ":" + qualifier);
    }

    /** IAM's resource matching: {@code *} any run of characters, {@code ?} any one, case-sensitive. */
    public static boolean grants(List<String> patterns, String arn) {
        return patterns.stream().anyMatch(pattern -> glob(pattern).matcher(arn).matches());
    }

    private static Pattern glob(String pattern) {
        var regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(
                    switch (c) {
                        case '*' -> ".*";
                        case '?' -> ".";
                        default -> Pattern.quote(String.valueOf(c));
                    });
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /** A literal, or an Fn::Join of literals and pseudo-parameter Refs, as CloudFormation would resolve it. */
    static String resolve(Object value) {
        if (value instanceof String s) {
            return s;
        }
        var m = map(value);
        if (m.get("Ref") instanceof String ref) {
            return switch (ref) {
                case "AWS::Partition" -> PARTITION;
                case "AWS::Region" -> REGION;
                case "AWS::AccountId" -> ACCOUNT;
                default -> throw new AssertionError("not a pseudo parameter: " + ref);
            };
        }
        if (m.get("Fn::Join") instanceof List<?> join) {
            return String.join(
                    join.get(0).toString(),
                    ((List<?>) join.get(1))
                            .stream().map(DeployRoleGrants::resolve).toList());
        }
        throw new AssertionError("cannot resolve " + value);
    }

    private static Map<String, Object> resources(Map<String, Object> template, String type) {
        var found = new TreeMap<String, Object>();
        map(template.get("Resources")).forEach((id, resource) -> {
            if (type.equals(map(resource).get("Type"))) {
                found.put(id, resource);
            }
        });
        return found;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        if (!(value instanceof Map<?, ?>)) {
            throw new AssertionError("not a mapping: " + value);
        }
        return (Map<String, Object>) value;
    }
}
