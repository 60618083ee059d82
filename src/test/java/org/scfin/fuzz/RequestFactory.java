package org.scfin.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.scfin.fuzz.OpenApiSpec.Operation;
import org.scfin.fuzz.OpenApiSpec.Parameter;

/**
 * Makes requests for an operation from its description in the document: well-formed ones that point at the world's
 * records, and ones with one place mutated (a body field, the whole body, a path segment, the query, the headers). All
 * randomness comes from one seeded generator, so a seed repeats a run.
 */
final class RequestFactory {

    enum Mutation {
        NONE,
        FIELD,
        BODY,
        PATH,
        QUERY,
        HEADERS
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String UNKNOWN_ID = "0KZ4J2D1X3B7Q";

    private final OpenApiSpec spec;
    private final World world;
    private final SplittableRandom random;
    private final ObjectMapper json = new ObjectMapper();
    private final List<JsonNode> hostileValues = Hostile.values();
    private final List<byte[]> hostileBodies = Hostile.bodies();

    RequestFactory(OpenApiSpec spec, World world, long seed) {
        this.spec = spec;
        this.world = world;
        this.random = new SplittableRandom(seed);
    }

    FuzzRequest next(Operation op, String role) {
        Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
        List<String> notes = new ArrayList<>();
        String path = path(op, mutation == Mutation.PATH, notes);
        String query = query(op, mutation == Mutation.QUERY, notes);
        byte[] body = body(op, mutation, notes);
        List<Map.Entry<String, String>> headers = headers(op, role, body != null, mutation == Mutation.HEADERS, notes);
        return new FuzzRequest(
                op, role, op.method(), path + query, headers, body, mutation + (notes.isEmpty() ? "" : " " + notes));
    }

    private String path(Operation op, boolean mutate, List<String> notes) {
        List<Parameter> params =
                op.parameters().stream().filter(p -> p.in().equals("path")).toList();
        Parameter mutated = mutate && !params.isEmpty() ? pick(params) : null;
        String path = op.pathTemplate();
        for (Parameter p : params) {
            String segment;
            if (p == mutated) {
                segment = pick(Hostile.PATH_SEGMENTS);
                notes.add(p.name() + "=" + abbreviate(segment));
            } else {
                segment = encode(goodText(p.name(), op, p.schema(), p.example()));
            }
            path = path.replace("{" + p.name() + "}", segment);
        }
        return path;
    }

