package org.scfin.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Checks a JSON answer against its schema in the OpenAPI document: types, formats of dates, enumerations, required
 * properties, items, and no property the document does not declare. A property that is not required may be null (the
 * generated document does not mark nullability, and the service writes absent values as null).
 */
final class SchemaCheck {

    private final OpenApiSpec spec;

    SchemaCheck(OpenApiSpec spec) {
        this.spec = spec;
    }

    List<String> violations(JsonNode value, JsonNode schema) {
        List<String> out = new ArrayList<>();
        check(value, schema, "$", out);
        return out;
    }

    private void check(JsonNode value, JsonNode rawSchema, String at, List<String> out) {
        if (rawSchema == null || rawSchema.isMissingNode()) {
            return;
        }
        JsonNode schema = spec.resolve(rawSchema);
        if (schema.has("oneOf") || schema.has("anyOf")) {
            for (JsonNode option : schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf")) {
                List<String> attempt = new ArrayList<>();
                check(value, option, at, attempt);
                if (attempt.isEmpty()) {
                    return;
                }
            }
            out.add(at + ": matches none of its alternatives");
            return;
        }
        for (JsonNode part : schema.path("allOf")) {
            check(value, part, at, out);
        }
        JsonNode type = schema.get("type");
        if (type != null && !typeMatches(value, type)) {
            out.add(at + ": expected " + type + " but was " + value.getNodeType());
            return;
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            out.add(at + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (value.isTextual() && schema.has("format")) {
            checkFormat(value.asText(), schema.get("format").asText(), at, out);
        }
        if (value.isObject()) {
            checkObject(value, schema, at, out);
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), schema.get("items"), at + "[" + i + "]", out);
            }
        }
    }

    private void checkObject(JsonNode value, JsonNode schema, String at, List<String> out) {
        JsonNode properties = schema.get("properties");
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (String name : required) {
            if (!value.has(name) || value.get(name).isNull()) {
                out.add(at + "." + name + ": required but absent");
            }
        }
        if (properties == null) {
            return;
        }
        for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            JsonNode property = value.get(name);
            if (!properties.has(name)) {
                out.add(at + "." + name + ": not declared in the schema");
            } else if (!(property.isNull() && !required.contains(name))) {
                check(property, properties.get(name), at + "." + name, out);
            }
        }
    }

    private static boolean typeMatches(JsonNode value, JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(value, t)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" ->
                value.isIntegralNumber()
                        || (value.isNumber()
                                && value.decimalValue().stripTrailingZeros().scale() <= 0);
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> true;
        };
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode allowed : values) {
            if (allowed.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static void checkFormat(String text, String format, String at, List<String> out) {
        try {
            switch (format) {
                case "date" -> LocalDate.parse(text);
                case "date-time" -> OffsetDateTime.parse(text);
                default -> {}
            }
        } catch (DateTimeParseException e) {
            out.add(at + ": '" + text + "' is not a " + format);
        }
    }
}
