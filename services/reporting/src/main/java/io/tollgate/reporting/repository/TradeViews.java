package io.tollgate.reporting.repository;

import io.tollgate.platform.jdbc.Jdbc;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tollgate.reporting.config.ReportingConfig;
import io.tollgate.reporting.domain.exposure.Exposure;
import io.tollgate.reporting.domain.fx.RatePolicy;
import io.tollgate.reporting.domain.mix.CurrencyMix;
import io.tollgate.reporting.domain.mix.RailMix;
import io.tollgate.reporting.domain.operations.ScreeningOperations;
import io.tollgate.reporting.domain.register.Register;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads trade-registration's published views ({@code report_trade_v}, {@code report_alert_v},
 * {@code report_decision_v}) and nothing else of its schema. Values are converted in SQL with reporting's own
 * {@code fx_conversion} table, one key lookup per trade.
 */
@ApplicationScoped
public class TradeViews {

    /** A trade-date range and the optional filters of the trade reports. */
    public record TradeFilter(LocalDate from, LocalDate to, Optional<String> corridor, Optional<String> rail,
                              List<String> statuses) {
    }

    private final Jdbc jdbc;
    private final ObjectMapper json;
    private final String trades;
    private final String alerts;
    private final String decisions;

    public TradeViews(Jdbc jdbc, ObjectMapper json, ReportingConfig config) {
        this.jdbc = jdbc;
        this.json = json;
        String schema = Jdbc.schema(config.tradeSchema());
        this.trades = schema + ".report_trade_v";
        this.alerts = schema + ".report_alert_v";
        this.decisions = schema + ".report_decision_v";
    }

