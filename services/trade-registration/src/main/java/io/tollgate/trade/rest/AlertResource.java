package io.tollgate.trade.rest;

import io.tollgate.platform.problem.Problem;
import io.tollgate.platform.problem.ProblemException;
import io.tollgate.platform.problem.ProblemType;
import io.tollgate.platform.security.Roles;
import io.tollgate.trade.api.TradeApi;
import io.tollgate.trade.domain.AlertState;
import io.tollgate.trade.service.AlertService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Alerts (potential matches on trade parties) and the four-eyes decisions on them. */
@Path("/api/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "alerts", description = "Decide potential matches: analyst first, a different supervisor to release")
public class AlertResource {

    private static final List<String> STATUSES = Arrays.stream(AlertState.values()).map(Enum::name).toList();

    private final AlertService alerts;
    private final SecurityIdentity identity;

    public AlertResource(AlertService alerts, SecurityIdentity identity) {
        this.alerts = alerts;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.AUDITOR})
    @Operation(operationId = "searchAlerts", summary = "Alerts", description = "By status (OPEN, ESCALATED, AWAITING_SECOND_REVIEW, FALSE_POSITIVE, "
            + "TRUE_MATCH) and age (olderThan: an ISO-8601 duration such as PT4H), oldest first, at most 500.")
    public List<TradeApi.AlertView> search(@Parameter(schema = @Schema(implementation = AlertState.class))
                                           @QueryParam("status") String status,
                                           @QueryParam("olderThan") String olderThan) {
        Optional<String> s = Optional.ofNullable(status).filter(v -> !v.isBlank())
                .map(v -> v.trim().toUpperCase(Locale.ROOT));
        if (s.isPresent() && !STATUSES.contains(s.get())) {
            throw invalid("status", "must be one of " + String.join(", ", STATUSES));
        }
        Optional<Duration> age = Optional.empty();
        if (olderThan != null && !olderThan.isBlank()) {
            try {
                age = Optional.of(Duration.parse(olderThan.trim()));
            } catch (DateTimeParseException e) {
                throw invalid("olderThan", "must be an ISO-8601 duration such as PT4H or P2D");
            }
        }
        return alerts.search(s.map(AlertState::valueOf), age);
    }

    @POST
    @Path("/{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR})
    @Operation(operationId = "decideAlert", summary = "Decide an alert", description = "TRUE_MATCH blocks (asset-freeze list) or rejects the trade "
            + "at once. FALSE_POSITIVE needs a second FALSE_POSITIVE by a different supervisor before the alert closes "
            + "and the trade can be released (403 for the same person). ESCALATE hands it to a supervisor. A decision "
            + "that conflicts with another one taken at the same time (on the alert, or a re-screening of its trade "
            + "after a list change), or with the alert's state, is 409; nothing is recorded then.")
    @APIResponse(responseCode = "200", description = "The decision was recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TradeApi.AlertDecisionResult.class)))
    @APIResponse(responseCode = "400", description = "The decision is invalid (each field in violations)")
    @APIResponse(responseCode = "404", description = "No such alert")
    @APIResponse(responseCode = "409", description = "The decision conflicts with the alert's state or another decision")
    public TradeApi.AlertDecisionResult decide(@PathParam("id") long id,
                                               @NotNull @Valid TradeApi.AlertDecisionRequest request) {
        return alerts.decide(id, request, identity.getPrincipal().getName(), identity.hasRole(Roles.SUPERVISOR));
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, field + " " + message,
                List.of(new Problem.Violation(field, message)));
    }
}
