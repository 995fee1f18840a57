package dev.eigwbench.handler.net;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The SDK's standard endpoint settings, read the way the SDK reads them: {@code aws.endpointUrl<Service>} system
 * property, {@code AWS_ENDPOINT_URL_<SERVICE>}, then the global {@code aws.endpointUrl} / {@code AWS_ENDPOINT_URL};
 * none when {@code AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true}. Read here because the SQS client needs to know (see
 * {@link DualStackSqsEndpointProvider}) and so the result can report which endpoint each service used.
 */
public final class EndpointOverrides {
    private final Map<String, String> environment;
    private final Map<String, String> properties;

    public EndpointOverrides(Map<String, String> environment, Map<String, String> properties) {
        this.environment = Map.copyOf(environment);
        this.properties = Map.copyOf(properties);
    }

    /**
     * @param envSuffix e.g. DYNAMODB, SQS, S3
     * @param propertySuffix e.g. DynamoDb, Sqs, S3
     */
    public Optional<URI> forService(String envSuffix, String propertySuffix) {
        if ("true".equalsIgnoreCase(first("aws.ignoreConfiguredEndpointUrls", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"))) {
            return Optional.empty();
        }
        String value = first("aws.endpointUrl" + propertySuffix, "AWS_ENDPOINT_URL_" + envSuffix);
        if (value == null) {
            value = first("aws.endpointUrl", "AWS_ENDPOINT_URL");
        }
        return Optional.ofNullable(value).map(URI::create);
    }

    private String first(String property, String variable) {
        String value = properties.get(property);
        if (value == null || value.isBlank()) {
            value = environment.get(variable);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }
}
