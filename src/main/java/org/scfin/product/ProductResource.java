package org.scfin.product;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scfin.common.Examples;
import org.scfin.common.Ids;
import org.scfin.common.PageParams;
import org.scfin.common.PageView;
import org.scfin.common.QueryParams;
import org.scfin.common.WellFormedId;
import org.scfin.enterprise.TaxGrade;
import org.scfin.idempotency.IdempotentPost;
import org.scfin.region.WellFormedRegionCode;
import org.scfin.security.Caller;
import org.scfin.security.CurrentCaller;
import org.scfin.security.Role;

@Path("/api/v1/products")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Product pool", description = "Credit products banks publish for the small firms of the regions they serve")
public class ProductResource {

    @Inject
    ProductService service;

    @Inject
    CurrentCaller caller;

    @Inject
    IdempotentPost idempotent;

    @POST
    @RolesAllowed(Role.BANK_NAME)
    @Operation(
            operationId = "createCreditProduct",
            summary = "Publish a credit product (a bank, for itself)",
            description = "Kind, rate range, the most one financing lends and for how long, the regions served (each"
                    + " with every region under it), the worst tax credit grade accepted, and whether it is fully"
                    + " online. 422 names each field that breaks a rule (rateMax below rateMin, an unknown region).")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "pure credit", value = ProductExamples.PRODUCT_BODY)))
    @APIResponse(
            responseCode = "201",
            description = "Published",
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    public Response create(
            @Valid @NotNull ProductInput body, @HeaderParam(IdempotentPost.HEADER) String key, @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.create(c, key, uri, body, () -> service.create(c, body), ProductView::id);
    }

    @PUT
    @Path("/{id: " + Ids.PATTERN + "}")
    @RolesAllowed(Role.BANK_NAME)
    @Operation(
            operationId = "updateCreditProduct",
            summary = "Replace a product's terms (its bank)",
            description = "The whole product, as when it was published. Another bank's product is a 404; a withdrawn"
                    + " one a 409. Lines already granted under it are checked against the new terms at each approval.")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "pure credit", value = ProductExamples.PRODUCT_BODY)))
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    public ProductView update(@PathParam("id") String id, @Valid @NotNull ProductInput body) {
        return service.update(caller.get(), id, body);
    }

    @POST
    @Path("/{id: " + Ids.PATTERN + "}/withdraw")
    @RolesAllowed(Role.BANK_NAME)
    @Operation(
            operationId = "withdrawCreditProduct",
            summary = "Withdraw a product from the pool (its bank)",
            description = "It leaves the search and the figures and takes no new lines; lines already granted under it"
                    + " keep their terms until they expire. 409 if already withdrawn; another bank's product is a 404.")
    @APIResponse(
            responseCode = "200",
            description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    public Response withdraw(
            @PathParam("id") String id, @HeaderParam(IdempotentPost.HEADER) String key, @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.ok(c, key, uri, null, () -> service.withdraw(c, id));
    }

    @GET
    @Path("/{id: " + Ids.PATTERN + "}")
    @RolesAllowed({Role.ADMIN_NAME, Role.BANK_NAME, Role.SUPPLIER_NAME})
    @Operation(
            operationId = "getCreditProduct",
            summary = "Get a product",
            description = "A published product is public to suppliers and banks; a withdrawn one only to its bank and"
                    + " admins (404 to the others).")
    public ProductView get(@PathParam("id") String id) {
        return service.get(caller.get(), id);
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.BANK_NAME, Role.SUPPLIER_NAME})
    @Operation(
            operationId = "searchCreditProducts",
            summary = "Search the pool",
            description = "Published products matching every filter given, cheapest first by default (sort by rateMin,"
                    + " maxAmount, maxTermDays or createdAt). A supplier that names no region searches its own.")
    public PageView<ProductView> search(
            @Parameter(schema = @Schema(implementation = ProductKind.class), example = ProductExamples.KIND)
                    @QueryParam("kind")
                    String kind,
            @Parameter(
                            description = "Products serving this region: served there or at a region above it",
                            example = Examples.DISTRICT_CODE)
                    @QueryParam("regionCode")
                    @WellFormedRegionCode
                    String regionCode,
            @Parameter(description = "Yuan wanted: products lending at least this much", example = "500000")
                    @QueryParam("amount")
                    String amount,
            @Parameter(description = "Days wanted: products lending at least this long", example = "180")
                    @QueryParam("termDays")
                    String termDays,
            @Parameter(description = "Percent a year: products whose lowest rate is at most this", example = "4")
                    @QueryParam("maxRate")
                    String maxRate,
            @Parameter(description = "Only fully online products (true) or only the others (false)", example = "true")
                    @QueryParam("fullyOnline")
                    String fullyOnline,
            @Parameter(
                            description = "The firm's tax credit grade: products whose minimum grade it meets",
                            schema = @Schema(implementation = TaxGrade.class),
                            example = ProductExamples.MIN_TAX_GRADE)
                    @QueryParam("taxGrade")
                    String taxGrade,
            @Parameter(example = Examples.BANK_ID) @QueryParam("bankId") @WellFormedId String bankId,
            @BeanParam PageParams paging,
            @Parameter(example = "rateMin,asc") @QueryParam("sort") String sort) {
        ProductSearch search = new ProductSearch(
                QueryParams.enumValue("kind", kind, ProductKind.class),
                regionCode,
                QueryParams.money("amount", amount),
                QueryParams.integer("termDays", termDays),
                SearchParams.rate("maxRate", maxRate),
                SearchParams.yesNo("fullyOnline", fullyOnline),
                QueryParams.enumValue("taxGrade", taxGrade, TaxGrade.class),
                bankId);
        return service.search(caller.get(), search, paging.request(sort, ProductService.SORTABLE));
    }
}
