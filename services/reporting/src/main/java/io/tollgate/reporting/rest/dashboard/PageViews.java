package io.tollgate.reporting.rest.dashboard;

import io.tollgate.reporting.domain.Report;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The operations and list-change views of the dashboard, read from their stamped reports. */
final class PageViews {

    private PageViews() {
    }

    static DashboardPage.Operations operations(Report report) {
        Map<String, Object> total = null;
        List<String> days = new ArrayList<>();
        List<Long> screenings = new ArrayList<>();
        List<DashboardPage.AnalystRow> analysts = new ArrayList<>();
        List<DashboardPage.AgeingRow> ageing = new ArrayList<>();
        for (Map<String, Object> r : report.table().records()) {
            switch ((String) r.get("scope")) {
                case "TOTAL" -> total = r;
                case "DAY" -> {
                    days.add((String) r.get("key"));
                    screenings.add((Long) r.get("screenings"));
                }
                case "ANALYST" -> analysts.add(new DashboardPage.AnalystRow((String) r.get("key"),
                        Fmt.count(r.get("decisions")), Fmt.count(r.get("false_positives")),
                        Fmt.count(r.get("true_matches")), Fmt.count(r.get("escalations"))));
                case "AGEING" -> {
                    String key = (String) r.get("key");
                    long open = (Long) r.get("open_alerts");
                    ageing.add(new DashboardPage.AgeingRow(switch (key) {
                        case "within-half-sla" -> "Within half the SLA";
                        case "within-sla" -> "Within the SLA";
                        default -> "Over the SLA";
                    }, Fmt.count(open), r.get("oldest_open_hours") == null ? "—" : r.get("oldest_open_hours") + " h",
                            "over-sla".equals(key) && open > 0 ? "bad" : "within-sla".equals(key) && open > 0 ? "warn"
                                    : "ok"));
                }
                default -> { }
            }
        }
        List<DashboardPage.Kpi> kpis = new ArrayList<>();
        if (total != null) {
            long overSla = ageing.isEmpty() ? 0 : Long.parseLong(ageing.get(ageing.size() - 1).open().replace(",", ""));
            kpis.add(new DashboardPage.Kpi("Screenings", Fmt.count(total.get("screenings")),
                    Fmt.count(total.get("screenings_with_hits")) + " with a hit", "neutral"));
            kpis.add(new DashboardPage.Kpi("Trades registered", Fmt.count(total.get("trades_registered")),
                    Fmt.count(total.get("trades_alerted")) + " alerted", "neutral"));
            kpis.add(new DashboardPage.Kpi("Alert rate", Fmt.percent(total.get("alert_rate_percent")),
                    "of trades registered", "neutral"));
            kpis.add(new DashboardPage.Kpi("False-positive rate", Fmt.percent(total.get("false_positive_rate_percent")),
                    Fmt.count(total.get("false_positives")) + " of " + Fmt.count(total.get("alerts_closed"))
                            + " closed", "neutral"));
            kpis.add(new DashboardPage.Kpi("Open alerts", Fmt.count(total.get("open_alerts")),
                    Fmt.count(overSla) + " over the SLA", overSla > 0 ? "bad" : "ok"));
            kpis.add(new DashboardPage.Kpi("Closed within SLA", Fmt.percent(total.get("closed_within_sla_percent")),
                    "SLA " + report.parameters().get("sla").replace("PT", "").toLowerCase(java.util.Locale.ROOT),
                    "neutral"));
        }
        return new DashboardPage.Operations(report.parameters().get("from") + " to " + report.parameters().get("to"),
                kpis, Charts.daily(days, screenings), analysts, ageing, report.parameters().get("sla"),
                DashboardResource.csv(report), report.sha256());
    }

    static DashboardPage.ListImpact listImpact(Report report) {
        List<DashboardPage.ListImpactRow> rows = new ArrayList<>();
        for (Map<String, Object> r : report.table().records()) {
            rows.add(new DashboardPage.ListImpactRow((String) r.get("source"), String.valueOf(r.get("version_id")),
                    Fmt.time((Instant) r.get("imported_at")), Fmt.count(r.get("entities")), Fmt.count(r.get("added")),
                    Fmt.count(r.get("removed")), Fmt.count(r.get("changed")), Fmt.count(r.get("alerts_raised")),
                    Fmt.count(r.get("trades_alerted")), Fmt.count(r.get("alerts_open"))));
        }
        List<DashboardPage.ListImpactRow> newestFirst = new ArrayList<>(rows);
        java.util.Collections.reverse(newestFirst);
        return new DashboardPage.ListImpact(report.parameters().get("from") + " to " + report.parameters().get("to"),
                newestFirst.subList(0, Math.min(12, newestFirst.size())), DashboardResource.csv(report),
                report.sha256());
    }
}
