package org.scfin.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The committed OpenAPI document, read as the operations a client can call and the schemas of their messages. */
final class OpenApiSpec {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    record Parameter(String name, String in, JsonNode schema, boolean required, JsonNode example) {}

    /**
     * One operation; {@code responses} maps a documented status to its JSON schema (a missing node when it has none).
     */
    record Operation(
            String method,
            String pathTemplate,
            List<Parameter> parameters,
            JsonNode requestSchema,
            Map<Integer, JsonNode> responses) {

        boolean writes() {
            return !method.equals("GET");
        }

        @Override
        public String toString() {
            return method + " " + pathTemplate;
        }
    }

    private final JsonNode document;
    private final List<Operation> operations = new ArrayList<>();

    private OpenApiSpec(JsonNode document) {
        this.document = document;
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    if (METHODS.contains(op.getKey())) {
                        operations.add(operation(op.getKey().toUpperCase(), path.getKey(), op.getValue()));
                    }
                }));
    }

    static OpenApiSpec read(Path file) throws IOException {
        return of(new ObjectMapper().readTree(file.toFile()));
    }

    static OpenApiSpec of(JsonNode document) {
        return new OpenApiSpec(document);
    }

    List<Operation> operations() {
        return operations;
    }

    /** The schema a {@code $ref} points at (followed until a schema without one), or the schema itself. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current.has("$ref") && hops < 20; hops++) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    private Operation operation(String method, String path, JsonNode op) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            parameters.add(new Parameter(
                    p.path("name").asText(),
                    p.path("in").asText(),
                    p.path("schema"),
                    p.path("required").asBoolean(),
                    p.path("example")));
        }
        JsonNode request =
                op.path("requestBody").path("content").path("application/json").path("schema");
        Map<Integer, JsonNode> responses = new LinkedHashMap<>();
        op.path("responses")
                .fields()
                .forEachRemaining(r -> responses.put(
                        Integer.valueOf(r.getKey()),
                        r.getValue().path("content").path("application/json").path("schema")));
        return new Operation(method, path, parameters, request, responses);
    }
}
