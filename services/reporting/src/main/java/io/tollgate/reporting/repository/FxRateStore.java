package io.tollgate.reporting.repository;

import io.tollgate.platform.jdbc.Jdbc;
import io.tollgate.reporting.domain.fx.ConversionFactors;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reference rates ({@code fx_rate}) and the conversion factors derived from them ({@code fx_conversion}). */
@ApplicationScoped
public class FxRateStore {

    private final Jdbc jdbc;

    public FxRateStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored rate. */
    public record StoredRate(LocalDate date, String currency, BigDecimal unitsPerEur, long importId) {
    }

    /** Stored rates per day in [from, to], optionally of one currency. */
    public List<StoredRate> rates(LocalDate from, LocalDate to, Optional<String> currency) {
        List<Object> params = new ArrayList<>(List.of(from, to));
        currency.ifPresent(params::add);
        return jdbc.query("SELECT rate_date, currency, units_per_eur, import_id FROM fx_rate WHERE rate_date >= ?"
                        + " AND rate_date <= ?" + currency.map(c -> " AND currency = ?").orElse("")
                        + " ORDER BY rate_date, currency", params,
                rs -> new StoredRate(Jdbc.date(rs, "rate_date"), rs.getString("currency"),
                        rs.getBigDecimal("units_per_eur").stripTrailingZeros(), rs.getLong("import_id")));
    }

    /** Stored rates in [from, to] as day → currency → units per EUR. */
    public TreeMap<LocalDate, Map<String, BigDecimal>> ratesByDay(LocalDate from, LocalDate to) {
        TreeMap<LocalDate, Map<String, BigDecimal>> byDay = new TreeMap<>();
        for (StoredRate r : rates(from, to, Optional.empty())) {
            byDay.computeIfAbsent(r.date(), d -> new HashMap<>()).put(r.currency(), r.unitsPerEur());
        }
        return byDay;
    }

    /** Stores new rates. */
    public void insertRates(long importId, Map<LocalDate, Map<String, BigDecimal>> rates) {
        List<List<?>> rows = new ArrayList<>();
        rates.forEach((day, m) -> m.forEach((c, r) -> rows.add(List.of(day, c, r, importId))));
        jdbc.batch("INSERT INTO fx_rate (rate_date, currency, units_per_eur, import_id) VALUES (?,?,?,?)", rows);
    }

    /** Stores the factors of each day's rates into each quote currency; factors already stored stay as they are. */
    public void insertFactors(Map<LocalDate, Map<String, BigDecimal>> ratesByDay, List<String> quotes) {
        List<List<?>> rows = new ArrayList<>();
        ratesByDay.forEach((day, rates) -> {
            List<String> currencies = new ArrayList<>(rates.keySet());
            currencies.add("EUR");
            for (String quote : quotes) {
                for (String currency : currencies) {
                    if (currency.equals(quote)) {
                        continue;
                    }
                    ConversionFactors.factor(rates, currency, quote)
                            .ifPresent(f -> rows.add(List.of(quote, day, currency, f)));
                }
            }
        });
        // rates never change once stored, so neither do their factors: an existing one is the same number
        jdbc.batch("INSERT IGNORE INTO fx_conversion (quote_currency, rate_date, currency, factor) VALUES (?,?,?,?)",
                rows);
    }

    /** Whether any factor into {@code quote} is stored. */
    public boolean hasFactors(String quote) {
        return !jdbc.query("SELECT 1 FROM fx_conversion WHERE quote_currency = ? LIMIT 1", List.of(quote),
                rs -> 1).isEmpty();
    }

    /** The first and last day with a stored rate, if any. */
    public Optional<LocalDate[]> rateSpan() {
        List<LocalDate[]> span = jdbc.query("SELECT MIN(rate_date) AS first, MAX(rate_date) AS last FROM fx_rate",
                List.of(), rs -> new LocalDate[] {Jdbc.date(rs, "first"), Jdbc.date(rs, "last")});
        return span.isEmpty() || span.get(0)[0] == null ? Optional.empty() : Optional.of(span.get(0));
    }

    /** Stored factors into {@code quote} for days in [from, to], as a lookup (1 for the quote currency itself). */
    public ConversionFactors.Lookup factors(String quote, LocalDate from, LocalDate to) {
        Map<LocalDate, Map<String, BigDecimal>> factors = new HashMap<>();
        jdbc.query("SELECT rate_date, currency, factor FROM fx_conversion WHERE quote_currency = ? AND rate_date >= ?"
                + " AND rate_date <= ?", List.of(quote, from, to), rs -> factors
                .computeIfAbsent(Jdbc.date(rs, "rate_date"), d -> new HashMap<>())
                .put(rs.getString("currency"), rs.getBigDecimal("factor")));
        return (day, currency) -> currency.equals(quote) ? Optional.of(BigDecimal.ONE)
                : Optional.ofNullable(factors.getOrDefault(day, Map.of()).get(currency));
    }
}
