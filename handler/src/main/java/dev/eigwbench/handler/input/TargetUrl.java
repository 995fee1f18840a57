package dev.eigwbench.handler.input;

import dev.eigwbench.common.request.BenchmarkRequest;
import dev.eigwbench.common.request.Excerpt;
import dev.eigwbench.handler.net.DestinationGuard;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for the URL http-get fetches, shared by the event's {@code url} and the function's FETCH_URL: http or
 * https in any case (normalised to lower case, as synth does), a host, no user info, and no literal address that
 * {@link DestinationGuard} would refuse anyway. Names are not looked up here: the guard checks what they resolve to
 * at each call.
 */
public final class TargetUrl {
    public static final String ALLOWED = BenchmarkRequest.URL_ALLOWED;
    /** Longer than any URL worth benchmarking; keeps a huge value out of parsing and messages. */
    public static final int MAX_LENGTH = 4096;

    private static final Pattern DOTTED_QUAD = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern NUMERIC = Pattern.compile("[0-9.]+|0[xX][0-9a-fA-F.xX]*");

    private TargetUrl() {}

    /** The normalised URL; IllegalArgumentException with a message (without the field's name) when refused. */
    public static URI parse(String text, boolean allowLoopback) {
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("must be at most " + MAX_LENGTH + " characters, got " + text.length()
                    + " starting " + Excerpt.of(text.substring(0, Excerpt.MAX_CHARS)));
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(ALLOWED + ", got " + Excerpt.of(text));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException(ALLOWED + ", got " + Excerpt.of(text));
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(
                    "must not carry user info (user:password@host): a benchmark URL needs no credentials");
        }
        literal(uri.getHost())
                .ifPresent(address -> DestinationGuard.refusal(address, allowLoopback)
                        .ifPresent(reason -> {
                            throw new IllegalArgumentException("blocked destination: " + uri.getHost() + " is " + reason
                                    + "; the benchmark does not call loopback, link-local or unspecified addresses");
                        }));
        return scheme.equals(uri.getScheme()) ? uri : URI.create(scheme + text.substring(scheme.length()));
    }

    /** The host as an address when it is a literal; never a DNS lookup. */
    private static Optional<InetAddress> literal(String host) {
        try {
            if (host.startsWith("[")) {
                // Bracketed: an IPv6 literal, which Java parses without a lookup.
                return Optional.of(InetAddress.getByName(host));
            }
            var quad = DOTTED_QUAD.matcher(host);
            if (quad.matches()) {
                byte[] bytes = new byte[4];
                for (int i = 0; i < 4; i++) {
                    String digits = quad.group(i + 1);
                    int part = Integer.parseInt(digits);
                    // A leading zero reads as octal to some resolvers: refused as ambiguous.
                    if (part > 255 || (digits.length() > 1 && digits.startsWith("0"))) {
                        throw new IllegalArgumentException(ALLOWED + ", got the invalid IPv4 address " + host);
                    }
                    bytes[i] = (byte) part;
                }
                return Optional.of(InetAddress.getByAddress(bytes));
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(ALLOWED + ", got the invalid address " + Excerpt.of(host));
        }
        if (NUMERIC.matcher(host).matches()) {
            // 2130706433, 127.1, 0x7f.1: resolvers read these as addresses; only dotted quads are accepted.
            throw new IllegalArgumentException(
                    "the host " + Excerpt.of(host) + " is neither a name nor a dotted IPv4 address (a.b.c.d)");
        }
        return Optional.empty();
    }
}
