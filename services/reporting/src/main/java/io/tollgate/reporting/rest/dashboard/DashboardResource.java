package io.tollgate.reporting.rest.dashboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.tollgate.platform.security.Roles;
import io.tollgate.reporting.api.ReportingApi;
import io.tollgate.reporting.config.ReportingConfig;
import io.tollgate.reporting.domain.InvalidInputException;
import io.tollgate.reporting.domain.Report;
import io.tollgate.reporting.domain.ReportName;
import io.tollgate.reporting.domain.exposure.Exposure;
import io.tollgate.reporting.service.ReportService;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The dashboard a compliance officer opens every morning: the settlement-currency mix over time for a corridor, the
 * exposure tables, the register with its countdowns, screening operations and list-change impact, each linking to its
 * CSV. Server-rendered HTML with inline SVG: no script, no external resource.
 */
@Path("/")
@Tag(name = "dashboard", description = "The HTML dashboard (a browser signs in at /login)")
public class DashboardResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(DashboardPage page);

        static native TemplateInstance forbidden(String user, String roles);
    }

    private static final List<String> RAILS = List.of("SWIFT", "SPFS", "CIPS", "MIR", "CRYPTO", "CASH", "OTHER");
    private static final List<String> PAGE_PARAMETERS = List.of("from", "to", "period", "corridor", "rail",
            "currency", "asOf");

    private final ReportService reports;
    private final SecurityIdentity identity;
    private final ReportingConfig config;

    public DashboardResource(ReportService reports, SecurityIdentity identity, ReportingConfig config) {
        this.reports = reports;
        this.identity = identity;
        this.config = config;
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The dashboard", description = "HTML for a browser; needs the role auditor or supervisor, "
            + "from the session cookie set by POST /login or a bearer token. Without one it redirects to /login. "
            + "Query: from, to, period, corridor, rail, currency, asOf (as the reports).")
    public Response dashboard(@Context UriInfo uri) {
        if (identity.isAnonymous()) {
            return Response.seeOther(URI.create("/login")).build();
        }
        String user = identity.getPrincipal().getName();
        String roles = String.join(", ", identity.getRoles().stream().sorted().toList());
        if (!identity.hasRole(Roles.AUDITOR) && !identity.hasRole(Roles.SUPERVISOR)) {
            return Response.status(403).type(MediaType.TEXT_HTML).entity(Templates.forbidden(user, roles)).build();
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((k, v) -> {
            if (PAGE_PARAMETERS.contains(k) && !v.isEmpty() && v.get(0) != null && !v.get(0).isBlank()) {
                query.put(k, List.of(v.get(0)));
            }
        });
        List<String> errors = new ArrayList<>();
        Map<String, List<String>> mixQuery = pick(query, "from", "to", "period", "corridor", "rail", "currency");
        Report mix;
        try {
            mix = reports.produce(ReportName.SETTLEMENT_CURRENCY_MIX, mixQuery, Optional.empty());
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(v.field() + " " + v.message()));
            query.clear();
            mixQuery = Map.of();
            mix = reports.produce(ReportName.SETTLEMENT_CURRENCY_MIX, mixQuery, Optional.empty());
        }
        Map<String, String> p = mix.parameters();
        Report exposure = reports.produce(ReportName.EXPOSURE, pick(query, "from", "to", "corridor", "rail",
                "currency"), Optional.empty());
        Map<String, List<String>> registerQuery = pick(query, "corridor", "asOf");
        Report register;
        try {
            register = reports.produce(ReportName.REGISTER, registerQuery, Optional.empty());
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(v.field() + " " + v.message()));
            register = reports.produce(ReportName.REGISTER, pick(query, "corridor"), Optional.empty());
        }
        Report operations = reports.produce(ReportName.SCREENING_OPERATIONS, Map.of(), Optional.empty());
        Report lists = reports.produce(ReportName.LIST_CHANGE_IMPACT, Map.of(), Optional.empty());

        DashboardPage.Filters filters = new DashboardPage.Filters(p.get("from"), p.get("to"), p.get("period"),
                p.getOrDefault("corridor", ""), p.getOrDefault("rail", ""), p.get("currency"),
                register.parameters().get("asOf"), corridors(p.get("corridor")), options(RAILS, p.get("rail"), "All rails"),
                List.of(new DashboardPage.Option("month", "Month", "month".equals(p.get("period"))),
                        new DashboardPage.Option("quarter", "Quarter", "quarter".equals(p.get("period")))),
                config.currencies().stream().sorted().map(c -> new DashboardPage.Option(c, c,
                        c.equals(p.get("currency")))).toList());
        DashboardPage page = new DashboardPage(user, roles, Fmt.time(mix.dataCutoff()), mix.listVersions().stream()
                .map(v -> v.source() + " v" + v.versionId() + " (" + v.importedAt().toString().substring(0, 10) + ")")
                .toList(), p.get("currency"), filters, errors, mix(mix), exposure(exposure), register(register),
                PageViews.operations(operations), PageViews.listImpact(lists));
        return Response.ok(Templates.dashboard(page)).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    @POST
    @Path("/logout")
    @PermitAll
    @Operation(summary = "Sign out", description = "Removes the session cookie; 303 to the sign-in page.")
    public Response signOut() {
        return Response.seeOther(URI.create("/login"))
                .cookie(LoginResource.expired(config.dashboard().secureCookie())).build();
    }

    private DashboardPage.Mix mix(Report report) {
        List<Map<String, Object>> rows = report.table().records();
        LinkedHashSet<String> periods = new LinkedHashSet<>();
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (Map<String, Object> r : rows) {
            periods.add((String) r.get("period"));
            totals.merge((String) r.get("currency"), (BigDecimal) r.get("value"), BigDecimal::add);
        }
        // the reporting currency at the bottom, the rest by their total value, so the eye follows the dollar's share
        String quote = report.parameters().get("currency");
        List<String> order = new ArrayList<>();
        if (totals.containsKey(quote)) {
            order.add(quote);
        }
        totals.entrySet().stream().filter(e -> !e.getKey().equals(quote))
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> order.add(e.getKey()));
        List<Charts.Share> shares = new ArrayList<>();
        List<DashboardPage.MixRow> table = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            String currency = (String) r.get("currency");
            shares.add(new Charts.Share((String) r.get("period"), currency, (BigDecimal) r.get("share_percent"),
                    Fmt.money(r.get("value")) + " " + quote));
            long missing = (Long) r.get("trades_without_rate");
            table.add(new DashboardPage.MixRow((String) r.get("period"), currency, Charts.colour(currency, order),
                    Fmt.count(r.get("trades")), Fmt.money(r.get("amount")), Fmt.money(r.get("value")),
                    Fmt.percent(r.get("share_percent")), missing == 0 ? "" : Fmt.count(missing)));
        }
        String corridor = report.parameters().get("corridor");
        String title = "Settlement-currency mix" + (corridor == null ? ", all corridors" : ", " + corridor)
                + " (share of value in " + quote + ")";
        return new DashboardPage.Mix(title, Charts.stackedShares(List.copyOf(periods), order, shares), table,
                report.notes(), csv(report), report.sha256());
    }

    private DashboardPage.Exposure exposure(Report report) {
        Map<String, List<DashboardPage.ExposureRow>> byDimension = new LinkedHashMap<>();
        for (Exposure.Dimension d : Exposure.Dimension.values()) {
            byDimension.put(d.name(), new ArrayList<>());
        }
        for (Map<String, Object> r : report.table().records()) {
            int held = width(r.get("held_share_percent"));
            int blocked = width(r.get("blocked_share_percent"));
            int rejected = width(r.get("rejected_share_percent"));
            byDimension.get((String) r.get("dimension")).add(new DashboardPage.ExposureRow((String) r.get("key"),
                    Fmt.count(r.get("trades")), Fmt.money(r.get("value")), Fmt.percent(r.get("held_share_percent")),
                    Fmt.percent(r.get("blocked_share_percent")), Fmt.percent(r.get("rejected_share_percent")),
                    held, held, blocked, held + blocked, rejected));
        }
        Map<String, String> titles = Map.of("CORRIDOR", "By corridor", "COUNTRY", "By counterparty country",
                "RAIL", "By payment rail", "PROGRAM", "By sanctions program");
        List<DashboardPage.ExposureTable> tables = new ArrayList<>();
        byDimension.forEach((d, rows) -> tables.add(new DashboardPage.ExposureTable(titles.get(d),
                rows.subList(0, Math.min(rows.size(), 8)))));
        return new DashboardPage.Exposure(tables, report.notes(), csv(report), report.sha256());
    }

    private DashboardPage.Register register(Report report) {
        List<Map<String, Object>> rows = report.table().records();
        int overdue = 0;
        int soon = 0;
        List<DashboardPage.RegisterRow> shown = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            boolean late = (Boolean) r.get("overdue");
            Long business = (Long) r.get("business_days_left");
            Long days = (Long) r.get("days_left");
            overdue += late ? 1 : 0;
            boolean dueSoon = !late && business != null && business <= 3;
            soon += dueSoon ? 1 : 0;
            if (shown.size() >= config.dashboard().registerRows()) {
                continue;
            }
            String countdown;
            if (r.get("report_due_date") == null) {
                countdown = "no report due";
            } else if (late) {
                countdown = "overdue by " + (business == null ? (-days) + " days" : (-business) + " business days");
            } else {
                countdown = (business == null ? "?" : business) + " business days (" + days + " days)";
            }
            shown.add(new DashboardPage.RegisterRow(String.valueOf(r.get("trade_id")), Fmt.text(r.get("reference")),
                    (String) r.get("status"), (String) r.get("corridor"), Fmt.text(r.get("trade_date")),
                    Fmt.money(r.get("amount")) + " " + r.get("currency"), (String) r.get("payment_rail"),
                    Fmt.time((Instant) r.get("decided_at")), r.get("report_due_date") == null ? "—"
                    : r.get("report_due_date").toString(), countdown,
                    late ? "overdue" : dueSoon ? "soon" : r.get("report_due_date") == null ? "none" : "ok",
                    Fmt.text(r.get("reasons"))));
        }
        return new DashboardPage.Register(report.parameters().get("asOf"), rows.size(), overdue, soon, shown.size(),
                shown, csv(report), report.sha256());
    }

    private List<DashboardPage.Option> corridors(String selected) {
        List<DashboardPage.Option> options = new ArrayList<>();
        options.add(new DashboardPage.Option("", "All corridors", selected == null));
        for (String c : reports.corridors()) {
            options.add(new DashboardPage.Option(c, c, c.equals(selected)));
        }
        return options;
    }

    private static List<DashboardPage.Option> options(List<String> values, String selected, String none) {
        List<DashboardPage.Option> options = new ArrayList<>();
        options.add(new DashboardPage.Option("", none, selected == null));
        values.forEach(v -> options.add(new DashboardPage.Option(v, v, v.equals(selected))));
        return options;
    }

    private static Map<String, List<String>> pick(Map<String, List<String>> query, String... names) {
        Map<String, List<String>> picked = new LinkedHashMap<>();
        for (String n : names) {
            if (query.containsKey(n)) {
                picked.put(n, query.get(n));
            }
        }
        return picked;
    }

    // a share as pixels of the 90-pixel bar beside each exposure row
    private static int width(Object percent) {
        return percent == null ? 0 : (int) Math.round(Math.min(100, Math.max(0, ((BigDecimal) percent).doubleValue()))
                * 0.9);
    }

    static String csv(Report report) {
        return ReportingApi.reportHref(report.name().slug(), report.parameters(), "format=csv");
    }
}
