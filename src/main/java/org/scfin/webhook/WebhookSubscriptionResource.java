package org.scfin.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scfin.common.Ids;
import org.scfin.common.PageParams;
import org.scfin.common.PageView;
import org.scfin.common.QueryParams;
import org.scfin.idempotency.IdempotentPost;
import org.scfin.security.Caller;
import org.scfin.security.CurrentCaller;
import org.scfin.security.Role;

@Path("/api/v1/webhook-subscriptions")
@RolesAllowed({Role.ADMIN_NAME, Role.ERP_NAME, Role.SUPPLIER_NAME, Role.BANK_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Webhooks",
        description = "Events pushed to a party's own HTTPS endpoint, signed as Standard Webhooks specifies")
public class WebhookSubscriptionResource {

    private static final String ID = "/{id: " + Ids.PATTERN + "}";
    /** Deliveries are listed newest event first; the list takes no sort. */
    private static final List<String> DELIVERY_ORDER = List.of("createdAt");

    @Inject
    WebhookSubscriptionService service;

    @Inject
    CurrentCaller caller;

    @Inject
    DeliveryService deliveries;

    @Inject
    IdempotentPost idempotent;

    /** Seals the answers that show a secret, when they are kept for an Idempotency-Key's replays. */
    @Inject
    SecretSeal seal;

    @POST
    @Operation(
            operationId = "createWebhookSubscription",
            summary = "Subscribe a URL to event types",
            description = "The party's events of these types (those its feed shows, as the feed shows them) are POSTed"
                    + " to targetUrl from now on. The signing secret is in this answer only: keep it. In production the"
                    + " URL must be https and resolve to public addresses.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "an ERP", value = WebhookExamples.CREATE)))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the subscription",
            content =
                    @Content(
                            schema = @Schema(implementation = CreatedSubscription.class),
                            examples = @ExampleObject(name = "created", value = WebhookExamples.CREATED)))
    public Response create(
            @Valid @NotNull SubscriptionInput body,
            @HeaderParam(IdempotentPost.HEADER) String key,
            @Context UriInfo uri) {
        Caller c = caller.get();
        c.require(Role.ADMIN, Role.ERP, Role.SUPPLIER, Role.BANK);
        service.sequenceCommittedEvents();
        return idempotent.create(c, key, uri, body, seal, () -> service.create(c, body), CreatedSubscription::id);
    }

    @GET
    @Operation(
            operationId = "listWebhookSubscriptions",
            summary = "List the caller's subscriptions",
            description = "A party sees its own, an admin every party's. Sort by createdAt or targetUrl.")
    @APIResponse(responseCode = "200", description = "One page")
    public PageView<SubscriptionView> list(
            @BeanParam PageParams paging, @Parameter(example = "createdAt,desc") @QueryParam("sort") String sort) {
        return service.list(caller.get(), paging.request(sort, WebhookSubscriptionService.SORTABLE));
    }

    @GET
    @Path(ID)
    @Operation(
            operationId = "getWebhookSubscription",
            summary = "Get a subscription (never its secret)",
            description = "The subscription's target, event types, active flag and rotation state. The signing secret"
                    + " is shown only when the subscription is created or its secret rotated; another party's"
                    + " subscription is 404.")
    @APIResponse(
            responseCode = "200",
            description = "The subscription",
            content =
                    @Content(
                            schema = @Schema(implementation = SubscriptionView.class),
                            examples = @ExampleObject(name = "active", value = WebhookExamples.SUBSCRIPTION)))
    public SubscriptionView get(@Parameter(example = WebhookExamples.SUBSCRIPTION_ID) @PathParam("id") String id) {
        return service.get(caller.get(), id);
    }

    @PATCH
    @Path(ID)
    @Operation(
            operationId = "updateWebhookSubscription",
            summary = "Change a subscription's target URL, event types or active flag",
            description = "Fields left out keep their value. A paused subscription (active false) keeps its place:"
                    + " the events meanwhile are delivered, in order, once it is active again.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "pause", value = WebhookExamples.CHANGE)))
    @APIResponse(
            responseCode = "200",
            description = "The subscription as changed",
            content =
                    @Content(
                            schema = @Schema(implementation = SubscriptionView.class),
                            examples = @ExampleObject(name = "changed", value = WebhookExamples.SUBSCRIPTION)))
    public SubscriptionView change(
            @Parameter(example = WebhookExamples.SUBSCRIPTION_ID) @PathParam("id") String id,
            @Valid @NotNull SubscriptionChanges body) {
        return service.change(caller.get(), id, body);
    }

    @DELETE
    @Path(ID)
    @Operation(
            operationId = "deleteWebhookSubscription",
            summary = "Delete a subscription, its deliveries and their attempts",
            description = "Nothing more is delivered to it, including deliveries waiting for a retry; the events"
                    + " themselves stay in the feed.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@Parameter(example = WebhookExamples.SUBSCRIPTION_ID) @PathParam("id") String id) {
        service.delete(caller.get(), id);
        return Response.noContent().build();
    }

    @POST
    @Path(ID + "/rotate-secret")
    @Operation(
            operationId = "rotateWebhookSecret",
            summary = "Replace the signing secret",
            description = "Returns the new secret, shown this once. Until previousSecretValidUntil (24 hours by"
                    + " default, WEBHOOK_ROTATION_GRACE) every delivery carries two signatures, one per secret, so the"
                    + " receiver can switch to the new secret at any moment in that window. No body.")
    @APIResponse(
            responseCode = "200",
            description = "The new secret",
            content =
                    @Content(
                            schema = @Schema(implementation = RotatedSecret.class),
                            examples = @ExampleObject(name = "rotated", value = WebhookExamples.ROTATED)))
    public Response rotateSecret(
            @Parameter(example = WebhookExamples.SUBSCRIPTION_ID) @PathParam("id") String id,
            @HeaderParam(IdempotentPost.HEADER) String key,
            @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.ok(c, key, uri, null, seal, () -> service.rotateSecret(c, id));
    }

    @GET
    @Path(ID + "/deliveries")
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "List a subscription's deliveries with their attempts, newest event first",
            description = "A delivery is PENDING until a 2xx answers it (DELIVERED) or it has failed for the whole"
                    + " retry window, 24 hours (DEAD).")
    @APIResponse(responseCode = "200", description = "One page")
    public PageView<DeliveryView> listDeliveries(
            @Parameter(example = WebhookExamples.SUBSCRIPTION_ID) @PathParam("id") String id,
            @Parameter(example = "DEAD", schema = @Schema(implementation = DeliveryStatus.class)) @QueryParam("status")
                    String status,
            @BeanParam PageParams paging) {
        return deliveries.list(
                caller.get(),
                id,
                QueryParams.enumValue("status", status, DeliveryStatus.class),
                paging.request(null, DELIVERY_ORDER));
    }

    @GET
    @Path(ID + "/deliveries/{deliveryId: " + Ids.PATTERN + "}")
    @Operation(
            operationId = "getWebhookDelivery",
            summary = "Get one delivery with its attempts",
            description = "The delivery of one event to the subscription: its status, webhook-id, next attempt and"
                    + " every attempt made (HTTP status or error, timing), oldest first.")
    @APIResponse(
            responseCode = "200",
            description = "The delivery",
            content =
                    @Content(
                            schema = @Schema(implementation = DeliveryView.class),
                            examples = @ExampleObject(name = "delivered", value = WebhookExamples.DELIVERY)))
    public DeliveryView getDelivery(
            @Parameter(example = WebhookExamples.SUBSCRIPTION_ID) @PathParam("id") String id,
            @Parameter(example = WebhookExamples.DELIVERY_ID) @PathParam("deliveryId") String deliveryId) {
        return deliveries.get(caller.get(), id, deliveryId);
    }

    @POST
    @Path(ID + "/deliveries/{deliveryId: " + Ids.PATTERN + "}/replay")
    @Operation(
            operationId = "replayWebhookDelivery",
            summary = "Send a delivered or dead-lettered delivery again",
            description = "It is queued at once with a new 24-hour retry window and keeps its webhook-id, so a"
                    + " receiver that already processed it can tell. A pending delivery is left as it is. No body.")
    @APIResponse(
            responseCode = "200",
            description = "The delivery, PENDING again",
            content =
                    @Content(
                            schema = @Schema(implementation = DeliveryView.class),
                            examples = @ExampleObject(name = "queued", value = WebhookExamples.DELIVERY_QUEUED)))
    public Response replayDelivery(
            @Parameter(example = WebhookExamples.SUBSCRIPTION_ID) @PathParam("id") String id,
            @Parameter(example = WebhookExamples.DELIVERY_ID) @PathParam("deliveryId") String deliveryId,
            @HeaderParam(IdempotentPost.HEADER) String key,
            @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.ok(c, key, uri, null, () -> deliveries.replay(c, id, deliveryId));
    }

    @POST
    @Path(ID + "/deliveries/replay")
    @Operation(
            operationId = "replayWebhookDeliveries",
            summary = "Send again the deliveries of a range of event cursors",
            description = "Every delivered or dead-lettered delivery whose event cursor lies in the range (both ends"
                    + " included) is queued again, in cursor order, each with its own webhook-id.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "a range", value = WebhookExamples.REPLAY_RANGE)))
    @APIResponse(
            responseCode = "200",
            description = "How many were queued",
            content =
                    @Content(
                            schema = @Schema(implementation = ReplayCount.class),
                            examples = @ExampleObject(name = "queued", value = WebhookExamples.REPLAYED)))
    public Response replayDeliveries(
            @Parameter(example = WebhookExamples.SUBSCRIPTION_ID) @PathParam("id") String id,
            @Valid @NotNull ReplayRange body,
            @HeaderParam(IdempotentPost.HEADER) String key,
            @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.ok(c, key, uri, body, () -> deliveries.replay(c, id, body));
    }
}
