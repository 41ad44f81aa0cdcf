package io.tollgate.reporting.repository;

import io.tollgate.reporting.config.ReportingConfig;
import io.tollgate.reporting.domain.exposure.Exposure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The monthly exposure summary ({@code exposure_month}): per reporting currency, month, corridor, rail and status, the
 * trade count and the value converted at each trade date's rate. Read from the trade view with plain (non-locking)
 * reads and written in reporting's own schema.
 */
@ApplicationScoped
public class ExposureSummaryStore {

    private final Jdbc jdbc;
    private final String trades;

    public ExposureSummaryStore(Jdbc jdbc, ReportingConfig config) {
        this.jdbc = jdbc;
        this.trades = Jdbc.schema(config.tradeSchema()) + ".report_trade_v";
    }

    /** How far the summary is up to date. */
    public record State(Optional<Instant> refreshedAt, Set<String> currencies) {
    }

    /** The summary's state, locked until the end of the transaction (one refresh at a time). */
    public State lock() {
        return jdbc.query("SELECT refreshed_at, currencies FROM exposure_refresh WHERE id = 1 FOR UPDATE", List.of(),
                rs -> new State(Optional.ofNullable(Jdbc.instant(rs, "refreshed_at")),
                        rs.getString("currencies") == null ? Set.of()
                                : new TreeSet<>(Arrays.asList(rs.getString("currencies").split(","))))).get(0);
    }

    /** The first day of every month with a trade. */
    public Set<LocalDate> allMonths() {
        Set<LocalDate> months = new TreeSet<>();
        List<LocalDate[]> span = jdbc.query("SELECT MIN(trade_date) AS first, MAX(trade_date) AS last FROM " + trades,
                List.of(), rs -> new LocalDate[] {Jdbc.date(rs, "first"), Jdbc.date(rs, "last")});
        if (!span.isEmpty() && span.get(0)[0] != null) {
            for (LocalDate m = span.get(0)[0].withDayOfMonth(1); !m.isAfter(span.get(0)[1]); m = m.plusMonths(1)) {
                months.add(m);
            }
        }
        return months;
    }

    /** The months of trades registered or re-decided after {@code since}. */
    public Set<LocalDate> monthsChangedSince(Instant since) {
        Set<LocalDate> months = new TreeSet<>();
        for (String column : List.of("registered_at", "decided_at")) {
            jdbc.query("SELECT DISTINCT trade_date FROM " + trades + " WHERE " + column + " > ?", List.of(since),
                    rs -> months.add(Jdbc.date(rs, "trade_date").withDayOfMonth(1)));
        }
        return months;
    }

    /** Marks months to rebuild at the next refresh (their rates changed). */
    public void markDirty(Set<LocalDate> months) {
        jdbc.batch("INSERT IGNORE INTO exposure_dirty_month (month) VALUES (?)",
                months.stream().<List<?>>map(m -> List.of(m.withDayOfMonth(1))).toList());
    }

    /** The months marked to rebuild. */
    public Set<LocalDate> dirtyMonths() {
        return new TreeSet<>(jdbc.query("SELECT month FROM exposure_dirty_month", List.of(),
                rs -> Jdbc.date(rs, "month")));
    }

    /** Unmarks months once rebuilt. */
    public void clean(Set<LocalDate> months) {
        jdbc.batch("DELETE FROM exposure_dirty_month WHERE month = ?", months.stream()
                .<List<?>>map(m -> List.of(m)).toList());
    }

    /** Recomputes one month for every reporting currency from the trade view as it is now. */
    public void rebuild(LocalDate month, List<String> quotes) {
        List<List<?>> rows = new ArrayList<>();
        for (String quote : quotes) {
            // grouped by day and currency first, so each group is converted with one factor lookup
            jdbc.query("SELECT g.corridor, g.payment_rail, g.status, SUM(g.trades) AS trades,"
                            + " SUM(CASE WHEN g.currency = ? THEN g.amount ELSE g.amount * f.factor END) AS value,"
                            + " SUM(CASE WHEN g.currency <> ? AND f.factor IS NULL THEN g.trades ELSE 0 END) AS without_rate"
                            + " FROM (SELECT t.corridor, t.payment_rail, t.status, t.trade_date, t.currency,"
                            + " COUNT(*) AS trades, SUM(t.amount) AS amount FROM " + trades + " t"
                            + " WHERE t.trade_date >= ? AND t.trade_date < ?"
                            + " GROUP BY t.corridor, t.payment_rail, t.status, t.trade_date, t.currency) g"
                            + " LEFT JOIN fx_conversion f ON f.quote_currency = ? AND f.rate_date = g.trade_date"
                            + " AND f.currency = g.currency GROUP BY g.corridor, g.payment_rail, g.status",
                    List.of(quote, quote, month, month.plusMonths(1), quote), rs -> rows.add(List.of(quote, month,
                            rs.getString("corridor"), rs.getString("payment_rail"), rs.getString("status"),
                            rs.getLong("trades"), Jdbc.decimal(rs, "value"), rs.getLong("without_rate"))));
        }
        jdbc.batch("DELETE FROM exposure_month WHERE month = ?", List.of(List.of(month)));
        jdbc.batch("INSERT INTO exposure_month (quote_currency, month, corridor, payment_rail, status, trades, value,"
                + " trades_without_rate) VALUES (?,?,?,?,?,?,?,?)", rows);
    }

    /** Records the refresh. */
    public void refreshed(Instant at, Set<String> quotes) {
        jdbc.batch("UPDATE exposure_refresh SET refreshed_at = ?, currencies = ? WHERE id = 1",
                List.of(List.of(at, String.join(",", new TreeSet<>(quotes)))));
    }

    /** The exposure groups of whole months [from, to] from the summary. */
    public List<Exposure.Group> groups(String quote, LocalDate fromMonth, LocalDate toMonth, Optional<String> corridor,
                                       Optional<String> rail) {
        List<Object> params = new ArrayList<>(List.of(quote, fromMonth, toMonth));
        corridor.ifPresent(params::add);
        rail.ifPresent(params::add);
        return jdbc.query("SELECT corridor, payment_rail, status, SUM(trades) AS trades, SUM(value) AS value,"
                        + " SUM(trades_without_rate) AS without_rate FROM exposure_month WHERE quote_currency = ?"
                        + " AND month >= ? AND month <= ?" + corridor.map(c -> " AND corridor = ?").orElse("")
                        + rail.map(r -> " AND payment_rail = ?").orElse("")
                        + " GROUP BY corridor, payment_rail, status", params,
                rs -> new Exposure.Group(rs.getString("corridor"), rs.getString("payment_rail"),
                        rs.getString("status"), rs.getLong("trades"), Jdbc.decimal(rs, "value"),
                        rs.getLong("without_rate")));
    }
}
