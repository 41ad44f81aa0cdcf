package io.tollgate.reporting.domain.exposure;

import io.tollgate.reporting.domain.Money;
import io.tollgate.reporting.domain.ReportTable;
import io.tollgate.reporting.domain.fx.Conversion;
import io.tollgate.reporting.domain.fx.Conversions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Exposure: trade counts and values (in the reporting currency) by corridor, counterparty country, payment rail and
 * sanctions program, with the held, blocked and rejected shares of each (by value).
 *
 * <p>Counterparty countries are the two ends of a trade: a trade counts under its origin and its destination country
 * (once when both are the same). A trade counts under a sanctions program when one of its alerts, not released as a
 * false positive, is on a listed entity under that program; held, blocked and rejected trades with no such alert
 * (trade rules such as embargoes and rails, or a certain identifier hit, which raises no alert) are one row
 * {@value #NOT_ATTRIBUTED}.
 */
public final class Exposure {

    /** The columns of the report, in order. */
    public static final List<String> COLUMNS = List.of("dimension", "key", "trades", "reporting_currency", "value",
            "held_trades", "blocked_trades", "rejected_trades", "held_share_percent", "blocked_share_percent",
            "rejected_share_percent", "trades_without_rate", "rate_policy");
    /** The program row for held, blocked and rejected trades no listed-entity alert explains. */
    public static final String NOT_ATTRIBUTED = "(not attributed)";
    /** The program key of an alerted entity whose list states no program. */
    public static final String NO_PROGRAM = "(no program stated)";

    private static final List<String> COUNTED = List.of("HELD", "BLOCKED", "REJECTED");

    private Exposure() {
    }

    /** The dimensions, in the order the report lists them. */
    public enum Dimension { CORRIDOR, COUNTRY, RAIL, PROGRAM }

    /** Trades of one corridor, rail and status: count, converted value, and how many had no rate. */
    public record Group(String corridor, String rail, String status, long trades, BigDecimal value,
                        long tradesWithoutRate) {
    }

    /** Trades of one corridor, rail, status, trade date and settlement currency: count and amount, unconverted. */
    public record DayGroup(String corridor, String rail, String status, LocalDate day, String currency, long trades,
                           BigDecimal amount) {
    }

    /**
     * The groups of {@code days} per corridor, rail and status, each day's amount converted with the factor the rate
     * policy picks for that day: {@code SUM(amount × factor)} exactly (BigDecimal, no rounding), the same number the
     * database gives for the same expression; a day and currency without a factor is counted, not valued.
     */
    public static List<Group> convert(List<DayGroup> days, Conversions conversions) {
        Map<List<String>, Acc> groups = new LinkedHashMap<>();
        for (DayGroup d : days) {
            Optional<BigDecimal> factor = conversions.find(d.day(), d.currency()).map(Conversion::factor);
            groups.computeIfAbsent(List.of(d.corridor(), d.rail(), d.status()), k -> new Acc()).add(d.status(),
                    d.trades(), factor.map(d.amount()::multiply).orElse(BigDecimal.ZERO),
                    factor.isPresent() ? 0 : d.trades());
        }
        List<Group> out = new ArrayList<>();
        groups.forEach((k, a) -> out.add(new Group(k.get(0), k.get(1), k.get(2), a.trades, a.value, a.withoutRate)));
        return out;
    }

    /** A trade with at least one alert that is not a released false positive, and its entities' programs. */
    public record AlertedTrade(long tradeId, String status, Optional<BigDecimal> value, List<String> programs) {
    }

    /** One dimension value of the report. */
    public record Row(Dimension dimension, String key, long trades, String reportingCurrency, BigDecimal value,
                      long held, long blocked, long rejected, Optional<BigDecimal> heldShare,
                      Optional<BigDecimal> blockedShare, Optional<BigDecimal> rejectedShare, long tradesWithoutRate) {
    }

    /** The rows: dimension by dimension, each by value (largest first), then trades, then key. */
    public static List<Row> compute(List<Group> groups, List<AlertedTrade> alerted, String quote) {
        Map<Dimension, Map<String, Acc>> acc = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            acc.put(d, new LinkedHashMap<>());
        }
        Acc byStatus = new Acc();
        for (Group g : groups) {
            add(acc.get(Dimension.CORRIDOR), g.corridor(), g.status(), g.trades(), g.value(), g.tradesWithoutRate());
            for (String country : countries(g.corridor())) {
                add(acc.get(Dimension.COUNTRY), country, g.status(), g.trades(), g.value(), g.tradesWithoutRate());
            }
            add(acc.get(Dimension.RAIL), g.rail(), g.status(), g.trades(), g.value(), g.tradesWithoutRate());
            byStatus.add(g.status(), g.trades(), g.value(), g.tradesWithoutRate());
        }
        Acc attributed = new Acc();
        for (AlertedTrade t : alerted) {
            List<String> programs = t.programs().isEmpty() ? List.of(NO_PROGRAM) : t.programs();
            BigDecimal value = t.value().orElse(BigDecimal.ZERO);
            long withoutRate = t.value().isPresent() ? 0 : 1;
            for (String program : new TreeSet<>(programs)) {
                add(acc.get(Dimension.PROGRAM), program, t.status(), 1, value, withoutRate);
            }
            attributed.add(t.status(), 1, value, withoutRate);
        }
        Acc rest = new Acc();
        for (String status : COUNTED) {
            rest.add(status, byStatus.trades(status) - attributed.trades(status),
                    byStatus.value(status).subtract(attributed.value(status)),
                    byStatus.withoutRate(status) - attributed.withoutRate(status));
        }
        if (rest.trades > 0) {
            acc.get(Dimension.PROGRAM).put(NOT_ATTRIBUTED, rest);
        }

        List<Row> rows = new ArrayList<>();
        acc.forEach((dimension, keys) -> {
            List<Row> inDimension = new ArrayList<>();
            keys.forEach((key, a) -> inDimension.add(new Row(dimension, key, a.trades, quote, Money.value(a.value),
                    a.trades("HELD"), a.trades("BLOCKED"), a.trades("REJECTED"),
                    Money.percent(a.value("HELD"), a.value), Money.percent(a.value("BLOCKED"), a.value),
                    Money.percent(a.value("REJECTED"), a.value), a.withoutRate)));
            inDimension.sort(Comparator.comparing(Row::value).reversed().thenComparing(Comparator
                    .comparingLong(Row::trades).reversed()).thenComparing(Row::key));
            rows.addAll(inDimension);
        });
        return rows;
    }

    /** The report's table; {@code ratePolicy} as {@code RatePolicy.label()} writes it, on every row. */
    public static ReportTable table(List<Row> rows, String ratePolicy) {
        List<List<Object>> cells = new ArrayList<>();
        for (Row r : rows) {
            cells.add(Arrays.asList(r.dimension().name(), r.key(), r.trades(), r.reportingCurrency(), r.value(),
                    r.held(), r.blocked(), r.rejected(), r.heldShare().orElse(null), r.blockedShare().orElse(null),
                    r.rejectedShare().orElse(null), r.tradesWithoutRate(), ratePolicy));
        }
        return new ReportTable(COLUMNS, cells);
    }

    /** The countries at the ends of a corridor {@code VE-RU}: both, or one when it is domestic. */
    static List<String> countries(String corridor) {
        String[] ends = corridor.split("-", 2);
        if (ends.length < 2 || ends[0].equals(ends[1])) {
            return List.of(ends[0]);
        }
        return List.of(ends[0], ends[1]);
    }

    private static void add(Map<String, Acc> keys, String key, String status, long trades, BigDecimal value,
                            long withoutRate) {
        keys.computeIfAbsent(key, k -> new Acc()).add(status, trades, value, withoutRate);
    }

    private static final class Acc {
        long trades;
        BigDecimal value = BigDecimal.ZERO;
        long withoutRate;
        final Map<String, long[]> statusTrades = new LinkedHashMap<>();
        final Map<String, BigDecimal> statusValue = new LinkedHashMap<>();
        final Map<String, long[]> statusWithoutRate = new LinkedHashMap<>();

        void add(String status, long n, BigDecimal v, long missing) {
            trades += n;
            value = value.add(v);
            withoutRate += missing;
            statusTrades.computeIfAbsent(status, s -> new long[1])[0] += n;
            statusValue.merge(status, v, BigDecimal::add);
            statusWithoutRate.computeIfAbsent(status, s -> new long[1])[0] += missing;
        }

        long trades(String status) {
            long[] n = statusTrades.get(status);
            return n == null ? 0 : n[0];
        }

        BigDecimal value(String status) {
            return statusValue.getOrDefault(status, BigDecimal.ZERO);
        }

        long withoutRate(String status) {
            long[] n = statusWithoutRate.get(status);
            return n == null ? 0 : n[0];
        }
    }
}
