package dev.eigwbench.common.readiness;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * One destination to check, parsed from what the user wrote: an http(s) URL, {@code host:port} (IPv6 literals in
 * brackets), or an AWS service name (see {@link AwsServiceEndpoints}).
 *
 * @param entry the text as given
 * @param kind which of the three it is
 * @param service the AWS service name, for AWS_SERVICE
 * @param url the URL, for URL
 * @param host the host to resolve (for a service: its dual-stack endpoint in the region)
 * @param port the TCP port
 * @param tls true for https (URLs and services)
 */
public record DestinationSpec(
        String entry, DestinationKind kind, String service, URI url, String host, int port, boolean tls) {
    private static final Pattern SERVICE_NAME = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final Pattern HOST_NAME =
            Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9-]{1,63})*\\.?");
    private static final Pattern HOST_PORT = Pattern.compile("(\\[[0-9A-Fa-f:.]+\\]|[^:\\[\\]/\\s]+):(\\d{1,5})");

    /**
     * @param region resolves AWS service names
     * @throws IllegalArgumentException saying what is wrong with the entry and what is accepted
     */
    public static DestinationSpec parse(String entry, String region) {
        if (entry == null || entry.isBlank()) {
            throw new IllegalArgumentException("is empty; " + ACCEPTED);
        }
        String text = entry.trim();
        if (text.contains("://")) {
            return url(text);
        }
        var hostPort = HOST_PORT.matcher(text);
        if (hostPort.matches()) {
            String host = hostPort.group(1);
            int port = Integer.parseInt(hostPort.group(2));
            String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            if (!host.startsWith("[") && !HOST_NAME.matcher(host).matches()) {
                throw new IllegalArgumentException("'" + excerpt(host) + "' is not a valid host name; " + ACCEPTED);
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port " + port + " is outside 1..65535");
            }
            return new DestinationSpec(text, DestinationKind.HOST_PORT, null, null, bare, port, false);
        }
        if (SERVICE_NAME.matcher(text).matches()) {
            if (!AwsServiceEndpoints.known(text)) {
                throw new IllegalArgumentException(
                        "unknown AWS service name '" + text + "'; known: " + AwsServiceEndpoints.names());
            }
            if (!AwsServiceEndpoints.validRegion(region)) {
                throw new IllegalArgumentException("needs the function's region to resolve, got '" + region + "'");
            }
            return new DestinationSpec(
                    text,
                    DestinationKind.AWS_SERVICE,
                    text,
                    null,
                    AwsServiceEndpoints.dualStackHost(text, region),
                    443,
                    true);
        }
        throw new IllegalArgumentException("'" + excerpt(text) + "' is not " + ACCEPTED.substring("give ".length()));
    }

    private static final String ACCEPTED =
            "give an http(s) URL (https://api.example.com/health), host:port (db.example.com:5432) or an AWS"
                    + " service name (sts, secretsmanager, ...)";

    private static DestinationSpec url(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + excerpt(text) + "' is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!(scheme.equals("http") || scheme.equals("https"))) {
            throw new IllegalArgumentException("'" + excerpt(text) + "' must be an http:// or https:// URL");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("'" + excerpt(text) + "' has no valid host name");
        }
        boolean tls = scheme.equals("https");
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
        String host = uri.getHost();
        if (host.startsWith("[")) {
            host = host.substring(1, host.length() - 1);
        }
        return new DestinationSpec(text, DestinationKind.URL, null, uri, host, port, tls);
    }

    /** At most 80 characters of what the user wrote, so an error never echoes a whole file. */
    public static String excerpt(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
