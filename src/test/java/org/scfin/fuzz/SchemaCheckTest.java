package org.scfin.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The fuzzer's schema check must itself be able to fail: each rule it applies, broken once. */
class SchemaCheckTest {

    private final ObjectMapper json = new ObjectMapper();

    private final SchemaCheck check = new SchemaCheck(OpenApiSpec.of(read("""
            {"components": {"schemas": {
              "Day": {"type": "string", "format": "date"},
              "Status": {"type": "string", "enum": ["OPEN", "CLOSED"]},
              "Thing": {"type": "object", "required": ["id"], "properties": {
                "id": {"type": "string"}, "count": {"type": "integer"}, "amount": {"type": "number"},
                "due": {"$ref": "#/components/schemas/Day"}, "status": {"$ref": "#/components/schemas/Status"},
                "tags": {"type": "array", "items": {"type": "string"}}}}}}}""")));

    private final JsonNode thing = read("""
            {"$ref": "#/components/schemas/Thing"}""");

    @Test
    void aConformingAnswerHasNoViolations() {
        String conforming = """
                {"id": "A", "count": 2, "amount": 1.50, "due": "2025-07-01", "status": "OPEN", "tags": ["x"]}""";
        assertThat(check.violations(read(conforming), thing)).isEmpty();
        assertThat(check.violations(read("""
                {"id": "A", "count": null, "due": null}"""), thing))
                .as("optional properties may be null")
                .isEmpty();
    }

    @Test
    void eachRuleIsEnforced() {
        assertThat(check.violations(read("{\"count\": 1}"), thing)).containsExactly("$.id: required but absent");
        assertThat(check.violations(read("{\"id\": 7}"), thing))
                .containsExactly("$.id: expected \"string\" but was NUMBER");
        assertThat(check.violations(read("{\"id\": \"A\", \"count\": 1.5}"), thing))
                .hasSize(1);
        assertThat(check.violations(read("{\"id\": \"A\", \"due\": \"2025-13-01\"}"), thing))
                .containsExactly("$.due: '2025-13-01' is not a date");
        assertThat(check.violations(read("{\"id\": \"A\", \"status\": \"GONE\"}"), thing))
                .hasSize(1);
        assertThat(check.violations(read("{\"id\": \"A\", \"tags\": [1]}"), thing))
                .containsExactly("$.tags[0]: expected \"string\" but was NUMBER");
        assertThat(check.violations(read("{\"id\": \"A\", \"secret\": 1}"), thing))
                .containsExactly("$.secret: not declared in the schema");
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