    private String query(Operation op, boolean mutate, List<String> notes) {
        List<Parameter> params =
                op.parameters().stream().filter(p -> p.in().equals("query")).toList();
        List<String> pairs = new ArrayList<>();
        for (Parameter p : params) {
            if (p.required() || random.nextInt(3) == 0) {
                pairs.add(p.name() + "=" + encode(goodText(p.name(), op, p.schema(), p.example())));
            }
        }
        if (mutate) {
            int kind = random.nextInt(params.isEmpty() ? 1 : 4);
            if (kind == 0) {
                pairs.add("unknownParameter=1");
                notes.add("unknown parameter");
            } else {
                Parameter p = pick(params);
                String value = kind == 1
                        ? encode(pick(Hostile.TEXT))
                        : kind == 2
                                ? pick(List.of("-1", "1000000", "99999999999999999999", "1.5", ""))
                                : encode(goodText(p.name(), op, p.schema(), p.example()));
                pairs.add(p.name() + "=" + value);
                if (kind == 3) {
                    pairs.add(p.name() + "=" + value);
                }
                notes.add((kind == 3 ? "repeated " : "") + p.name() + "=" + abbreviate(value));
            }
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private byte[] body(Operation op, Mutation mutation, List<String> notes) {
        boolean takesBody = !op.requestSchema().isMissingNode();
        if (mutation == Mutation.BODY && (takesBody || op.writes())) {
            if (takesBody && random.nextBoolean()) {
                JsonNode good = goodValue(null, op, op.requestSchema(), NODES.missingNode());
                if (good instanceof ObjectNode object && object.size() > 0) {
                    notes.add("duplicate key");
                    return duplicateFirstKey(object);
                }
            }
            byte[] bytes = pick(hostileBodies);
            notes.add("body " + abbreviate(new String(bytes, StandardCharsets.UTF_8)));
            return bytes;
        }
        if (!takesBody) {
            return null;
        }
        JsonNode body = goodValue(null, op, op.requestSchema(), NODES.missingNode());
        if (mutation == Mutation.FIELD) {
            mutateOneField(body, notes);
        }
        return write(body);
    }

    private List<Map.Entry<String, String>> headers(
            Operation op, String role, boolean hasBody, boolean mutate, List<String> notes) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        String token = world.tokens().get(role);
        if (token != null) {
            headers.add(Map.entry("Authorization", "Bearer " + token));
        }
        String contentType = hasBody ? "application/json" : null;
        String accept = "application/json";
        boolean takesKey = op.parameters().stream().anyMatch(p -> p.name().equals("Idempotency-Key"));
        if (mutate) {
            switch (random.nextInt(takesKey ? 4 : 2)) {
                case 0 -> contentType = pick(Hostile.CONTENT_TYPES);
                case 1 -> accept = pick(Hostile.ACCEPTS);
                case 2 -> headers.add(Map.entry("Idempotency-Key", pick(Hostile.IDEMPOTENCY_KEYS)));
                default -> {
                    headers.add(Map.entry("Idempotency-Key", "fuzz-" + random.nextInt(1000)));
                    headers.add(Map.entry("Idempotency-Key", "fuzz-" + random.nextInt(1000)));
                }
            }
            notes.add("content-type=" + contentType + " accept=" + accept);
        } else if (takesKey && random.nextInt(4) == 0) {
            headers.add(Map.entry("Idempotency-Key", "fuzz-" + random.nextLong()));
        }
        if (contentType != null && !contentType.isEmpty()) {
            headers.add(Map.entry("Content-Type", contentType));
        }
        headers.add(Map.entry("Accept", accept));
        return headers;
    }

    /** A value the schema describes, pointing at the world's records where the field names one. */
    private JsonNode goodValue(String name, Operation op, JsonNode rawSchema, JsonNode example) {
        JsonNode schema = spec.resolve(rawSchema);
        String kind = IdKinds.of(name, op.pathTemplate());
        String type = schema.path("type").asText(rawSchema.path("type").asText());
        if (type.equals("array") || schema.has("items")) {
            ArrayNode array = NODES.arrayNode();
            array.add(goodValue(singular(name), op, schema.path("items"), NODES.missingNode()));
            return array;
        }
        if (kind != null) {
            return NODES.textNode(id(kind));
        }
        if (schema.has("enum")) {
            return pick(listOf(schema.get("enum")));
        }
        JsonNode examples = rawSchema.has("examples") ? rawSchema.get("examples") : schema.path("examples");
        if (!example.isMissingNode() && !example.isNull()) {
            return example;
        }
        if (type.equals("object") || schema.has("properties")) {
            return goodObject(op, schema);
        }
        if (examples.isArray() && !examples.isEmpty()) {
            return examples.get(0);
        }
        return switch (type) {
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(new BigDecimal("1000.00"));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default ->
                NODES.textNode(
                        switch (schema.path("format").asText()) {
                            case "date" -> "2025-07-01";
                            case "date-time" -> "2025-07-01T09:30:00+08:00";
                            default -> "fuzz-" + random.nextInt(100000);
                        });
        };
    }

    private ObjectNode goodObject(Operation op, JsonNode schema) {
        ObjectNode object = NODES.objectNode();
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        schema.path("properties").fields().forEachRemaining(property -> {
            if (required.contains(property.getKey()) || random.nextInt(10) < 7) {
                object.set(
                        property.getKey(), goodValue(property.getKey(), op, property.getValue(), NODES.missingNode()));
            }
        });
        return object;
    }

    private String goodText(String name, Operation op, JsonNode schema, JsonNode example) {
        JsonNode value = goodValue(name, op, schema, example);
        return value.isArray() && !value.isEmpty() ? value.get(0).asText() : value.asText();
    }

    /** One object of the body (the body itself or one nested in it) loses a field, gains one, or has one replaced. */
    private void mutateOneField(JsonNode body, List<String> notes) {
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(body, objects);
        if (objects.isEmpty()) {
            return;
        }
        ObjectNode target = pick(objects);
        List<String> names = new ArrayList<>();
        target.fieldNames().forEachRemaining(names::add);
        int kind = names.isEmpty() ? 0 : random.nextInt(5);
        if (kind == 0) {
            target.put("unknownField", 1);
            notes.add("unknown field");
        } else if (kind == 1) {
            String name = pick(names);
            target.remove(name);
            notes.add("without " + name);
        } else {
            String name = pick(names);
            JsonNode value = pick(hostileValues);
            target.set(name, value);
            notes.add(name + "=" + abbreviate(value.toString()));
        }
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
        }
        node.elements().forEachRemaining(child -> collectObjects(child, objects));
    }

    private byte[] duplicateFirstKey(ObjectNode object) {
        String first = object.fieldNames().next();
        String rest = new String(write(object), StandardCharsets.UTF_8).substring(1);
        String duplicate = "{" + json.valueToTree(first).toString() + ":"
                + pick(hostileValues).toString() + "," + rest;
        return duplicate.getBytes(StandardCharsets.UTF_8);
    }

    private String id(String kind) {
        List<String> ids = world.idsByKind().get(kind);
        return ids == null || random.nextInt(10) == 0 ? UNKNOWN_ID : pick(ids);
    }

    private byte[] write(JsonNode node) {
        try {
            return json.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<JsonNode> listOf(JsonNode array) {
        List<JsonNode> values = new ArrayList<>();
        array.forEach(values::add);
        return values;
    }

    private static String singular(String name) {
        return name != null && name.endsWith("Ids") ? name.substring(0, name.length() - 1) : name;
    }

    /** Percent-encodes everything but RFC 3986's unreserved characters. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "...(" + text.length() + ")" : text;
    }
}
