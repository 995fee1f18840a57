package dev.eigwbench.infra;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** Lookups over the synthesized template that several test classes share, in CloudFormation's own terms. */
final class Resources {
    private Resources() {}

    static Map<String, Object> ref(String logicalId) {
        return Map.of("Ref", logicalId);
    }

    static Map<String, Object> getAtt(String logicalId, String attribute) {
        return Map.of("Fn::GetAtt", List.of(logicalId, attribute));
    }

    /** Logical ids of the subnets CDK tagged with subnet group {@code group} (Public, Private or Isolated). */
    static Set<String> subnets(Template template, String group) {
        return template.findResources(
                        "AWS::EC2::Subnet",
                        Map.of(
                                "Properties",
                                Map.of(
                                        "Tags",
                                        Match.arrayWith(
                                                List.of(Map.of("Key", "aws-cdk:subnet-name", "Value", group))))))
                .keySet();
    }

    /** Logical ids of the route tables associated with the subnets of {@code group}. */
    @SuppressWarnings("unchecked")
    static Set<String> routeTables(Template template, String group) {
        Set<String> subnets = subnets(template, group);
        return template.findResources("AWS::EC2::SubnetRouteTableAssociation").values().stream()
                .map(r -> (Map<String, Object>) r.get("Properties"))
                .filter(p -> subnets.contains(refTarget(p.get("SubnetId"))))
                .map(p -> refTarget(p.get("RouteTableId")))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The single resource of {@code type} whose properties match {@code properties}; fails otherwise. */
    static String onlyLogicalId(Template template, String type, Map<String, Object> properties) {
        var found = template.findResources(type, Map.of("Properties", Match.objectLike(properties)))
                .keySet();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + type + " like " + properties + ", found " + found);
        }
        return found.iterator().next();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> properties(Template template, String type, String logicalId) {
        return (Map<String, Object>) template.findResources(type).get(logicalId).get("Properties");
    }

    @SuppressWarnings("unchecked")
    static String refTarget(Object ref) {
        return (String) ((Map<String, Object>) ref).get("Ref");
    }
}
