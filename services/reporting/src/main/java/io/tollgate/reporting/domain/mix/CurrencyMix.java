package io.tollgate.reporting.domain.mix;

import io.tollgate.reporting.domain.Money;
import io.tollgate.reporting.domain.Period;
import io.tollgate.reporting.domain.ReportTable;
import io.tollgate.reporting.domain.fx.Conversion;
import io.tollgate.reporting.domain.fx.Conversions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * De-dollarisation: the share of trade value settled in each currency per month or quarter, in one reporting
 * currency converted with the rate the report's rate policy picks for each trade date (that day's, or the last one
 * published before it). Trades without one are counted, listed by date and left out of the values and shares; trade
 * dates converted with an earlier day's rate are listed with that day.
 */
public final class CurrencyMix {

    /** The columns of the report, in order. */
    public static final List<String> COLUMNS = List.of("period", "currency", "trades", "amount", "reporting_currency",
            "value", "share_percent", "trades_without_rate", "amount_without_rate", "dates_without_rate",
            "earlier_rate_dates", "rate_policy");

    private CurrencyMix() {
    }

    /** Trades of one settlement currency on one trade date, summed in that currency. */
    public record DailyTotal(LocalDate day, String currency, long trades, BigDecimal amount) {
    }

    /** One period and currency of the report. */
    public record Row(String period, String currency, long trades, BigDecimal amount, String reportingCurrency,
                      BigDecimal value, Optional<BigDecimal> sharePercent, long tradesWithoutRate,
                      BigDecimal amountWithoutRate, List<LocalDate> datesWithoutRate, List<String> earlierRateDates) {
    }

    /** The rows, by period, then by value (largest first), then currency code. */
    public static List<Row> compute(List<DailyTotal> totals, Period period, String quote, Conversions conversions) {
        Map<String, Map<String, Acc>> byPeriod = new TreeMap<>();
        for (DailyTotal t : totals) {
            Acc acc = byPeriod.computeIfAbsent(period.label(t.day()), p -> new TreeMap<>())
                    .computeIfAbsent(t.currency(), c -> new Acc());
            acc.trades += t.trades();
            acc.amount = acc.amount.add(t.amount());
            Optional<Conversion> conversion = conversions.find(t.day(), t.currency());
            if (conversion.isPresent()) {
                acc.value = acc.value.add(t.amount().multiply(conversion.get().factor()));
                if (!conversion.get().rateDate().equals(t.day())) {
                    acc.earlierRateDates.add(t.day() + ":" + conversion.get().rateDate());
                }
            } else {
                acc.tradesWithoutRate += t.trades();
                acc.amountWithoutRate = acc.amountWithoutRate.add(t.amount());
                acc.datesWithoutRate.add(t.day());
            }
        }
        List<Row> rows = new ArrayList<>();
        byPeriod.forEach((label, currencies) -> {
            BigDecimal total = currencies.values().stream().map(a -> a.value).reduce(BigDecimal.ZERO, BigDecimal::add);
            List<Row> inPeriod = new ArrayList<>();
            currencies.forEach((currency, a) -> inPeriod.add(new Row(label, currency, a.trades, Money.amount(a.amount),
                    quote, Money.value(a.value), Money.percent(a.value, total), a.tradesWithoutRate,
                    Money.amount(a.amountWithoutRate), List.copyOf(a.datesWithoutRate),
                    List.copyOf(a.earlierRateDates))));
            inPeriod.sort(Comparator.comparing(Row::value).reversed().thenComparing(Row::currency));
            rows.addAll(inPeriod);
        });
        return rows;
    }

    /** The report's table; {@code ratePolicy} as {@code RatePolicy.label()} writes it, on every row. */
    public static ReportTable table(List<Row> rows, String ratePolicy) {
        List<List<Object>> cells = new ArrayList<>();
        for (Row r : rows) {
            cells.add(java.util.Arrays.asList(r.period(), r.currency(), r.trades(), r.amount(), r.reportingCurrency(),
                    r.value(), r.sharePercent().orElse(null), r.tradesWithoutRate(), r.amountWithoutRate(),
                    r.datesWithoutRate(), r.earlierRateDates(), ratePolicy));
        }
        return new ReportTable(COLUMNS, cells);
    }

    private static final class Acc {
        long trades;
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal value = BigDecimal.ZERO;
        long tradesWithoutRate;
        BigDecimal amountWithoutRate = BigDecimal.ZERO;
        final TreeSet<LocalDate> datesWithoutRate = new TreeSet<>();
        final TreeSet<String> earlierRateDates = new TreeSet<>();
    }
}
