package io.tollgate.reporting.repository;

import io.tollgate.platform.jdbc.Jdbc;
import io.tollgate.reporting.config.ReportingConfig;
import io.tollgate.reporting.domain.exposure.Exposure;
import io.tollgate.reporting.domain.fx.RatePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The exposure summary: {@code exposure_month} (per reporting currency, month, corridor, rail and status, the trade
 * count and the value converted at each trade date's rate) and {@code exposure_alerted_trade} (the standing alerts'
 * trades and listed entities, with what the report filters and values them by). Read from the trade views with plain
 * (non-locking) reads and written in reporting's own schema.
 */
@ApplicationScoped
public class ExposureSummaryStore {

    private static final int IN_BATCH = 1000;
    // past this many changed trades (a bulk load) one pass over every alert beats a thousand-trade batch at a time
    private static final int ALERTED_IN_FULL_ABOVE = 20_000;

    private final Jdbc jdbc;
    private final String trades;
    private final String alerts;

    public ExposureSummaryStore(Jdbc jdbc, ReportingConfig config) {
        this.jdbc = jdbc;
        String schema = Jdbc.schema(config.tradeSchema());
        this.trades = schema + ".report_trade_v";
        this.alerts = schema + ".report_alert_v";
    }

    /**
     * How far the summary is up to date, the reporting currencies and rate policy (as its label) it was converted
     * with, and whether the alerted trades were ever built in full.
     */
    public record State(Optional<Instant> refreshedAt, Set<String> currencies, Optional<String> ratePolicy,
                        boolean alertedBuilt) {
    }

    /** The (month, corridor, rail) groups of {@code exposure_month} one trade falls into. */
    public record MonthGroup(LocalDate month, String corridor, String rail) {
    }

    /**
     * What changed since a moment: the groups of trades registered or re-decided since then, and the trades whose
     * alerted rows may differ (those trades, and the trades of alerts raised or decided since).
     */
    public record Changes(Set<MonthGroup> groups, Set<Long> alertedTrades) {
    }

