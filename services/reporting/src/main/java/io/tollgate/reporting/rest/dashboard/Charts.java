package io.tollgate.reporting.rest.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Chart geometry, computed on the server so the page draws with plain inline SVG and no script. */
final class Charts {

    /** Colours per currency; the reporting currency's dollar is the dark blue the eye compares against. */
    private static final Map<String, String> COLOURS = Map.of("USD", "#1d4e89", "EUR", "#6a51a3", "CNY", "#c2452d",
            "RUB", "#e08a1e", "VES", "#2a9d6f", "INR", "#8c6d46", "AED", "#3a8fb7", "TRY", "#b5537e", "GBP", "#5c6f7e",
            "JPY", "#9aa63b");
    private static final String[] OTHERS = {"#7f8c8d", "#a0785a", "#4f7c82", "#9b8bb4"};

    static final int WIDTH = 640;
    static final int HEIGHT = 300;
    private static final int LEFT = 48;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;

    private Charts() {
    }

    static String colour(String currency, List<String> order) {
        String c = COLOURS.get(currency);
        return c != null ? c : OTHERS[Math.max(0, order.indexOf(currency)) % OTHERS.length];
    }

    /** One segment's data: period, currency, share (percent) and value as shown. */
    record Share(String period, String currency, BigDecimal share, String value) {
    }

    /**
     * Stacked 100% bars, one per period, segments in {@code order} from the bottom (the dollar first), with a line
     * through the first currency's share.
     */
    static DashboardPage.Chart stackedShares(List<String> periods, List<String> order, List<Share> shares) {
        List<DashboardPage.Gridline> grid = new ArrayList<>();
        int plotHeight = HEIGHT - TOP - BOTTOM;
        for (int pct = 0; pct <= 100; pct += 25) {
            grid.add(new DashboardPage.Gridline(TOP + plotHeight - plotHeight * pct / 100, pct + "%"));
        }
        List<DashboardPage.Legend> legend = order.stream().map(c -> new DashboardPage.Legend(c, colour(c, order)))
                .toList();
        if (periods.isEmpty()) {
            return new DashboardPage.Chart(WIDTH, HEIGHT, List.of(), grid, legend, "", true);
        }
        int plotWidth = WIDTH - LEFT - RIGHT;
        int slot = plotWidth / periods.size();
        int barWidth = Math.max(8, Math.min(64, slot * 3 / 5));
        Map<String, Map<String, Share>> byPeriod = new LinkedHashMap<>();
        for (Share s : shares) {
            byPeriod.computeIfAbsent(s.period(), p -> new LinkedHashMap<>()).put(s.currency(), s);
        }
        List<DashboardPage.Bar> bars = new ArrayList<>();
        StringBuilder trend = new StringBuilder();
        for (int i = 0; i < periods.size(); i++) {
            String period = periods.get(i);
            int x = LEFT + i * slot + (slot - barWidth) / 2;
            double base = TOP + plotHeight;
            List<DashboardPage.Segment> segments = new ArrayList<>();
            Map<String, Share> inPeriod = byPeriod.getOrDefault(period, Map.of());
            for (String currency : order) {
                Share s = inPeriod.get(currency);
                if (s == null || s.share() == null || s.share().signum() == 0) {
                    continue;
                }
                double h = plotHeight * s.share().doubleValue() / 100.0;
                int top = (int) Math.round(base - h);
                int height = (int) Math.round(base) - top;
                segments.add(new DashboardPage.Segment(period, currency, s.share().setScale(2, RoundingMode.HALF_EVEN)
                        .toPlainString(), s.value(), x, top, barWidth, Math.max(height, 1), colour(currency, order),
                        height >= 16 && barWidth >= 34, x + barWidth / 2, top + height / 2 + 4));
                base -= h;
            }
            if (!order.isEmpty()) {
                Share first = inPeriod.get(order.get(0));
                double pct = first == null || first.share() == null ? 0 : first.share().doubleValue();
                trend.append(trend.isEmpty() ? "" : " ").append(x + barWidth / 2).append(',')
                        .append(Math.round(TOP + plotHeight - plotHeight * pct / 100.0));
            }
            bars.add(new DashboardPage.Bar(period, x + barWidth / 2, HEIGHT - BOTTOM + 18, segments));
        }
        return new DashboardPage.Chart(WIDTH, HEIGHT, bars, grid, legend, trend.toString(), false);
    }

    /** Small daily bars of one figure. */
    static DashboardPage.SparkChart daily(List<String> days, List<Long> values) {
        int width = 360;
        int height = 72;
        long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
        if (days.isEmpty() || max == 0) {
            return new DashboardPage.SparkChart(width, height, List.of(), "0", true);
        }
        double slot = (double) width / days.size();
        int barWidth = Math.max(2, (int) Math.floor(slot * 0.7));
        List<DashboardPage.SparkBar> bars = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            int h = (int) Math.round((height - 4) * values.get(i) / (double) max);
            bars.add(new DashboardPage.SparkBar(days.get(i), Fmt.count(values.get(i)), (int) Math.round(i * slot),
                    height - h, barWidth, h));
        }
        return new DashboardPage.SparkChart(width, height, bars, Fmt.count(max), false);
    }
}
