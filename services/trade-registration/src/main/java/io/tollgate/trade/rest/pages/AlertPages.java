package io.tollgate.trade.rest.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.tollgate.platform.problem.ProblemException;
import io.tollgate.platform.security.Roles;
import io.tollgate.trade.api.TradeApi;
import io.tollgate.trade.domain.AlertOutcome;
import io.tollgate.trade.service.AlertService;
import io.tollgate.trade.service.AlertWorkbench;
import io.tollgate.web.WebForm;
import io.tollgate.web.WebPages;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The analysts' and supervisors' pages: the alert queue ({@code GET /}) and an alert's review with its decision form
 * ({@code GET /alerts/{id}}, {@code POST /alerts/{id}/decisions}). HTML for a browser signed in at {@code /login};
 * not part of the API (hidden from the OpenAPI document). Decisions go through the same {@link AlertService} as the
 * API, so four eyes holds here exactly as there.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
// who may see a page is decided in it (WebPages.require): a browser without a session is sent to sign in, not given a 401
@PermitAll
public class AlertPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(AlertQueueView.Page page);

        static native TemplateInstance review(AlertReviewView.Page page);
    }

    private final WebPages pages;
    private final AlertWorkbench workbench;
    private final AlertService decisions;
    private final Validator validator;
    private final JsonWebToken jwt;

    public AlertPages(WebPages pages, AlertWorkbench workbench, AlertService decisions, Validator validator,
                      JsonWebToken jwt) {
        this.pages = pages;
        this.workbench = workbench;
        this.decisions = decisions;
        this.validator = validator;
        this.jwt = jwt;
    }

    @GET
    @Operation(hidden = true)
    public Response queue(@QueryParam("status") String status, @QueryParam("list") String list,
                          @QueryParam("corridor") String corridor, @QueryParam("role") String role,
                          @QueryParam("age") String age, @QueryParam("offset") String offset) {
        if (!pages.has(Roles.ANALYST) && !pages.has(Roles.SUPERVISOR)
                && (pages.has(Roles.TRADE_CLERK) || pages.has(Roles.AUDITOR))) {
            return WebPages.redirect("/trades"); // this service's page for clerks and auditors
        }
        pages.require(Roles.ANALYST, Roles.SUPERVISOR);
        AlertQueueView.Query query = AlertQueueView.query(status, list, corridor, role, age, offset);
        List<String> problems = new ArrayList<>();
        Instant now = Instant.now();
        boolean supervisor = pages.has(Roles.SUPERVISOR);
        AlertWorkbench.Queue queue = workbench.queue(query.filter(now, problems), query.offset(), pages.user(),
                supervisor, now);
        return WebPages.html(Templates.queue(AlertQueueView.page(queue, query, problems, supervisor)));
    }

    @GET
    @Path("/alerts/{id}")
    @Operation(hidden = true)
    public Response review(@PathParam("id") String id, @QueryParam("decided") String decided) {
        pages.require(Roles.ANALYST, Roles.SUPERVISOR, Roles.AUDITOR);
        long alertId = id(id);
        Optional<String> notice = Optional.ofNullable(decided).filter(d -> List.of("TRUE_MATCH", "FALSE_POSITIVE",
                "ESCALATE").contains(d)).map(d -> "Your decision " + d + " is recorded.");
        return WebPages.html(render(alertId, notice, Optional.empty(), List.of(), "", ""));
    }

    @POST
    @WebForm
    @Path("/alerts/{id}/decisions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response decide(@PathParam("id") String id, @RestForm String csrf, @RestForm String decision,
                           @RestForm String reason) {
        pages.require(Roles.ANALYST, Roles.SUPERVISOR);
        long alertId = id(id);
        String outcome = decision == null ? "" : decision.strip().toUpperCase(Locale.ROOT);
        String comment = reason == null ? "" : reason.strip();
        TradeApi.AlertDecisionRequest request = new TradeApi.AlertDecisionRequest(outcome, comment);
        List<String> problems = FormProblems.of(validator.validate(request));
        if (!problems.isEmpty()) {
            return WebPages.html(400, render(alertId, Optional.empty(), Optional.empty(), problems, outcome,
                    comment));
        }
        try {
            decisions.decide(alertId, request, pages.user(), pages.has(Roles.SUPERVISOR));
        } catch (ProblemException e) {
            int status = e.type().status();
            if (status == 404) {
                throw WebPages.notFound("No alert " + alertId + ".");
            }
            String message = status == 409
                    ? "Decided meanwhile: this alert changed while you were reading it, so your decision was not "
                    + "recorded. Reload the page to see the alert as it is now. (" + e.getMessage() + ")"
                    : e.getMessage();
            return WebPages.html(status, render(alertId, Optional.empty(), Optional.of(message),
                    FormProblems.ofProblem(e.violations()), outcome, comment));
        }
        return WebPages.redirect("/alerts/" + alertId + "?decided=" + AlertOutcome.valueOf(outcome).name());
    }

    private TemplateInstance render(long alertId, Optional<String> notice, Optional<String> error,
                                    List<String> problems, String decision, String reason) {
        boolean supervisor = pages.has(Roles.SUPERVISOR);
        boolean reviewer = supervisor || pages.has(Roles.ANALYST);
        AlertWorkbench.Review review = workbench.review(alertId, pages.user(), supervisor,
                jwt.getRawToken() == null ? "" : jwt.getRawToken())
                .orElseThrow(() -> WebPages.notFound("No alert " + alertId + "."));
        return Templates.review(AlertReviewView.page(review, reviewer, pages.user(), notice, error, problems,
                decision, reason));
    }

    private static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw WebPages.notFound("No alert " + id + ".");
        }
    }
}
