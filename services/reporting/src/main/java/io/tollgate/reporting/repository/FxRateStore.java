package io.tollgate.reporting.repository;

import io.tollgate.platform.jdbc.Jdbc;
import io.tollgate.reporting.domain.fx.Conversion;
import io.tollgate.reporting.domain.fx.ConversionTable;
import io.tollgate.reporting.domain.fx.RatePolicy;
import io.tollgate.reporting.domain.fx.RateQuote;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Published rates as imported ({@code fx_quote}: per day, source and currency pair) and the conversions derived from
 * them into each reporting currency ({@code fx_conversion}: per day and currency, the factor with the sources and the
 * route it came from).
 */
@ApplicationScoped
public class FxRateStore {

    private static final int IN_BATCH = 500;

    private final Jdbc jdbc;

    public FxRateStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored rate and the import it came with. */
    public record StoredQuote(RateQuote quote, long importId) {
    }

    /** Stored rates of days in [from, to], optionally of one currency (as base or quote). */
    public List<StoredQuote> quotes(LocalDate from, LocalDate to, Optional<String> currency) {
        List<Object> params = new ArrayList<>(List.of(from, to));
        currency.ifPresent(c -> {
            params.add(c);
            params.add(c);
        });
        return jdbc.query("SELECT rate_date, source, base_currency, quote_currency, rate, import_id FROM fx_quote"
                        + " WHERE rate_date >= ? AND rate_date <= ?"
                        + currency.map(c -> " AND (base_currency = ? OR quote_currency = ?)").orElse("")
                        + " ORDER BY rate_date, source, base_currency, quote_currency", params,
                rs -> new StoredQuote(new RateQuote(Jdbc.date(rs, "rate_date"), rs.getString("source"),
                        rs.getString("base_currency"), rs.getString("quote_currency"),
                        rs.getBigDecimal("rate").stripTrailingZeros()), rs.getLong("import_id")));
    }

    /** Stored rates of days in [from, to], by key. */
    public Map<RateQuote.Key, BigDecimal> quotesByKey(LocalDate from, LocalDate to) {
        Map<RateQuote.Key, BigDecimal> byKey = new HashMap<>();
        quotes(from, to, Optional.empty()).forEach(s -> byKey.put(s.quote().key(), s.quote().rate()));
        return byKey;
    }

    /** Stores new rates. */
    public void insertQuotes(long importId, Collection<RateQuote> quotes) {
        jdbc.batch("INSERT INTO fx_quote (rate_date, source, base_currency, quote_currency, rate, import_id)"
                + " VALUES (?,?,?,?,?,?)", quotes.stream().<List<?>>map(q -> List.of(q.date(), q.source(), q.base(),
                q.quote(), q.rate(), importId)).toList());
    }

    /**
     * Replaces the stored conversions of the given days (every reporting currency): day → reporting currency →
     * currency → conversion. A day's conversions depend on every rate of that day, from any source, so they are
     * computed again whole when a rate of that day arrives.
     */
    public void replaceConversions(Map<LocalDate, Map<String, Map<String, Conversion>>> byDay) {
        List<LocalDate> days = List.copyOf(byDay.keySet());
        for (int i = 0; i < days.size(); i += IN_BATCH) {
            List<LocalDate> batch = days.subList(i, Math.min(days.size(), i + IN_BATCH));
            jdbc.batch("DELETE FROM fx_conversion WHERE rate_date IN (" + Jdbc.marks(batch.size()) + ")",
                    List.of(batch));
        }
        List<List<?>> rows = new ArrayList<>();
        byDay.forEach((day, quotes) -> quotes.forEach((quote, conversions) -> conversions.forEach((currency, c) ->
                rows.add(List.of(quote, day, currency, c.factor(), c.sources(), c.via())))));
        jdbc.batch("INSERT INTO fx_conversion (quote_currency, rate_date, currency, factor, sources, via)"
                + " VALUES (?,?,?,?,?,?)", rows);
    }

    /** Whether any conversion into {@code quote} is stored. */
    public boolean hasConversions(String quote) {
        return !jdbc.query("SELECT 1 FROM fx_conversion WHERE quote_currency = ? LIMIT 1", List.of(quote),
                rs -> 1).isEmpty();
    }

    /** The first and last day with a stored rate, if any. */
    public Optional<LocalDate[]> rateSpan() {
        List<LocalDate[]> span = jdbc.query("SELECT MIN(rate_date) AS first, MAX(rate_date) AS last FROM fx_quote",
                List.of(), rs -> new LocalDate[] {Jdbc.date(rs, "first"), Jdbc.date(rs, "last")});
        return span.isEmpty() || span.get(0)[0] == null ? Optional.empty() : Optional.of(span.get(0));
    }

    /**
     * The stored conversions into {@code quote} for trade dates in [from, to] under {@code policy}: the days from
     * {@code from} less the policy's maximum age.
     */
    public ConversionTable conversions(String quote, LocalDate from, LocalDate to, RatePolicy policy) {
        Map<LocalDate, Map<String, Conversion>> byDay = new TreeMap<>();
        jdbc.query("SELECT rate_date, currency, factor, sources, via FROM fx_conversion WHERE quote_currency = ?"
                + " AND rate_date >= ? AND rate_date <= ?", List.of(quote, from.minusDays(policy.lookbackDays()), to),
                rs -> {
                    LocalDate day = Jdbc.date(rs, "rate_date");
                    return byDay.computeIfAbsent(day, d -> new HashMap<>()).put(rs.getString("currency"),
                            new Conversion(day, rs.getBigDecimal("factor"), rs.getString("sources"),
                                    rs.getString("via")));
                });
        return new ConversionTable(quote, byDay, policy);
    }

    /**
     * SQL joining {@code fx_conversion f} to rows with a trade date and a currency, under a rate policy: the factor of
     * the trade date, or of the latest day within the maximum age before it. Two placeholders, in this order: the
     * reporting currency, and (for last-published) the reporting currency again; {@link #factorJoinParams} gives them.
     */
    public static String factorJoin(String tradeDate, String currency, RatePolicy policy) {
        if (policy.lookbackDays() == 0) {
            return " LEFT JOIN fx_conversion f ON f.quote_currency = ? AND f.rate_date = " + tradeDate
                    + " AND f.currency = " + currency;
        }
        // one dive into (quote_currency, currency, rate_date) per row finds the latest day within the age
        return " LEFT JOIN fx_conversion f ON f.quote_currency = ? AND f.currency = " + currency
                + " AND f.rate_date = (SELECT MAX(x.rate_date) FROM fx_conversion x WHERE x.quote_currency = ?"
                + " AND x.currency = " + currency + " AND x.rate_date <= " + tradeDate + " AND x.rate_date >= "
                + tradeDate + " - INTERVAL " + policy.lookbackDays() + " DAY)";
    }

    /** The parameters of {@link #factorJoin}, in order. */
    public static List<Object> factorJoinParams(String quote, RatePolicy policy) {
        return policy.lookbackDays() == 0 ? List.of(quote) : List.of(quote, quote);
    }
}
