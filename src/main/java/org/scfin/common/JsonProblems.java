package org.scfin.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns Jackson's reading failures into field and rule, in words a caller can use. Jackson's own messages name Java
 * types and classes, so none of their text reaches the response.
 */
final class JsonProblems {

    private JsonProblems() {}

    static ProblemException from(JsonProcessingException e) {
        String duplicate = duplicateKey(e);
        if (duplicate != null) {
            return malformed(duplicate, "duplicate-key", "is given twice in one object; give each key once");
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return malformed(null, "json-syntax", "body is not valid JSON");
        }
        String field = path(mapping);
        if (mapping instanceof UnrecognizedPropertyException) {
            return malformed(field, "unknown-field", "is not a field of this request");
        }
        if (mapping instanceof InvalidFormatException invalid
                && invalid.getTargetType() == LocalDate.class
                && Dates.isDateTime(invalid.getValue())) {
            // well-formed, but a moment where a day is asked for: a rule broken (422), never cut down to its date
            return ProblemException.invalid(field, "plain-date", Dates.PLAIN_DATE_MESSAGE);
        }
        if (mapping instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            return malformed(field, ruleFor(invalid.getTargetType()), expectation(invalid.getTargetType()));
        }
        if (mapping instanceof ValueInstantiationException) {
            return malformed(field, "value", "has a value that cannot be used here");
        }
        if (mapping instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            if (field == null
                    && mapping.getMessage() != null
                    && mapping.getMessage().contains("end-of-input")) {
                return malformed(null, "required", "a JSON body is required");
            }
            return malformed(field, ruleFor(mismatched.getTargetType()), expectation(mismatched.getTargetType()));
        }
        return malformed(field, "json-syntax", "cannot be read as JSON of the expected shape");
    }

    /**
     * The path of a key given twice in one object ({@link JsonSettings} has the parser refuse them), or null. Jackson
     * reports it as a plain parse error, wrapped by databind when it happens inside a list or a nested object; the
     * parser's context still says where it stopped, which is the key with its whole path, such as items[3].amount.
     */
    private static String duplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException read
                    && read.getProcessor() != null
                    && read.getOriginalMessage() != null
                    && read.getOriginalMessage().startsWith("Duplicate field '")) {
                return path(read.getProcessor().getParsingContext());
            }
        }
        return null;
    }

    private static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject()) {
                parts.push("." + c.getCurrentName());
            } else if (c.inArray()) {
                parts.push("[" + c.getCurrentIndex() + "]");
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static ProblemException malformed(String field, String rule, String message) {
        String detail = field == null ? message : field + ": " + message;
        return new ProblemException(
                ProblemType.MALFORMED_REQUEST, detail, List.of(new FieldError(field, rule, message)));
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static String ruleFor(Class<?> type) {
        return type.isEnum() ? "allowed-values" : "type";
    }

    private static String expectation(Class<?> type) {
        if (type.isEnum()) {
            return "must be one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "must be a date as YYYY-MM-DD";
        }
        if (type == Instant.class) {
            return "must be a UTC timestamp as 2025-07-01T08:00:00Z";
        }
        if (type == OffsetDateTime.class) {
            return "must be a date-time with offset, as 2025-07-01T09:30:00+08:00";
        }
        if (type == BigDecimal.class
                || Number.class.isAssignableFrom(type)
                || type == int.class
                || type == long.class
                || type == BigInteger.class) {
            return "must be a JSON number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be a JSON string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be a JSON array";
        }
        return "must be a JSON object";
    }
}
