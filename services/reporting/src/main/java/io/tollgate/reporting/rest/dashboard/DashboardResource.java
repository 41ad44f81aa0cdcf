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
import io.tollgate.web.Navigation;
import io.tollgate.web.WebPages;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The dashboard a compliance officer opens every morning: the settlement-currency mix over time for a corridor, the
 * exposure tables, the register with its countdowns, screening operations and list-change impact, each linking to its
 * CSV. Server-rendered HTML with inline SVG: no script, no external resource.
 */
@Path("/")
public class DashboardResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(DashboardPage page);
    }

    private static final List<String> RAILS = List.of("SWIFT", "SPFS", "CIPS", "MIR", "CENTRAL_BANK", "CRYPTO", "CASH",
            "OTHER");
    private static final List<String> PAGE_PARAMETERS = List.of("from", "to", "period", "corridor", "rail",
            "currency", "asOf", "ratePolicy");
    /** How many corridors get a small chart of their own (the largest by value). */
    private static final int MULTIPLES = 8;

    private final ReportService reports;
    private final SecurityIdentity identity;
    private final ReportingConfig config;
    private final WebPages pages;
    private final Navigation navigation;

    public DashboardResource(ReportService reports, SecurityIdentity identity, ReportingConfig config, WebPages pages,
                             Navigation navigation) {
        this.reports = reports;
        this.identity = identity;
        this.config = config;
        this.pages = pages;
        this.navigation = navigation;
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response dashboard(@Context UriInfo uri) {
        // the dashboard's query: from, to, period, corridor, rail, currency, asOf, ratePolicy (as the reports)
        pages.require(Roles.AUDITOR, Roles.SUPERVISOR);
        String user = identity.getPrincipal().getName();
        String roles = String.join(", ", identity.getRoles().stream().sorted().toList());
        Map<String, List<String>> query = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((k, v) -> {
            if (PAGE_PARAMETERS.contains(k) && !v.isEmpty() && v.get(0) != null && !v.get(0).isBlank()) {
                query.put(k, List.of(v.get(0)));
            }
        });
        List<String> errors = new ArrayList<>();
        Map<String, List<String>> mixQuery = pick(query, "from", "to", "period", "corridor", "rail", "currency",
                "ratePolicy");
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
                "currency", "ratePolicy"), Optional.empty());
        Report rails = reports.produce(ReportName.PAYMENT_RAIL_MIX, pick(query, "from", "to", "period", "corridor",
                "currency", "ratePolicy"), Optional.empty());
        List<DashboardPage.Multiple> multiples = new ArrayList<>();
        for (String corridor : largestCorridors(exposure, p.get("corridor"))) {
            Map<String, List<String>> one = new LinkedHashMap<>(pick(mixQuery, "from", "to", "rail", "currency",
                    "ratePolicy"));
            one.put("corridor", List.of(corridor));
            // by quarter: a corridor's months are few trades each, and a single cargo would swing them
            one.put("period", List.of("quarter"));
            multiples.add(MixViews.multiple(reports.produce(ReportName.SETTLEMENT_CURRENCY_MIX, one,
                    Optional.empty())));
        }
        Map<String, List<String>> registerQuery = pick(query, "corridor", "asOf", "currency", "ratePolicy");
        Report register;
        try {
            register = reports.produce(ReportName.REGISTER, registerQuery, Optional.empty());
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(v.field() + " " + v.message()));
            register = reports.produce(ReportName.REGISTER, pick(query, "corridor", "currency", "ratePolicy"),
                    Optional.empty());
        }
        Report operations = reports.produce(ReportName.SCREENING_OPERATIONS, Map.of(), Optional.empty());
        Report lists = reports.produce(ReportName.LIST_CHANGE_IMPACT, Map.of(), Optional.empty());

        DashboardPage.Filters filters = new DashboardPage.Filters(p.get("from"), p.get("to"), p.get("period"),
                p.getOrDefault("corridor", ""), p.getOrDefault("rail", ""), p.get("currency"),
                register.parameters().get("asOf"), corridors(p.get("corridor")), options(RAILS, p.get("rail"), "All rails"),
                List.of(new DashboardPage.Option("month", "Month", "month".equals(p.get("period"))),
                        new DashboardPage.Option("quarter", "Quarter", "quarter".equals(p.get("period")))),
                config.currencies().stream().sorted().map(c -> new DashboardPage.Option(c, c,
                        c.equals(p.get("currency")))).toList(),
                List.of(new DashboardPage.Option("last-published", "Last published rate",
                                "last-published".equals(p.get("ratePolicy"))),
                        new DashboardPage.Option("trade-date", "Trade date's rate only",
                                "trade-date".equals(p.get("ratePolicy")))), ranges(query));
        DashboardPage page = new DashboardPage(user, roles, Fmt.time(mix.dataCutoff()), mix.listVersions().stream()
                .map(v -> v.source() + " v" + v.versionId() + " (" + v.importedAt().toString().substring(0, 10) + ")")
                .toList(), p.get("currency"), "last-published".equals(p.get("ratePolicy"))
                ? "last published, at most " + p.get("rateMaxAge") + " days old" : "the trade date's only", filters,
                errors, MixViews.mix(mix), multiples, MixViews.railMix(rails), exposure(exposure),
                RegisterView.of(register, config.dashboard().registerRows(), navigation.base("trade"),
                        reports::alertsOf),
                PageViews.operations(operations), PageViews.listImpact(lists));
        return WebPages.html(Templates.dashboard(page));
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

    // the corridors with the most value in the exposure report's range (the one selected, if any)
    private static List<String> largestCorridors(Report exposure, String selected) {
        if (selected != null) {
            return List.of(selected);
        }
        return exposure.table().records().stream().filter(r -> "CORRIDOR".equals(r.get("dimension")))
                .map(r -> (String) r.get("key")).limit(MULTIPLES).toList();
    }

    // the last 12 months, and the whole span of trade dates, keeping the other filters
    private List<DashboardPage.RangeLink> ranges(Map<String, List<String>> query) {
        List<DashboardPage.RangeLink> links = new ArrayList<>();
        Map<String, List<String>> rest = new LinkedHashMap<>(query);
        rest.remove("from");
        rest.remove("to");
        links.add(new DashboardPage.RangeLink("Last 12 months", href(rest)));
        reports.tradeDateSpan().ifPresent(span -> {
            Map<String, List<String>> all = new LinkedHashMap<>(rest);
            java.time.LocalDate last = span[1].withDayOfMonth(span[1].lengthOfMonth());
            // at most the longest range a report covers
            java.time.LocalDate first = span[0].withDayOfMonth(1).isBefore(last.minusDays(
                    io.tollgate.reporting.domain.ReportParameters.MAX_DAYS)) ? last.withDayOfMonth(1).minusMonths(119)
                    : span[0].withDayOfMonth(1);
            all.put("from", List.of(first.toString()));
            all.put("to", List.of(last.toString()));
            links.add(new DashboardPage.RangeLink("All trades (" + first.toString().substring(0, 7) + " to "
                    + last.toString().substring(0, 7) + ")", href(all)));
        });
        return links;
    }

    private static String href(Map<String, List<String>> query) {
        return "/" + (query.isEmpty() ? "" : "?" + query.entrySet().stream().map(e -> e.getKey() + "="
                + java.net.URLEncoder.encode(e.getValue().get(0), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&")));
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
