package dev.eigwbench.lab.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The line protocol between the lab and a function JVM. One line per message, each starting with {@link #FRAME};
 * payloads are base64 so a payload's own newlines never split a message. Unframed lines on stdout are the
 * function's log.
 *
 * <pre>
 * runtime → lab   READY &lt;initMs&gt;                         handler class loaded and instantiated
 *                 INIT_ERROR &lt;b64 message&gt;                   handler could not be loaded; the JVM exits
 *                 RESULT &lt;requestId&gt; &lt;ms&gt; &lt;b64 payload&gt;      handler returned
 *                 ERROR &lt;requestId&gt; &lt;ms&gt; &lt;b64 error json&gt;   handler threw ({"errorType","errorMessage"})
 * lab → runtime   INVOKE &lt;requestId&gt; &lt;deadlineEpochMs&gt; &lt;b64 event&gt;
 * </pre>
 */
public final class RuntimeProtocol {
    /**
     * Starts every protocol line on stdout. The real runtime client writes the function's log to stdout too, so the
     * lab keeps framed lines as protocol and copies the rest to the function's log.
     */
    public static final String FRAME = "\u001eeigw-lab ";

    public static final String READY = "READY";
    public static final String INIT_ERROR = "INIT_ERROR";
    public static final String RESULT = "RESULT";
    public static final String ERROR = "ERROR";
    public static final String INVOKE = "INVOKE";

    private RuntimeProtocol() {}

    public static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    public static String encode(String text) {
        return encode(text.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] decode(String base64) {
        return Base64.getDecoder().decode(base64);
    }

    /** Lambda's error payload shape, built without a JSON library so the runtime jar needs only the JDK. */
    public static String errorJson(Throwable error) {
        return errorJson(error.getClass().getName(), String.valueOf(error.getMessage()));
    }

    /** The same shape for a failure outside the handler (a timeout, a crashed runtime), as the lab's API reports it. */
    public static String errorJson(String type, String message) {
        return "{\"errorType\":\"" + jsonEscape(type) + "\",\"errorMessage\":\"" + jsonEscape(message) + "\"}";
    }

    static String jsonEscape(String text) {
        var out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
