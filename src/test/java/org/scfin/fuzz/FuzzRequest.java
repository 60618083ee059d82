package org.scfin.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One generated request, exactly as it goes on the wire: the raw (already percent-encoded) path and query, the headers,
 * and the body bytes, which need not be valid JSON or even valid UTF-8. {@code mutation} says what was done to it.
 */
record FuzzRequest(
        OpenApiSpec.Operation operation,
        String role,
        String method,
        String rawTarget,
        List<Map.Entry<String, String>> headers,
        byte[] body,
        String mutation) {

    /** A curl command that repeats the request, for the failure report. */
    String reproduction() {
        StringBuilder curl = new StringBuilder("curl -i -X ")
                .append(method)
                .append(" 'http://localhost:8080")
                .append(rawTarget)
                .append('\'');
        for (Map.Entry<String, String> header : headers) {
            curl.append(" -H '")
                    .append(header.getKey())
                    .append(": ")
                    .append(header.getValue())
                    .append('\'');
        }
        if (body != null) {
            String text = new String(body, StandardCharsets.UTF_8);
            curl.append(" --data-binary '")
                    .append(text.length() > 400 ? text.substring(0, 400) + "...(" + body.length + " bytes)" : text)
                    .append('\'');
        }
        return curl.toString();
    }
}