    /** The summary's state, locked until the end of the transaction (one refresh at a time). */
    public State lock() {
        return jdbc.query("SELECT refreshed_at, currencies, rate_policy, alerted_built FROM exposure_refresh WHERE id = 1"
                        + " FOR UPDATE", List.of(), rs -> new State(Optional.ofNullable(Jdbc.instant(rs, "refreshed_at")),
                        rs.getString("currencies") == null ? Set.of()
                                : new TreeSet<>(Arrays.asList(rs.getString("currencies").split(","))),
                        Optional.ofNullable(rs.getString("rate_policy")), rs.getBoolean("alerted_built"))).get(0);
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

    /**
     * The trades registered or re-decided after {@code since} (through the indexes on those two times), and the
     * trades with an alert raised or decided after it.
     */
    public Changes changesSince(Instant since) {
        Set<MonthGroup> groups = new HashSet<>();
        Set<Long> alerted = new HashSet<>();
        for (String column : List.of("registered_at", "decided_at")) {
            jdbc.query("SELECT trade_id, trade_date, corridor, payment_rail FROM " + trades + " WHERE " + column
                    + " > ?", List.of(since), rs -> {
                        groups.add(new MonthGroup(Jdbc.date(rs, "trade_date").withDayOfMonth(1),
                                rs.getString("corridor"), rs.getString("payment_rail")));
                        return alerted.add(rs.getLong("trade_id"));
                    });
        }
        // closing (or re-opening) an alert records a decision on it, so its last decision time moves
        jdbc.query("SELECT DISTINCT trade_id FROM " + alerts + " WHERE raised_at > ? OR last_decided_at > ?",
                List.of(since, since), rs -> alerted.add(rs.getLong("trade_id")));
        return new Changes(groups, alerted);
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

    /**
     * One month's trades as the trade view has them now, per corridor, rail, status, trade date and currency: all of
     * them, or only those of the given (corridor, rail) groups. One pass in the trade-date index's range (or, for a
     * few groups, the covering (corridor, rail, …) index) serves every reporting currency; the caller converts.
     */
    public List<Exposure.DayGroup> dayGroups(LocalDate month, Optional<Set<MonthGroup>> only) {
        List<MonthGroup> pairs = only.map(List::copyOf).orElse(List.of());
        StringBuilder sql = new StringBuilder("SELECT t.corridor, t.payment_rail, t.status, t.trade_date, t.currency,"
                + " COUNT(*) AS trades, SUM(t.amount) AS amount FROM " + trades + " t"
                + " WHERE t.trade_date >= ? AND t.trade_date < ?");
        List<Object> params = new ArrayList<>(List.of(month, month.plusMonths(1)));
        if (!pairs.isEmpty()) {
            sql.append(" AND (").append(String.join(" OR ", Collections.nCopies(pairs.size(),
                    "(t.corridor = ? AND t.payment_rail = ?)"))).append(')');
            pairs.forEach(g -> {
                params.add(g.corridor());
                params.add(g.rail());
            });
        }
        sql.append(" GROUP BY t.corridor, t.payment_rail, t.status, t.trade_date, t.currency");
        return jdbc.query(sql.toString(), params, rs -> new Exposure.DayGroup(rs.getString("corridor"),
                rs.getString("payment_rail"), rs.getString("status"), Jdbc.date(rs, "trade_date"),
                rs.getString("currency"), rs.getLong("trades"), Jdbc.decimal(rs, "amount")));
    }

    /**
     * Replaces one month's rows (all of them, or those of the given groups) with {@code groups}, per reporting
     * currency.
     */
    public void replace(LocalDate month, Optional<Set<MonthGroup>> only, Map<String, List<Exposure.Group>> groups) {
        if (only.isEmpty()) {
            jdbc.batch("DELETE FROM exposure_month WHERE quote_currency = ? AND month = ?",
                    groups.keySet().stream().<List<?>>map(q -> List.of(q, month)).toList());
        } else {
            List<List<?>> keys = new ArrayList<>();
            groups.keySet().forEach(q -> only.get().forEach(g -> keys.add(List.of(q, month, g.corridor(), g.rail()))));
            jdbc.batch("DELETE FROM exposure_month WHERE quote_currency = ? AND month = ? AND corridor = ?"
                    + " AND payment_rail = ?", keys);
        }
        List<List<?>> rows = new ArrayList<>();
        groups.forEach((q, list) -> list.forEach(g -> rows.add(List.of(q, month, g.corridor(), g.rail(), g.status(),
                g.trades(), g.value(), g.tradesWithoutRate()))));
        jdbc.batch("INSERT INTO exposure_month (quote_currency, month, corridor, payment_rail, status, trades, value,"
                + " trades_without_rate) VALUES (?,?,?,?,?,?,?,?)", rows);
    }

    /**
     * Rebuilds the alerted rows of every trade, or of the given trades, as the views say at {@code now}: an alert
     * counts when it was raised by then and not released as a false positive by then, on a trade registered by then.
     */
    public void rebuildAlerted(Optional<Set<Long>> only, Instant now) {
        String select = "SELECT DISTINCT a.trade_id, a.entity_id, t.trade_date, t.corridor, t.payment_rail, t.status,"
                + " t.currency, t.amount FROM " + alerts + " a JOIN " + trades + " t ON t.trade_id = a.trade_id"
                + " WHERE a.raised_at <= ? AND NOT (a.status = 'FALSE_POSITIVE' AND a.closed_at <= ?)"
                + " AND t.registered_at <= ?";
        String insert = "INSERT INTO exposure_alerted_trade (trade_id, entity_id, trade_date, corridor, payment_rail,"
                + " status, currency, amount) VALUES (?,?,?,?,?,?,?,?)";
        Jdbc.RowMapper<List<?>> row = rs -> List.of(rs.getLong("trade_id"), rs.getLong("entity_id"),
                Jdbc.date(rs, "trade_date"), rs.getString("corridor"), rs.getString("payment_rail"),
                rs.getString("status"), rs.getString("currency"), rs.getBigDecimal("amount"));
        if (only.isEmpty()) {
            List<List<?>> rows = jdbc.query(select, List.of(now, now, now), row);
            jdbc.batch("DELETE FROM exposure_alerted_trade", List.of(List.of()));
            jdbc.batch(insert, rows);
            return;
        }
        if (only.get().size() > ALERTED_IN_FULL_ABOVE) {
            rebuildAlerted(Optional.empty(), now);
            return;
        }
        List<Long> ids = List.copyOf(new TreeSet<>(only.get()));
        for (int i = 0; i < ids.size(); i += IN_BATCH) {
            List<Long> batch = ids.subList(i, Math.min(ids.size(), i + IN_BATCH));
            List<Object> params = new ArrayList<>(List.of(now, now, now));
            params.addAll(batch);
            List<List<?>> rows = jdbc.query(select + " AND a.trade_id IN (" + Jdbc.marks(batch.size()) + ")",
                    params, row);
            jdbc.batch("DELETE FROM exposure_alerted_trade WHERE trade_id IN (" + Jdbc.marks(batch.size()) + ")",
                    List.of(batch));
            jdbc.batch(insert, rows);
        }
    }

    /** Empties the monthly summary, before it is built in full (every month, for the currencies now configured). */
    public void clear() {
        jdbc.batch("DELETE FROM exposure_month", List.of(List.of()));
    }

    /** Records the refresh. */
    public void refreshed(Instant at, Set<String> quotes, RatePolicy policy) {
        jdbc.batch("UPDATE exposure_refresh SET refreshed_at = ?, currencies = ?, rate_policy = ?, alerted_built = TRUE"
                + " WHERE id = 1", List.of(List.of(at, String.join(",", new TreeSet<>(quotes)), policy.label())));
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

    /**
     * The alerted trades with a trade date in [from, to] (any days), each with one listed entity, the trade's status
     * and its value converted with the factor the rate policy picks for its trade date (none without one).
     */
    public List<TradeViews.AlertedTrade> alerted(String quote, RatePolicy policy, LocalDate from, LocalDate to,
                                                 Optional<String> corridor, Optional<String> rail) {
        List<Object> params = new ArrayList<>(List.of(quote));
        params.addAll(FxRateStore.factorJoinParams(quote, policy));
        params.addAll(List.of(from, to));
        corridor.ifPresent(params::add);
        rail.ifPresent(params::add);
        return jdbc.query("SELECT a.trade_id, a.entity_id, a.status,"
                        + " CASE WHEN a.currency = ? THEN a.amount ELSE a.amount * f.factor END AS value"
                        + " FROM exposure_alerted_trade a" + FxRateStore.factorJoin("a.trade_date", "a.currency", policy)
                        + " WHERE a.trade_date >= ? AND a.trade_date <= ?"
                        + corridor.map(c -> " AND a.corridor = ?").orElse("")
                        + rail.map(r -> " AND a.payment_rail = ?").orElse("") + " ORDER BY a.trade_id, a.entity_id",
                params, rs -> new TradeViews.AlertedTrade(rs.getLong("trade_id"), rs.getLong("entity_id"),
                        rs.getString("status"), Optional.ofNullable(rs.getBigDecimal("value"))));
    }
}
