package io.tollgate.reporting.rest.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Chart geometry, computed on the server so the page draws with plain inline SVG and no script. */
final class Charts {

    /** Colours per currency and rail; the dollar is the dark blue the eye compares against. */
    private static final Map<String, String> COLOURS = Map.ofEntries(Map.entry("USD", "#1d4e89"),
            Map.entry("EUR", "#6a51a3"), Map.entry("CNY", "#c2452d"), Map.entry("RUB", "#e08a1e"),
            Map.entry("VES", "#2a9d6f"), Map.entry("INR", "#8c6d46"), Map.entry("AED", "#3a8fb7"),
            Map.entry("TRY", "#b5537e"), Map.entry("GBP", "#5c6f7e"), Map.entry("JPY", "#9aa63b"),
            Map.entry("SWIFT", "#1d4e89"), Map.entry("SPFS", "#e08a1e"), Map.entry("MIR", "#2a9d6f"),
            Map.entry("CIPS", "#c2452d"), Map.entry("CENTRAL_BANK", "#6a51a3"), Map.entry("CRYPTO", "#9aa63b"),
            Map.entry("CASH", "#8c6d46"));
    private static final String[] OTHERS = {"#7f8c8d", "#a0785a", "#4f7c82", "#9b8bb4"};

    /** The size of a chart and the margins around its plot. */
    record Frame(int width, int height, int left, int right, int top, int bottom, int fontSize) {

        /** The main charts. */
        static final Frame LARGE = new Frame(960, 300, 44, 12, 14, 36, 11);
        /** One of the small multiples. */
        static final Frame SMALL = new Frame(300, 130, 30, 6, 8, 22, 9);

        int plotWidth() {
            return width - left - right;
        }

        int plotHeight() {
            return height - top - bottom;
        }
    }

    private Charts() {
    }

    static String colour(String key, List<String> order) {
        String c = COLOURS.get(key);
        return c != null ? c : OTHERS[Math.max(0, order.indexOf(key)) % OTHERS.length];
    }

    /** One segment's data: period, key (a currency or a rail), share (percent) and value as shown. */
    record Share(String period, String key, BigDecimal share, String value) {
    }

    /**
     * Stacked 100% bars, one per period, one series per key in {@code order} from the bottom, with a line through the
     * share of {@code line} (the dollar) when given; every {@code labelEvery}-th period is labelled.
     */
    static DashboardPage.Chart stackedShares(Frame f, List<String> periods, List<String> order, List<Share> shares,
                                             Optional<String> line) {
        List<DashboardPage.Gridline> grid = new ArrayList<>();
        for (int pct = 0; pct <= 100; pct += f == Frame.SMALL ? 50 : 25) {
            grid.add(new DashboardPage.Gridline(f.top() + f.plotHeight() - f.plotHeight() * pct / 100, pct + "%",
                    f.left(), f.left() - 5));
        }
        List<DashboardPage.Legend> legend = order.stream().map(c -> new DashboardPage.Legend(c, label(c),
                colour(c, order))).toList();
        if (periods.isEmpty()) {
            return new DashboardPage.Chart(f.width(), f.height(), f.left(), f.fontSize(), List.of(), List.of(), grid,
                    legend, "", line.orElse(""), true);
        }
        double slot = (double) f.plotWidth() / periods.size();
        int barWidth = (int) Math.max(3, Math.min(56, Math.floor(slot * 0.72)));
        int labelEvery = Math.max(1, (int) Math.ceil(periods.size() / (f.plotWidth() / (f.fontSize() * 5.0))));
        Map<String, Map<String, Share>> byPeriod = new LinkedHashMap<>();
        for (Share s : shares) {
            byPeriod.computeIfAbsent(s.period(), p -> new LinkedHashMap<>()).put(s.key(), s);
        }
        Map<String, List<DashboardPage.Segment>> series = new LinkedHashMap<>();
        order.forEach(k -> series.put(k, new ArrayList<>()));
        List<DashboardPage.PeriodLabel> labels = new ArrayList<>();
        StringBuilder trend = new StringBuilder();
        for (int i = 0; i < periods.size(); i++) {
            String period = periods.get(i);
            int x = (int) Math.round(f.left() + i * slot + (slot - barWidth) / 2);
            double base = f.top() + f.plotHeight();
            Map<String, Share> inPeriod = byPeriod.getOrDefault(period, Map.of());
            for (String key : order) {
                Share s = inPeriod.get(key);
                if (s == null || s.share() == null || s.share().signum() == 0) {
                    continue;
                }
                double h = f.plotHeight() * s.share().doubleValue() / 100.0;
                int top = (int) Math.round(base - h);
                int height = (int) Math.round(base) - top;
                series.get(key).add(new DashboardPage.Segment(period, key, s.share().setScale(2, RoundingMode.HALF_EVEN)
                        .toPlainString(), s.share().setScale(0, RoundingMode.HALF_EVEN).toPlainString() + "%",
                        s.value(), x, top, barWidth, Math.max(height, 1),
                        f == Frame.LARGE && height >= 16 && barWidth >= 34, x + barWidth / 2, top + height / 2 + 4));
                base -= h;
            }
            if (line.isPresent()) {
                Share s = inPeriod.get(line.get());
                double pct = s == null || s.share() == null ? 0 : s.share().doubleValue();
                trend.append(trend.isEmpty() ? "" : " ").append(x + barWidth / 2).append(',')
                        .append(Math.round(f.top() + f.plotHeight() - f.plotHeight() * pct / 100.0));
            }
            if (i % labelEvery == 0) {
                labels.add(new DashboardPage.PeriodLabel(period, x + barWidth / 2, f.height() - f.bottom()
                        + f.fontSize() + 5));
            }
        }
        List<DashboardPage.Series> drawn = new ArrayList<>();
        series.forEach((key, segments) -> drawn.add(new DashboardPage.Series(key, label(key), colour(key, order),
                segments)));
        return new DashboardPage.Chart(f.width(), f.height(), f.left(), f.fontSize(), drawn, labels, grid, legend,
                trend.toString(), line.orElse(""), false);
    }

    /** How a key is named on the page: rails in words, currencies as their codes. */
    static String label(String key) {
        return switch (key) {
            case "CENTRAL_BANK" -> "central-bank channel";
            case "MIR" -> "Mir";
            default -> key;
        };
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
