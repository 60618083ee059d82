package org.scfin.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Documents what every {@code /api/v1} operation shares, in one place rather than on each method: the problem+json
 * error responses and, on POSTs, the {@code Idempotency-Key} header. It also states decimal places in words rather than
 * as {@code multipleOf}, and leaves out the unused raw form of the generic page.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiConventions implements OASFilter {

    private static final String ISO_20022 = "/api/v1/iso20022/";
    private static final String NOT_FOUND = "No such resource, or it belongs to another party";
    private static final Map<String, String> WRITE_ERRORS = Map.of(
            "408", "The body did not arrive in time after the headers",
            "409",
                    "Conflicts with the current state (duplicate, illegal transition, concurrent change, or the"
                            + " Idempotency-Key is still in use)",
            "413", "Body larger than 4 MB",
            "415", "A body without Content-Type, or of a type other than application/json",
            "422",
                    "A field breaks a rule (errors name each field and rule), or the Idempotency-Key was used with another payload",
            "503",
                    "Too many request bodies arriving at once, or the write kept colliding with concurrent writes"
                            + " (then with Retry-After); nothing was applied, send it again in a few seconds");

    /**
     * Bean Validation's {@code @Digits} comes out as {@code multipleOf: 0.0001}; a JSON Schema validator that divides
     * in binary floating point then refuses 4.1 (4.1 / 0.0001 = 40999.99999999999), so a client validating its own
     * requests would reject good ones. The rule stays, in the description, and the service checks it exactly.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        BigDecimal step = schema.getMultipleOf();
        if (step != null && step.compareTo(BigDecimal.ONE) < 0) {
            schema.setMultipleOf(null);
            String places = "at most " + step.stripTrailingZeros().scale() + " decimal places";
            String description = schema.getDescription();
            if (description == null || description.isBlank()) {
                schema.setDescription(Character.toUpperCase(places.charAt(0)) + places.substring(1));
            } else if (!description.contains("decimal place")) {
                schema.setDescription(description + "; " + places);
            }
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        // the generic page is only ever used specialised (PageViewBankView, ...); its raw form is referenced by nothing
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().removeSchema("PageView");
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.getOperations().forEach((method, operation) -> document(path, method, operation));
        });
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses =
                operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        // sorted by status, so the generated document is the same on every build
        Map<String, String> errors = new TreeMap<>(Map.of(
                "400", "Malformed request: unreadable JSON, wrong type, unknown field or enum value, bad parameter",
                "401",
                        "Missing, expired or untrusted bearer token, or one that does not name exactly one role and its party",
                "403", "The caller's role may not do this",
                "414", "URI longer than 8,192 characters",
                "500", "Failure on our side; the body carries an error id to quote"));
        if (path.contains("{")) {
            errors.put("404", NOT_FOUND);
        }
        if (method == PathItem.HttpMethod.POST
                || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH) {
            errors.putAll(WRITE_ERRORS);
        }
        errors.forEach((code, description) -> addProblem(responses, code, description));
        // ISO 20022 messages carry their own unique id instead (see InvoiceFinancingResource)
        if (method == PathItem.HttpMethod.POST && !path.startsWith(ISO_20022)) {
            // the resource declares the header; one parameter per name and place, so describe that one
            Parameter header = operation.getParameters() == null
                    ? null
                    : operation.getParameters().stream()
                            .filter(p -> "Idempotency-Key".equals(p.getName()) && p.getIn() == Parameter.In.HEADER)
                            .findFirst()
                            .orElse(null);
            if (header == null) {
                header = OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER);
                operation.addParameter(header);
            }
            header.required(false)
                    .description(
                            "Makes the POST safe to retry: a replay returns the original status and body (with header"
                                    + " Idempotent-Replayed: true); the same key with another payload is 422; while the first request runs"
                                    + " it is 409. A request refused with 400 or 422 keeps nothing, so the key may carry the corrected request."
                                    + " Scoped to the caller, kept 24 hours. 1 to 255 visible ASCII characters, sent once.")
                    .schema(OASFactory.createSchema()
                            .addType(Schema.SchemaType.STRING)
                            .maxLength(255))
                    .example("erp-batch-2025-07-01-0001");
        }
        operation.setResponses(responses);
        moveRolesOutOfSecurity(operation);
    }

    /**
     * The roles allowed come out as the bearer requirement's "scopes". OpenAPI 3.1 permits role names there, but 3.0
     * tools and linters (Spectral's oas3-operation-security-defined) read them as OAuth scopes that no scheme defines,
     * and generated clients would ask for them. The requirement keeps the bearer token alone; the roles move to
     * {@code x-roles}.
     */
    private static void moveRolesOutOfSecurity(Operation operation) {
        if (operation.getSecurity() == null) {
            return;
        }
        List<String> roles = new ArrayList<>();
        List<SecurityRequirement> plain = new ArrayList<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            SecurityRequirement bare = OASFactory.createSecurityRequirement();
            requirement.getSchemes().forEach((scheme, scopes) -> {
                roles.addAll(scopes == null ? List.of() : scopes);
                bare.addScheme(scheme);
            });
            plain.add(bare);
        }
        operation.setSecurity(plain);
        if (!roles.isEmpty()) {
            operation.addExtension("x-roles", roles);
        }
    }

    /** Adds the problem response, or gives a generated one (such as the security 401/403) its problem+json body. */
    private static void addProblem(APIResponses responses, String code, String description) {
        if (responses.hasAPIResponse(code) && responses.getAPIResponse(code).getContent() != null) {
            return;
        }
        MediaType problem =
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
        responses.addAPIResponse(
                code, OASFactory.createAPIResponse().description(description).content(content));
    }
}
