package org.scfin.statistics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Statistics as CSV (RFC 4180, UTF-8, CRLF): the JSON answer flattened, nested names joined with dots
 * ({@code financings.count}). An answer with items gives one row per item, led by the answer's own plain fields (a
 * series row starts with its region and granularity); any other answer is one row. Written from the JSON form, so both
 * always carry the same figures.
 */
@Provider
@Produces(CsvWriter.TEXT_CSV)
public class CsvWriter implements MessageBodyWriter<Object> {

    public static final String TEXT_CSV = "text/csv";

    @Inject
    ObjectMapper json;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return mediaType.isCompatible(MediaType.valueOf(TEXT_CSV))
                && type.getPackageName().equals(CsvWriter.class.getPackageName());
    }

    @Override
    public void writeTo(
            Object answer,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream out)
            throws IOException, WebApplicationException {
        out.write(toCsv(exactTrees().valueToTree(answer)).getBytes(StandardCharsets.UTF_8));
    }

    private ObjectMapper exactTrees;

    /** A tree keeps 1000000.00 as written; by default Jackson's trees strip the zeros (1000000). */
    private synchronized ObjectMapper exactTrees() {
        if (exactTrees == null) {
            exactTrees = json.copy().configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        }
        return exactTrees;
    }

    static String toCsv(JsonNode answer) {
        List<Map<String, String>> rows = new ArrayList<>();
        JsonNode items = answer.get("items");
        if (items != null && items.isArray()) {
            Map<String, String> lead = new LinkedHashMap<>();
            answer.fields().forEachRemaining(e -> {
                if (e.getValue().isValueNode()) {
                    lead.put(e.getKey(), text(e.getValue()));
                }
            });
            for (JsonNode item : items) {
                Map<String, String> fields = new LinkedHashMap<>();
                flatten("", item, fields);
                // the answer's fields lead; where an item has a field of the same name, the item's wins
                Map<String, String> row = new LinkedHashMap<>(lead);
                row.keySet().removeAll(fields.keySet());
                row.putAll(fields);
                rows.add(row);
            }
        } else {
            Map<String, String> row = new LinkedHashMap<>();
            flatten("", answer, row);
            rows.add(row);
        }
        Set<String> header = new LinkedHashSet<>();
        rows.forEach(r -> header.addAll(r.keySet()));
        StringBuilder csv = new StringBuilder();
        line(csv, new ArrayList<>(header));
        for (Map<String, String> row : rows) {
            line(csv, header.stream().map(h -> row.getOrDefault(h, "")).toList());
        }
        return csv.toString();
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> row) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(prefix + e.getKey() + ".", e.getValue(), row));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + i + ".", node.get(i), row);
            }
        } else {
            row.put(prefix.substring(0, prefix.length() - 1), text(node));
        }
    }

    private static String text(JsonNode value) {
        if (value.isNull()) {
            return "";
        }
        if (value.isNumber()) {
            // a number cell is never a formula, and a negative change must stay a number a spreadsheet can sum
            return value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asText();
        }
        return neutralised(value.asText());
    }

    /**
     * Text a spreadsheet would take for a formula (a name such as {@code =HYPERLINK(...)} registered by any party) is
     * prefixed with an apostrophe, as OWASP's advice on CSV injection says, so an official who opens the file sees the
     * text and nothing runs.
     */
    public static String neutralised(String text) {
        return !text.isEmpty() && FORMULA_LEADS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static final String FORMULA_LEADS = "=+-@\t\r";

    public static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String cell = cells.get(i);
            boolean quote = cell.indexOf(',') >= 0
                    || cell.indexOf('"') >= 0
                    || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0;
            csv.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        csv.append("\r\n");
    }
}
