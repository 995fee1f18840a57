package dev.eigwbench.handler.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetUrlTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "HTTPS://jsonplaceholder.typicode.com/todos/1, https://jsonplaceholder.typicode.com/todos/1",
        "Http://example.org/a?b=c, http://example.org/a?b=c",
        "https://example.org/, https://example.org/"
    })
    void parse_whenSchemeInAnyCase_acceptsItInLowerCase(String text, String expected) {
        assertEquals(URI.create(expected), TargetUrl.parse(text, false));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "http://10.0.0.1/",
                "http://172.31.0.2:8080/",
                "http://192.168.0.1/",
                "http://198.18.0.10:8080/todos/1",
                "http://[fd00::10]:8080/todos/1",
                "http://[fd00:ec2::253]/",
                "http://lab-http.test:8080/todos/1",
                "https://1e100.net/"
            })
    void parse_whenPrivateOrLabOrNamedHost_accepts(String text) {
        assertEquals(URI.create(text), TargetUrl.parse(text, false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "http://127.0.0.1:9001/, loopback",
        "http://[::1]/, loopback",
        "http://169.254.169.254/, instance metadata",
        "http://[::ffff:169.254.169.254]/, instance metadata",
        "http://0.0.0.0/, unspecified",
        "http://[::]/, unspecified",
        "http://2130706433/, neither a name nor a dotted IPv4 address",
        "http://127.1/, http:// or https://",
        "http://0x7f.0.0.1/, http:// or https://",
        "http://0177.0.0.1/, neither a name nor a dotted IPv4 address",
        "http://010.0.0.1/, invalid IPv4 address",
        "http://256.0.0.1/, http:// or https://",
        "http://0x7f000001/, neither a name nor a dotted IPv4 address",
        "file:///etc/passwd, http:// or https://",
        "FILE:///etc/passwd, http:// or https://",
        "gopher://example.org/, http:// or https://",
        "https://user:secret@example.org/, must not carry user info",
        "https://user@example.org/, must not carry user info"
    })
    void parse_whenRefused_saysWhy(String text, String hint) {
        var error = assertThrows(IllegalArgumentException.class, () -> TargetUrl.parse(text, false));

        assertTrue(error.getMessage().contains(hint), error.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://127.0.0.1:8080/todos/1", "http://[::1]:8080/", "http://[::ffff:127.0.0.1]/"})
    void parse_whenLoopbackOptedIn_acceptsLoopbackLiterals(String text) {
        assertEquals(URI.create(text), TargetUrl.parse(text, true));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://169.254.169.254/", "http://[fe80::1]/", "http://0.0.0.0/"})
    void parse_whenLoopbackOptedIn_stillRefusesTheRest(String text) {
        assertThrows(IllegalArgumentException.class, () -> TargetUrl.parse(text, true));
    }
}
