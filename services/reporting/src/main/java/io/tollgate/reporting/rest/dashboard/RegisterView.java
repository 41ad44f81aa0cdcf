package io.tollgate.reporting.rest.dashboard;

import io.tollgate.reporting.domain.Report;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The register as the dashboard shows it: the most urgent rows, reasons as compact labels, each row linked. */
final class RegisterView {

    private RegisterView() {
    }

    /**
     * The register card: counts over every row, the first {@code shown} rows; each links to
     * {@code tradeRegistration/trades/{id}}.
     */
    static DashboardPage.Register of(Report report, int shownRows, String tradeRegistration,
                                      java.util.function.Function<List<Long>, Map<Long, List<Long>>> alertsOf) {
        List<Map<String, Object>> rows = report.table().records();
        String base = tradeRegistration.replaceAll("/+$", "");
        int overdue = 0;
        int soon = 0;
        List<DashboardPage.RegisterRow> shown = new ArrayList<>();
        Map<Long, List<Long>> alerts = alertsOf.apply(rows.stream().limit(shownRows)
                .map(r -> ((Number) r.get("trade_id")).longValue()).toList());
        for (Map<String, Object> r : rows) {
            boolean late = (Boolean) r.get("overdue");
            Long business = (Long) r.get("business_days_left");
            Long days = (Long) r.get("days_left");
            overdue += late ? 1 : 0;
            boolean dueSoon = !late && business != null && business <= 3;
            soon += dueSoon ? 1 : 0;
            if (shown.size() >= shownRows) {
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
            String text = Fmt.text(r.get("reasons"));
            shown.add(new DashboardPage.RegisterRow(String.valueOf(r.get("trade_id")), base + "/trades/"
                    + r.get("trade_id"), Fmt.text(r.get("reference")), (String) r.get("status"),
                    (String) r.get("corridor"), Fmt.text(r.get("trade_date")), Fmt.money(r.get("amount")) + " "
                    + r.get("currency"), r.get("value") == null ? "no rate" : Fmt.money(r.get("value")) + " "
                    + r.get("reporting_currency"), (String) r.get("payment_rail"),
                    Fmt.time((Instant) r.get("decided_at")), r.get("report_due_date") == null ? "—"
                    : r.get("report_due_date").toString(), countdown,
                    late ? "overdue" : dueSoon ? "soon" : r.get("report_due_date") == null ? "none" : "ok",
                    labels(Fmt.text(r.get("reason_codes")), text), text, alerts.getOrDefault(
                    ((Number) r.get("trade_id")).longValue(), List.of()).stream().map(a -> new DashboardPage.AlertLink(
                    String.valueOf(a), base + "/alerts/" + a)).toList()));
        }
        return new DashboardPage.Register(report.parameters().get("asOf"), rows.size(), overdue, soon, shown.size(),
                shown, DashboardResource.csv(report), report.sha256());
    }

    // each code with its own reason's text (the register writes both in the same order); the whole text otherwise
    private static List<DashboardPage.ReasonLabel> labels(String codes, String text) {
        if (codes.isBlank()) {
            return List.of();
        }
        List<String> code = Arrays.asList(codes.split(" "));
        List<String> texts = Arrays.asList(text.split(" \\| "));
        List<DashboardPage.ReasonLabel> labels = new ArrayList<>();
        for (int i = 0; i < code.size(); i++) {
            labels.add(new DashboardPage.ReasonLabel(code.get(i), texts.size() == code.size() ? texts.get(i) : text));
        }
        return labels;
    }
}
