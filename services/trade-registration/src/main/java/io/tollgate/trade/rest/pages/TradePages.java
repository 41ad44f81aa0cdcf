package io.tollgate.trade.rest.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.tollgate.platform.problem.ProblemException;
import io.tollgate.platform.problem.ProblemType;
import io.tollgate.platform.security.Roles;
import io.tollgate.trade.api.TradeApi;
import io.tollgate.trade.config.TradeConfig;
import io.tollgate.trade.domain.PartyIdentifierType;
import io.tollgate.trade.domain.PartyRole;
import io.tollgate.trade.domain.SettlementRail;
import io.tollgate.trade.repository.WorkbenchReads;
import io.tollgate.trade.service.TradeQueries;
import io.tollgate.trade.service.TradeRegistration;
import io.tollgate.web.WebForm;
import io.tollgate.web.WebPages;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The trade pages: search ({@code GET /trades}), a trade with its parties, goods, rail, reasons, alerts and (for
 * auditors) audit trail ({@code GET /trades/{id}}), and the registration form ({@code GET}/{@code POST /trades/new})
 * which builds the API's request and registers it through the same {@link TradeRegistration}. HTML for a browser;
 * hidden from the OpenAPI document.
 */
@Path("/trades")
@Produces(MediaType.TEXT_HTML)
// who may see a page is decided in it (WebPages.require): a browser without a session is sent to sign in, not given a 401
@PermitAll
public class TradePages {

    private static final String[] READERS = {Roles.TRADE_CLERK, Roles.ANALYST, Roles.SUPERVISOR, Roles.AUDITOR};

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(TradeSearchView.Page page);

        static native TemplateInstance trade(TradeView page);

        static native TemplateInstance form(FormPage page);
    }

    /** A trade's page: the trade, its audit trail when the caller may read it, and a notice after registering. */
    public record TradeView(TradeApi.TradeView trade, Optional<List<TradeApi.AuditEventView>> audit,
                            boolean auditor, boolean reviewer, Optional<String> notice) {
    }

    /** The registration form: the values, the problems of the last submission, the choices of each select. */
    public record FormPage(TradeForm form, List<String> problems, Optional<String> error, List<String> roles,
                           List<String> types, List<String> rails, List<String> identifierTypes) {
    }

    private final WebPages pages;
    private final TradeQueries trades;
    private final TradeRegistration registration;
    private final Validator validator;
    private final JsonWebToken jwt;
    private final int pageSize;

    public TradePages(WebPages pages, TradeQueries trades, TradeRegistration registration, Validator validator,
                      JsonWebToken jwt, TradeConfig config) {
        this.pages = pages;
        this.trades = trades;
        this.registration = registration;
        this.validator = validator;
        this.jwt = jwt;
        this.pageSize = config.workbench().pageSize();
    }

    @GET
    @Operation(hidden = true)
    public Response search(@QueryParam("status") String status, @QueryParam("corridor") String corridor,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("reference") String reference, @QueryParam("before") String before) {
        pages.require(READERS);
        TradeSearchView.Query query = TradeSearchView.query(status, corridor, from, to, reference, before);
        List<String> problems = new ArrayList<>();
        WorkbenchReads.TradeFilter filter = query.filter(problems);
        List<WorkbenchReads.TradeSummary> rows = trades.summaries(filter, query.before(), pageSize + 1);
        return WebPages.html(Templates.search(TradeSearchView.page(query, problems, rows, pageSize,
                pages.has(Roles.TRADE_CLERK))));
    }

    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    public Response trade(@PathParam("id") String id, @QueryParam("registered") String registered) {
        pages.require(READERS);
        long tradeId = id(id);
        TradeApi.TradeView trade = trades.find(tradeId)
                .orElseThrow(() -> WebPages.notFound("No trade " + tradeId + "."));
        boolean auditor = pages.has(Roles.AUDITOR);
        Optional<List<TradeApi.AuditEventView>> audit = auditor ? trades.audit(tradeId) : Optional.empty();
        Optional<String> notice = "1".equals(registered)
                ? Optional.of("Trade " + trade.reference() + " is registered: " + trade.status() + ".")
                : Optional.empty();
        return WebPages.html(Templates.trade(new TradeView(trade, audit, auditor,
                pages.has(Roles.ANALYST) || pages.has(Roles.SUPERVISOR) || auditor, notice)));
    }

    @GET
    @Path("/new")
    @Operation(hidden = true)
    public Response form() {
        pages.require(Roles.TRADE_CLERK);
        return WebPages.html(form(TradeForm.empty(), List.of(), Optional.empty()));
    }

    @POST
    @WebForm
    @Path("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response register(@BeanParam TradeForm form) {
        pages.require(Roles.TRADE_CLERK);
        List<String> problems = new ArrayList<>();
        TradeApi.TradeRequest request = form.toRequest(problems);
        problems.addAll(FormProblems.of(validator.validate(request)));
        String key = form.idempotencyKey == null ? "" : form.idempotencyKey.strip();
        if (key.isEmpty() || key.length() > 128) {
            problems.add("Idempotency-Key must be 1 to 128 characters (reload the form)");
        }
        if (!problems.isEmpty()) {
            return WebPages.html(400, form(form, problems.stream().distinct().sorted().toList(), Optional.empty()));
        }
        TradeRegistration.Registration r;
        try {
            r = registration.register(key, request, pages.user(), jwt.getRawToken());
        } catch (ProblemException e) {
            if (e.type() == ProblemType.CONFLICT) {
                form.idempotencyKey = TradeForm.empty().idempotencyKey; // a changed form is a new registration
            }
            return WebPages.html(e.type().status(), form(form, FormProblems.ofProblem(e.violations()),
                    Optional.of(e.getMessage())));
        }
        return WebPages.redirect("/trades/" + r.trade().id() + "?registered=1");
    }

    private TemplateInstance form(TradeForm form, List<String> problems, Optional<String> error) {
        return Templates.form(new FormPage(form, problems, error, names(PartyRole.values()),
                List.of("organization", "person", "vessel", "aircraft"), names(SettlementRail.values()),
                names(PartyIdentifierType.values())));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw WebPages.notFound("No trade " + id + ".");
        }
    }
}