    /**
     * Trade counts and amounts per trade date and settlement currency. Grouped in the order of the covering index
     * (trade_date, currency, …), so the database streams the aggregate from the index without sorting.
     */
    public List<CurrencyMix.DailyTotal> dailyTotals(TradeFilter filter, Instant cutoff) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, cutoff, params);
        return jdbc.query("SELECT t.trade_date, t.currency, COUNT(*) AS trades, SUM(t.amount) AS amount FROM "
                        + trades + " t WHERE " + where + " GROUP BY t.trade_date, t.currency", params,
                rs -> new CurrencyMix.DailyTotal(Jdbc.date(rs, "trade_date"), rs.getString("currency"),
                        rs.getLong("trades"), Jdbc.decimal(rs, "amount")));
    }

    /** Trade counts and amounts per trade date, payment rail and settlement currency. */
    public List<RailMix.DailyTotal> dailyRailTotals(TradeFilter filter, Instant cutoff) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, cutoff, params);
        return jdbc.query("SELECT t.trade_date, t.payment_rail, t.currency, COUNT(*) AS trades, SUM(t.amount) AS amount"
                        + " FROM " + trades + " t WHERE " + where + " GROUP BY t.trade_date, t.currency, t.payment_rail",
                params, rs -> new RailMix.DailyTotal(Jdbc.date(rs, "trade_date"), rs.getString("payment_rail"),
                        rs.getString("currency"), rs.getLong("trades"), Jdbc.decimal(rs, "amount")));
    }

    /**
     * Counts and converted values per corridor, rail and status. The inner query groups by (corridor, rail, status,
     * trade date, currency), the order of the covering index (corridor, payment_rail, status, trade_date, currency,
     * …), so the database streams it from the index; each group is then converted with one factor lookup, instead of
     * one per trade. The trade-date range is written so that it cannot pick the trade-date index: with it MySQL and
     * MariaDB would read the range in date order and sort a million rows into a temporary table to group them.
     */
    public List<Exposure.Group> exposureGroups(TradeFilter filter, String quote, RatePolicy policy, Instant cutoff) {
        StringBuilder where = new StringBuilder("t.trade_date + INTERVAL 0 DAY >= ? AND t.trade_date + INTERVAL 0 DAY <= ?"
                + " AND t.registered_at <= ?");
        List<Object> inner = new ArrayList<>(List.of(filter.from(), filter.to(), cutoff));
        filter.corridor().ifPresent(c -> {
            where.append(" AND t.corridor = ?");
            inner.add(c);
        });
        filter.rail().ifPresent(r -> {
            where.append(" AND t.payment_rail = ?");
            inner.add(r);
        });
        // in the order of the placeholders: the two CASEs, the inner WHERE, the factor lookup
        List<Object> params = new ArrayList<>(List.of(quote, quote));
        params.addAll(inner);
        params.addAll(FxRateStore.factorJoinParams(quote, policy));
        return jdbc.query("SELECT g.corridor, g.payment_rail, g.status, SUM(g.trades) AS trades,"
                        + " SUM(CASE WHEN g.currency = ? THEN g.amount ELSE g.amount * f.factor END) AS value,"
                        + " SUM(CASE WHEN g.currency <> ? AND f.factor IS NULL THEN g.trades ELSE 0 END) AS without_rate"
                        + " FROM (SELECT t.corridor, t.payment_rail, t.status, t.trade_date, t.currency, COUNT(*) AS trades,"
                        + " SUM(t.amount) AS amount FROM " + trades + " t WHERE " + where
                        + " GROUP BY t.corridor, t.payment_rail, t.status, t.trade_date, t.currency) g"
                        + FxRateStore.factorJoin("g.trade_date", "g.currency", policy)
                        + " GROUP BY g.corridor, g.payment_rail, g.status", params,
                rs -> new Exposure.Group(rs.getString("corridor"), rs.getString("payment_rail"),
                        rs.getString("status"), rs.getLong("trades"), Jdbc.decimal(rs, "value"),
                        rs.getLong("without_rate")));
    }

    /**
     * Trade counts and amounts per corridor, rail, status, trade date and currency, unconverted, for a short range (a
     * part month at an end of an exposure report): a slice of the trade-date index, grouped in a small temporary
     * table; the caller converts each day with its factor.
     */
    public List<Exposure.DayGroup> exposureDays(TradeFilter filter, Instant cutoff) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, cutoff, params);
        return jdbc.query("SELECT t.corridor, t.payment_rail, t.status, t.trade_date, t.currency, COUNT(*) AS trades,"
                        + " SUM(t.amount) AS amount FROM " + trades + " t WHERE " + where
                        + " GROUP BY t.corridor, t.payment_rail, t.status, t.trade_date, t.currency", params,
                rs -> new Exposure.DayGroup(rs.getString("corridor"), rs.getString("payment_rail"),
                        rs.getString("status"), Jdbc.date(rs, "trade_date"), rs.getString("currency"),
                        rs.getLong("trades"), Jdbc.decimal(rs, "amount")));
    }

    /** An alert on a trade in the filter that was not released as a false positive by the cut-off. */
    public record AlertedTrade(long tradeId, long entityId, String status, Optional<BigDecimal> value) {
    }

    /** Trades with an alert still standing at the cut-off, with the alerted entity and the converted value. */
    public List<AlertedTrade> alertedTrades(TradeFilter filter, String quote, RatePolicy policy, Instant cutoff) {
        List<Object> params = new ArrayList<>(List.of(quote));
        params.addAll(FxRateStore.factorJoinParams(quote, policy));
        params.addAll(List.of(cutoff, cutoff));
        String where = where(filter, cutoff, params);
        return jdbc.query("SELECT a.trade_id, a.entity_id, t.status,"
                        + " CASE WHEN t.currency = ? THEN t.amount ELSE t.amount * f.factor END AS value"
                        + " FROM " + alerts + " a JOIN " + trades + " t ON t.trade_id = a.trade_id"
                        + FxRateStore.factorJoin("t.trade_date", "t.currency", policy)
                        + " WHERE a.raised_at <= ? AND NOT (a.status = 'FALSE_POSITIVE' AND a.closed_at <= ?)"
                        + " AND " + where, params,
                rs -> new AlertedTrade(rs.getLong("trade_id"), rs.getLong("entity_id"), rs.getString("status"),
                        Optional.ofNullable(rs.getBigDecimal("value"))));
    }

    /**
     * The register: every trade whose latest decision at the cut-off has one of {@code statuses}, decided in
     * [{@code from}, {@code to}], with that decision's due date and reasons.
     */
    public List<Register.Entry> register(List<String> statuses, LocalDate from, LocalDate to,
                                         Optional<String> corridor, Instant cutoff) {
        List<Object> params = new ArrayList<>(statuses);
        params.add(from);
        params.add(to.plusDays(1));
        params.add(cutoff);
        params.add(cutoff);
        corridor.ifPresent(params::add);
        params.add(cutoff);
        return jdbc.query("SELECT d.trade_id, d.status, d.report_due_date, d.decided_at, d.reasons, t.reference,"
                        + " t.trade_date, t.corridor, t.currency, t.amount, t.payment_rail"
                        + " FROM " + decisions + " d JOIN " + trades + " t ON t.trade_id = d.trade_id"
                        + " WHERE d.status IN (" + Jdbc.marks(statuses.size()) + ")"
                        + " AND d.decided_at >= ? AND d.decided_at < ? AND d.decided_at <= ? AND t.registered_at <= ?"
                        + corridor.map(c -> " AND t.corridor = ?").orElse("")
                        + " AND NOT EXISTS (SELECT 1 FROM " + decisions + " n WHERE n.trade_id = d.trade_id"
                        + " AND n.decision_id > d.decision_id AND n.decided_at <= ?)", params,
                rs -> new Register.Entry(rs.getLong("trade_id"), rs.getString("reference"), rs.getString("status"),
                        rs.getString("corridor"), Jdbc.date(rs, "trade_date"), rs.getString("currency"),
                        rs.getBigDecimal("amount"), rs.getString("payment_rail"), Jdbc.instant(rs, "decided_at"),
                        Optional.ofNullable(Jdbc.date(rs, "report_due_date")), reasons(rs.getString("reasons"))));
    }

    /** Trades registered per day (UTC) in [from, to], up to the cut-off. */
    public List<ScreeningOperations.TradeDay> tradesPerDay(LocalDate from, LocalDate to, Instant cutoff) {
        return jdbc.query("SELECT DATE(registered_at) AS day, COUNT(*) AS trades FROM " + trades
                        + " WHERE registered_at >= ? AND registered_at < ? AND registered_at <= ?"
                        + " GROUP BY DATE(registered_at)", List.of(from, to.plusDays(1), cutoff),
                rs -> new ScreeningOperations.TradeDay(Jdbc.date(rs, "day"), rs.getLong("trades")));
    }

    /**
     * Alerts that matter for [from, …] at the cut-off: raised in the range, decided in it, or still open then.
     */
    public List<ScreeningOperations.Alert> alertsSince(LocalDate from, Instant cutoff) {
        return jdbc.query("SELECT alert_id, trade_id, status, raised_at, first_decided_at, first_decided_by,"
                        + " first_outcome, last_decided_at, last_decided_by, last_outcome, closed_at, decision_count"
                        + " FROM " + alerts + " WHERE raised_at <= ? AND (raised_at >= ? OR closed_at IS NULL"
                        + " OR closed_at > ? OR last_decided_at >= ?)", List.of(cutoff, from, cutoff, from),
                rs -> new ScreeningOperations.Alert(rs.getLong("alert_id"), rs.getLong("trade_id"),
                        rs.getString("status"), Jdbc.instant(rs, "raised_at"), Jdbc.instant(rs, "first_decided_at"),
                        rs.getString("first_decided_by"), rs.getString("first_outcome"),
                        Jdbc.instant(rs, "last_decided_at"), rs.getString("last_decided_by"),
                        rs.getString("last_outcome"), Jdbc.instant(rs, "closed_at"), rs.getInt("decision_count")));
    }

    /** Every corridor with a trade, for the dashboard's selector. */
    public List<String> corridors() {
        return jdbc.query("SELECT DISTINCT corridor FROM " + trades + " ORDER BY corridor", List.of(),
                rs -> rs.getString(1));
    }

    private static String where(TradeFilter filter, Instant cutoff, List<Object> params) {
        StringBuilder where = new StringBuilder("t.trade_date >= ? AND t.trade_date <= ? AND t.registered_at <= ?");
        params.add(filter.from());
        params.add(filter.to());
        params.add(cutoff);
        filter.corridor().ifPresent(c -> {
            where.append(" AND t.corridor = ?");
            params.add(c);
        });
        filter.rail().ifPresent(r -> {
            where.append(" AND t.payment_rail = ?");
            params.add(r);
        });
        if (!filter.statuses().isEmpty()) {
            // read from the covering index being scanned anyway, not through trade-registration's status index,
            // which would cost one random row read per matching trade
            where.append(" AND CONCAT(t.status) IN (").append(Jdbc.marks(filter.statuses().size())).append(')');
            params.addAll(filter.statuses());
        }
        return where.toString();
    }

    /** The earliest and latest trade date of all trades, if there is one. */
    public Optional<LocalDate[]> tradeDateSpan() {
        List<LocalDate[]> span = jdbc.query("SELECT MIN(trade_date) AS first, MAX(trade_date) AS last FROM " + trades,
                List.of(), rs -> new LocalDate[] {Jdbc.date(rs, "first"), Jdbc.date(rs, "last")});
        return span.isEmpty() || span.get(0)[0] == null ? Optional.empty() : Optional.of(span.get(0));
    }

    /** The alerts of these trades, by trade, oldest first (the dashboard links a register row to them). */
    public java.util.Map<Long, List<Long>> alertsOf(java.util.Collection<Long> tradeIds) {
        java.util.Map<Long, List<Long>> byTrade = new java.util.LinkedHashMap<>();
        if (tradeIds.isEmpty()) {
            return byTrade;
        }
        jdbc.query("SELECT trade_id, alert_id FROM " + alerts + " WHERE trade_id IN (" + Jdbc.marks(tradeIds.size())
                        + ") ORDER BY alert_id", new ArrayList<Object>(tradeIds),
                rs -> byTrade.computeIfAbsent(rs.getLong("trade_id"), k -> new ArrayList<>()).add(rs.getLong("alert_id")));
        return byTrade;
    }

    // the reasons that gave the status (cleared reasons left out); a decision whose reasons are not readable JSON
    // keeps them as one reason's text, so nothing is lost
    private List<Register.Reason> reasons(String reasonsJson) {
        if (reasonsJson == null || reasonsJson.isBlank()) {
            return List.of();
        }
        try {
            List<Register.Reason> parts = new ArrayList<>();
            for (JsonNode r : json.readTree(reasonsJson)) {
                if ("CLEARED".equals(r.path("outcome").asText())) {
                    continue;
                }
                parts.add(new Register.Reason(r.path("kind").asText(), r.path("ruleId").asText(),
                        r.path("explanation").asText()));
            }
            return parts;
        } catch (JsonProcessingException e) {
            return List.of(new Register.Reason("UNREADABLE", "", reasonsJson));
        }
    }
}
