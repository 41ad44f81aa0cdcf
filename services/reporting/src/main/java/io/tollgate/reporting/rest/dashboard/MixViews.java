package io.tollgate.reporting.rest.dashboard;

import io.tollgate.reporting.domain.Report;
import io.tollgate.reporting.domain.fx.RateSourceUsed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The de-dollarisation views of the dashboard, read from their stamped reports: the settlement-currency mix with the
 * change of the dollar's share in one sentence, the small multiples per corridor, and the payment-rail mix.
 */
final class MixViews {

    /** The currency whose share the line and the sentence follow. */
    static final String DOLLAR = "USD";
    /** Sources whose names start so are not official rates (a demonstration's generated series): flagged. */
    private static final String GENERATED = "GENERATED";

    private MixViews() {
    }

    static DashboardPage.Mix mix(Report report) {
        List<Map<String, Object>> rows = report.table().records();
        String quote = report.parameters().get("currency");
        List<String> order = order(rows, "currency", quote);
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
        return new DashboardPage.Mix(title, summary(report), Charts.stackedShares(Charts.Frame.LARGE, periods(rows),
                order, shares, Optional.of(DOLLAR)), table, report.notes(), rates(report),
                DashboardResource.csv(report), report.sha256());
    }

    /** One corridor's mix as a small chart with its own sentence. */
    static DashboardPage.Multiple multiple(Report report) {
        List<Map<String, Object>> rows = report.table().records();
        List<String> order = order(rows, "currency", report.parameters().get("currency"));
        List<Charts.Share> shares = rows.stream().map(r -> new Charts.Share((String) r.get("period"),
                (String) r.get("currency"), (BigDecimal) r.get("share_percent"), Fmt.money(r.get("value")) + " "
                + report.parameters().get("currency"))).toList();
        String corridor = report.parameters().get("corridor");
        return new DashboardPage.Multiple(corridor, change(rows).orElse("no value"),
                Charts.stackedShares(Charts.Frame.SMALL, periods(rows), order, shares, Optional.of(DOLLAR)),
                "mix-" + corridor, "Share of " + corridor + " trade value by settlement currency per period",
                DashboardResource.csv(report));
    }

    static DashboardPage.RailMix railMix(Report report) {
        List<Map<String, Object>> rows = report.table().records();
        List<String> order = order(rows, "payment_rail", "SWIFT");
        List<Charts.Share> shares = rows.stream().map(r -> new Charts.Share((String) r.get("period"),
                (String) r.get("payment_rail"), (BigDecimal) r.get("share_percent"), Fmt.money(r.get("value")) + " "
                + report.parameters().get("currency") + ", " + Fmt.count(r.get("trades")) + " trades")).toList();
        return new DashboardPage.RailMix(Charts.stackedShares(Charts.Frame.LARGE, periods(rows), order, shares,
                Optional.empty()), report.notes(), DashboardResource.csv(report), report.sha256());
    }

    /**
     * The change over the range in one sentence: "USD share of VE-RU trade value: 61 % → 18 % from 2022-01 to
     * 2023-11"; empty when no period has a converted value.
     */
    static String summary(Report report) {
        String corridor = report.parameters().get("corridor");
        return change(report.table().records()).map(c -> DOLLAR + " share of " + (corridor == null
                ? "trade value, all corridors" : corridor + " trade value") + ": " + c).orElse("");
    }

    // "61 % → 18 % from 2022-01 to 2023-11": the dollar's share in the first and the last period with a value
    private static Optional<String> change(List<Map<String, Object>> rows) {
        Map<String, BigDecimal> dollar = new TreeMap<>();
        Map<String, BigDecimal> total = new TreeMap<>();
        for (Map<String, Object> r : rows) {
            String period = (String) r.get("period");
            BigDecimal value = (BigDecimal) r.get("value");
            total.merge(period, value, BigDecimal::add);
            if (DOLLAR.equals(r.get("currency")) && r.get("share_percent") != null) {
                dollar.put(period, (BigDecimal) r.get("share_percent"));
            }
        }
        List<String> valued = total.entrySet().stream().filter(e -> e.getValue().signum() > 0).map(Map.Entry::getKey)
                .toList();
        if (valued.isEmpty()) {
            return Optional.empty();
        }
        String first = valued.get(0);
        String last = valued.get(valued.size() - 1);
        return Optional.of(percent(dollar.get(first)) + " → " + percent(dollar.get(last)) + " from " + first + " to "
                + last);
    }

    private static String percent(BigDecimal share) {
        return (share == null ? "0" : share.setScale(0, RoundingMode.HALF_EVEN).toPlainString()) + " %";
    }

    /** The rates a report converted with, a line per currency and route; generated series flagged. */
    static List<DashboardPage.RateLine> rates(Report report) {
        List<DashboardPage.RateLine> lines = new ArrayList<>();
        for (RateSourceUsed u : report.rateSources()) {
            String route = u.sources().replace(",", " + ") + (u.via().isEmpty() ? "" : " via " + u.via());
            String days = u.tradeDates() + " trade date" + (u.tradeDates() == 1 ? "" : "s")
                    + (u.tradeDatesOnEarlierRate() > 0 ? ", " + u.tradeDatesOnEarlierRate() + " on an earlier day's rate"
                    : "");
            lines.add(new DashboardPage.RateLine(u.currency() + "→" + u.reportingCurrency(), route, days,
                    u.sources().toUpperCase(Locale.ROOT).contains(GENERATED)));
        }
        return lines;
    }

    private static List<String> periods(List<Map<String, Object>> rows) {
        LinkedHashSet<String> periods = new LinkedHashSet<>();
        rows.forEach(r -> periods.add((String) r.get("period")));
        return List.copyOf(periods);
    }

    // the dollar (or SWIFT) at the bottom, the rest by their total value, so the eye follows the first one's share
    private static List<String> order(List<Map<String, Object>> rows, String column, String first) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        rows.forEach(r -> totals.merge((String) r.get(column), (BigDecimal) r.get("value"), BigDecimal::add));
        List<String> order = new ArrayList<>();
        String bottom = column.equals("currency") && totals.containsKey(DOLLAR) ? DOLLAR : first;
        if (totals.containsKey(bottom)) {
            order.add(bottom);
        }
        totals.entrySet().stream().filter(e -> !e.getKey().equals(bottom))
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> order.add(e.getKey()));
        return order;
    }
}
