package io.tollgate.reporting.domain.mix;

import io.tollgate.reporting.domain.Money;
import io.tollgate.reporting.domain.Period;
import io.tollgate.reporting.domain.ReportTable;
import io.tollgate.reporting.domain.fx.Conversion;
import io.tollgate.reporting.domain.fx.Conversions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The payment-rail mix: the share of trade value settled over each rail (SWIFT, SPFS, CIPS, Mir, a central-bank
 * channel, …) per month or quarter, in one reporting currency converted as the settlement-currency mix converts.
 * Trades without a rate are counted and left out of the values and shares.
 */
public final class RailMix {

    /** The columns of the report, in order. */
    public static final List<String> COLUMNS = List.of("period", "payment_rail", "trades", "reporting_currency",
            "value", "share_percent", "trades_without_rate", "rate_policy");

    private RailMix() {
    }

    /** Trades over one rail in one settlement currency on one trade date, summed in that currency. */
    public record DailyTotal(LocalDate day, String rail, String currency, long trades, BigDecimal amount) {
    }

    /** One period and rail of the report. */
    public record Row(String period, String rail, long trades, String reportingCurrency, BigDecimal value,
                      Optional<BigDecimal> sharePercent, long tradesWithoutRate) {
    }

    /** The rows, by period, then by value (largest first), then rail. */
    public static List<Row> compute(List<DailyTotal> totals, Period period, String quote, Conversions conversions) {
        Map<String, Map<String, long[]>> counts = new TreeMap<>();
        Map<String, Map<String, BigDecimal>> values = new TreeMap<>();
        for (DailyTotal t : totals) {
            String label = period.label(t.day());
            long[] n = counts.computeIfAbsent(label, p -> new TreeMap<>()).computeIfAbsent(t.rail(), r -> new long[2]);
            n[0] += t.trades();
            Optional<Conversion> c = conversions.find(t.day(), t.currency());
            values.computeIfAbsent(label, p -> new TreeMap<>()).merge(t.rail(),
                    c.map(x -> t.amount().multiply(x.factor())).orElse(BigDecimal.ZERO), BigDecimal::add);
            n[1] += c.isPresent() ? 0 : t.trades();
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((label, rails) -> {
            Map<String, BigDecimal> v = values.get(label);
            BigDecimal total = v.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            List<Row> inPeriod = new ArrayList<>();
            rails.forEach((rail, n) -> inPeriod.add(new Row(label, rail, n[0], quote, Money.value(v.get(rail)),
                    Money.percent(v.get(rail), total), n[1])));
            inPeriod.sort(Comparator.comparing(Row::value).reversed().thenComparing(Row::rail));
            rows.addAll(inPeriod);
        });
        return rows;
    }

    /** The report's table; {@code ratePolicy} as {@code RatePolicy.label()} writes it, on every row. */
    public static ReportTable table(List<Row> rows, String ratePolicy) {
        List<List<Object>> cells = new ArrayList<>();
        for (Row r : rows) {
            cells.add(Arrays.asList(r.period(), r.rail(), r.trades(), r.reportingCurrency(), r.value(),
                    r.sharePercent().orElse(null), r.tradesWithoutRate(), ratePolicy));
        }
        return new ReportTable(COLUMNS, cells);
    }
}
