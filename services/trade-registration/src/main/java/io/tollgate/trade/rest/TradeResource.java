package io.tollgate.trade.rest;

import io.tollgate.platform.problem.Problem;
import io.tollgate.platform.problem.ProblemException;
import io.tollgate.platform.problem.ProblemType;
import io.tollgate.platform.security.Roles;
import io.tollgate.trade.api.TradeApi;
import io.tollgate.trade.domain.TradeStatus;
import io.tollgate.trade.service.TradeQueries;
import io.tollgate.trade.service.TradeRegistration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Registration and lookup of trades. */
@Path("/api/v1/trades")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "trades", description = "Register trades; every party is screened and the trade rules applied")
public class TradeResource {

    private final TradeRegistration registration;
    private final TradeQueries trades;
    private final JsonWebToken jwt;

    public TradeResource(TradeRegistration registration, TradeQueries trades, JsonWebToken jwt) {
        this.registration = registration;
        this.trades = trades;
        this.jwt = jwt;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRADE_CLERK)
    @Operation(operationId = "registerTrade", summary = "Register a trade", description = "Stores the trade, screens every party and declared owner, "
            + "applies the embargo, goods, rail, prohibited-counterparty and ownership rules, and answers with the "
            + "status and every reason. The Idempotency-Key header is required and belongs to the caller (the token's "
            + "user): the same caller's key with the same body gives the original trade back (200), with another body "
            + "409; another caller's identical key is a new request. If screening is unavailable, or refuses the "
            + "caller's token (401/403, not retried), the trade is stored PENDING_SCREENING and screened in the "
            + "background with the service token, never cleared unscreened. Registered trades are screened again when "
            + "the lists change.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "wheat over Mir", value = Examples.TRADE_REQUEST)))
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TradeApi.TradeView.class),
            examples = @ExampleObject(name = "blocked", value = Examples.TRADE)))
    @APIResponse(responseCode = "200", description = "Registered before under the same key and body", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TradeApi.TradeView.class)))
    @APIResponse(responseCode = "400", description = "The trade or the Idempotency-Key is invalid (each in violations)")
    @APIResponse(responseCode = "409", description = "The caller used the key with another body, or another request "
            + "with the same key is in flight")
    public Response register(@Parameter(required = true, description = "1-128 characters; the same key and body give the "
                                     + "original trade back") @HeaderParam("Idempotency-Key") String idempotencyKey,
                             @NotNull @Valid TradeApi.TradeRequest request, @Context UriInfo uri) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 128) {
            throw new ProblemException(ProblemType.VALIDATION, "The Idempotency-Key header is required (1-128 characters)",
                    List.of(new Problem.Violation("Idempotency-Key", "must be 1 to 128 characters")));
        }
        TradeRegistration.Registration r = registration.register(idempotencyKey.trim(), request, jwt.getName(), jwt.getRawToken());
        if (!r.created()) {
            return Response.ok(r.trade()).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(r.trade().id())).build())
                .entity(r.trade()).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.TRADE_CLERK, Roles.ANALYST, Roles.SUPERVISOR, Roles.AUDITOR})
    @APIResponse(responseCode = "200", description = "The trade", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TradeApi.TradeView.class)))
    @APIResponse(responseCode = "404", description = "No such trade")
    @Operation(operationId = "getTrade", summary = "A trade", description = "The trade as sent, its status, reasons and alerts.")
    public TradeApi.TradeView find(@PathParam("id") long id) {
        return trades.find(id).orElseThrow(() -> ProblemException.notFound("No trade " + id));
    }

    @GET
    @RolesAllowed({Roles.TRADE_CLERK, Roles.ANALYST, Roles.SUPERVISOR, Roles.AUDITOR})
    @Operation(operationId = "searchTrades", summary = "Search trades", description = "By status, trade date range (from, to: YYYY-MM-DD, "
            + "inclusive) and corridor (origin-destination country, e.g. RU-VE); newest first, at most 500.")
    public List<TradeApi.TradeView> search(@QueryParam("status") String status, @QueryParam("from") String from,
                                           @QueryParam("to") String to, @QueryParam("corridor") String corridor) {
        Optional<TradeStatus> s = Optional.ofNullable(status).filter(v -> !v.isBlank()).map(v -> {
            try {
                return TradeStatus.valueOf(v.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw invalid("status", "must be CLEARED, HELD, BLOCKED, REJECTED or PENDING_SCREENING");
            }
        });
        Optional<String> c = Optional.ofNullable(corridor).filter(v -> !v.isBlank()).map(v -> {
            if (!v.matches("[A-Za-z]{2}-[A-Za-z]{2}")) {
                throw invalid("corridor", "must be two ISO 3166 alpha-2 codes joined by '-', e.g. RU-VE");
            }
            return v.toUpperCase(Locale.ROOT);
        });
        return trades.search(s, date("from", from), date("to", to), c);
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed(Roles.AUDITOR)
    @Operation(operationId = "getTradeAudit", summary = "A trade's audit trail", description = "Every event, oldest first: registered, screened "
            + "(screening ids and list versions), screening failures, rules evaluated, alerts raised and decided, status "
            + "changes; append-only, retention class OFAC-10Y.")
    public List<TradeApi.AuditEventView> audit(@PathParam("id") long id) {
        return trades.audit(id).orElseThrow(() -> ProblemException.notFound("No trade " + id));
    }

    private static Optional<LocalDate> date(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.trim()));
        } catch (DateTimeParseException e) {
            throw invalid(field, "must be a date YYYY-MM-DD");
        }
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, field + " " + message,
                List.of(new Problem.Violation(field, message)));
    }
}
