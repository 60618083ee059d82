package org.scfin.credit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.scfin.common.Dates;
import org.scfin.common.ProblemException;
import org.scfin.common.Violations;
import org.scfin.enterprise.TaxGrade;

/**
 * Reads credit facts from CSV (RFC 4180: comma-separated, fields with commas, quotes or line breaks in double quotes, a
 * quote doubled inside them). The first line names the columns, in any order: the fields of {@link CreditFactInput}
 * ({@link #COLUMNS}); an empty cell is a field left out. Each row is checked by the same rules as a JSON item, and an
 * error names the line and the column, e.g. {@code line 3, column grade}.
 */
@ApplicationScoped
public class CreditFactCsv {

    /** The columns a header may name, as the JSON fields are named. */
    public static final List<String> COLUMNS = Stream.concat(
                    Stream.of("creditCode", "kind", "asOf", "source", "public"), FactRules.VALUE_FIELDS.stream())
            .toList();

    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,20}(\\.\\d{1,20})?");

    @Inject
    Validator validator;

    /** The rows as facts, and the line each starts on. */
    public record Rows(List<CreditFactInput> facts, List<Integer> lines) {
        public String fieldPrefix(int index) {
            return "line " + lines.get(index) + ", column ";
        }
    }

    public Rows read(String text) {
        // a byte order mark, as spreadsheet programs write UTF-8, is not part of the first column's name
        String csv = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Record> records = records(csv);
        if (records.isEmpty()) {
            throw ProblemException.invalid("line 1", "header", "must name the columns: " + String.join(",", COLUMNS));
        }
        List<String> header = records.get(0).cells();
        Violations violations = new Violations();
        Set<String> seen = new LinkedHashSet<>();
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                violations.add(
                        "line 1, column " + column, "known-column", "is not one of " + String.join(",", COLUMNS));
            } else if (!seen.add(column)) {
                violations.add("line 1, column " + column, "once", "is named twice");
            }
        }
        violations.throwIfAny();
        List<Record> data = records.subList(1, records.size());
        if (data.isEmpty() || data.size() > CreditFactImport.MAX_ITEMS) {
            throw ProblemException.invalid(
                    "lines", "size", "must hold 1 to " + CreditFactImport.MAX_ITEMS + " rows after the header");
        }
        List<CreditFactInput> facts = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (Record record : data) {
            Violations v = violations.under("line " + record.line() + ", column ");
            if (record.cells().size() != header.size()) {
                violations.add(
                        "line " + record.line(),
                        "columns",
                        "has " + record.cells().size() + " cells, the header " + header.size());
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                String cell = record.cells().get(c);
                cells.put(header.get(c), cell.isEmpty() ? null : cell);
            }
            CreditFactInput fact = fact(new Cells(cells, v));
            if (v.isEmptyHere()) {
                for (ConstraintViolation<CreditFactInput> broken : validator.validate(fact)) {
                    String field = broken.getPropertyPath().toString();
                    v.add(field.equals("isPublic") ? "public" : field, "valid", broken.getMessage());
                }
                FactRules.check(fact, v);
            }
            facts.add(fact);
            lines.add(record.line());
        }
        violations.throwIfAny();
        return new Rows(facts, lines);
    }

    private static CreditFactInput fact(Cells c) {
        return new CreditFactInput(
                c.text("creditCode"),
                c.enumOf("kind", FactKind.class),
                c.date("asOf"),
                c.text("source"),
                c.bool("public"),
                c.enumOf("grade", TaxGrade.class),
                c.whole("headcount"),
                c.enumOf("paymentStatus", PaymentStatus.class),
                c.whole("monthsCovered"),
                c.text("caseNumber"),
                c.enumOf("role", CaseRole.class),
                c.text("decisionNumber"),
                c.text("authority"),
                c.decimal("amount"));
    }

    /** One row's cells by column, converting each or reporting why it cannot be. */
    private record Cells(Map<String, String> cells, Violations v) {

        String text(String column) {
            return cells.get(column);
        }

        <T> T convert(String column, Function<String, T> parse, String rule, String message) {
            String value = cells.get(column);
            if (value == null) {
                return null;
            }
            T converted = parse.apply(value);
            if (converted == null) {
                v.add(column, rule, message);
            }
            return converted;
        }

        <E extends Enum<E>> E enumOf(String column, Class<E> type) {
            return convert(
                    column,
                    value -> Arrays.stream(type.getEnumConstants())
                            .filter(e -> e.name().equals(value))
                            .findFirst()
                            .orElse(null),
                    "allowed-values",
                    "must be one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")));
        }

        LocalDate date(String column) {
            return convert(column, value -> Dates.parse(value).orElse(null), "format", Dates.FORMAT_MESSAGE);
        }

        Boolean bool(String column) {
            return convert(
                    column,
                    value -> value.equals("true") ? Boolean.TRUE : value.equals("false") ? Boolean.FALSE : null,
                    "format",
                    "must be true or false");
        }

        Integer whole(String column) {
            return convert(
                    column,
                    value -> WHOLE.matcher(value).matches() ? Integer.valueOf(value) : null,
                    "format",
                    "must be a whole number");
        }

        BigDecimal decimal(String column) {
            return convert(
                    column,
                    value -> DECIMAL.matcher(value).matches() ? new BigDecimal(value) : null,
                    "format",
                    "must be a number such as 85000.00");
        }
    }

    /** A CSV record and the line it starts on (1 is the header). */
    private record Record(int line, List<String> cells) {}

    private static List<Record> records(String text) {
        List<Record> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int start = 1;
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.isEmpty()) {
                quoted = true;
                any = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || !cell.isEmpty()) {
                    cells.add(cell.toString());
                    records.add(new Record(start, List.copyOf(cells)));
                }
                cells.clear();
                cell.setLength(0);
                any = false;
                line++;
                start = line;
            } else {
                cell.append(ch);
                any = true;
            }
        }
        if (quoted) {
            throw ProblemException.invalid("line " + start, "quotes", "a quoted field is not closed");
        }
        if (any || !cell.isEmpty()) {
            cells.add(cell.toString());
            records.add(new Record(start, List.copyOf(cells)));
        }
        return records;
    }
}
