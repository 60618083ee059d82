package org.scfin.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The values careless clients and attackers send: each list is what one place of a request gets when it is mutated. */
final class Hostile {

    private Hostile() {}

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Text for strings in bodies and, percent-encoded, in queries. */
    static final List<String> TEXT = List.of(
            "",
            " ",
            "😀",
            "a\u0000b",
            "\ud800",
            "x\u202Eevil",
            "x".repeat(5000),
            "' OR '1'='1",
            "<script>alert(1)</script>",
            "../../etc/passwd",
            "620000 ",
            " 620000",
            "null",
            "-1",
            "0",
            "99999999999999999999999",
            "1e999999999",
            "2025-02-30",
            "10000-01-01",
            "0999-12-31",
            "2025-01-01T00:00:00Z",
            "=HYPERLINK(\"http://x\",\"y\")",
            "\t",
            "中文名称",
            "0KZ4J2D1X3B7Q",
            "0kz4j2d1x3b7q",
            "%00",
            "\\",
            "\"",
            "NaN",
            "true",
            "CNY ",
            "ＡＢＣ");

    /** Already percent-encoded path segments, raw bytes included (an encoded lone surrogate, invalid UTF-8). */
    static final List<String> PATH_SEGMENTS = List.of(
            "%F0%9F%98%80",
            "%ED%A0%80",
            "%FF%FE",
            "%00",
            "%20",
            "620000%20",
            "%20620000",
            "0KZ4J2D1X3B7Q",
            "0kz4j2d1x3b7q",
            "0KZ4J2D1X3B7Q%20",
            "-1",
            "1e5",
            "999999",
            "62000",
            "6200000",
            "%25",
            "..",
            "%2E%2E",
            "a%2Fb",
            "A".repeat(2000),
            "%E4%B8%AD%E6%96%87",
            "null",
            "%27%20OR%20%271%27%3D%271");

    /** JSON values for any field of a body. */
    static List<JsonNode> values() {
        List<JsonNode> values = new ArrayList<>();
        TEXT.forEach(text -> values.add(NODES.textNode(text)));
        values.add(NODES.nullNode());
        values.add(NODES.booleanNode(true));
        values.add(NODES.numberNode(0));
        values.add(NODES.numberNode(-1));
        values.add(NODES.numberNode(new BigDecimal("1E+308")));
        values.add(NODES.numberNode(new BigDecimal("0.001")));
        values.add(NODES.numberNode(new BigDecimal("1.005")));
        values.add(NODES.numberNode(new BigDecimal("-0.00")));
        values.add(NODES.numberNode(new BigInteger("123456789012345678901234567890")));
        values.add(NODES.numberNode(2147483648L));
        values.add(NODES.arrayNode());
        values.add(NODES.arrayNode().add(1).add("x"));
        values.add(NODES.objectNode());
        values.add(NODES.objectNode().put("a", 1));
        return values;
    }

    /** Whole bodies that are not what any operation takes. */
    static List<byte[]> bodies() {
        List<byte[]> bodies = new ArrayList<>();
        for (String text : List.of(
                "",
                "{",
                "[]",
                "null",
                "\"text\"",
                "{}",
                "{\"a\":1}{}",
                "{\"a\":1,}",
                "{'a':1}",
                "{\"x\":1e999999999}",
                "{\"x\":NaN}",
                "[".repeat(5000) + "]".repeat(5000),
                "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
                "\uFEFF{}",
                "<xml/>",
                "a=1&b=2")) {
            bodies.add(text.getBytes(StandardCharsets.UTF_8));
        }
        // invalid UTF-8 inside a string, and a lone surrogate encoded as if it were a character
        bodies.add(new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        bodies.add(
                new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'
                });
        return bodies;
    }

    static final List<String> CONTENT_TYPES = List.of(
            "",
            "text/plain",
            "application/xml",
            "application/json; charset=ISO-8859-1",
            "application/json;charset=utf-8",
            "multipart/form-data; boundary=x",
            "application/x-www-form-urlencoded",
            "application/*",
            "garbage");

    static final List<String> ACCEPTS = List.of(
            "text/csv",
            "application/xml",
            "*/*",
            "text/html",
            "application/problem+json",
            "garbage",
            "application/json;q=0");

    static final List<String> IDEMPOTENCY_KEYS = List.of("", " ", "k".repeat(256), "key with spaces", "fuzz-key-1");
}
