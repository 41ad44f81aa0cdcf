package io.tollgate.trade.repository;

import io.agroal.api.AgroalDataSource;
import io.tollgate.platform.jdbc.Jdbc;
import io.tollgate.trade.domain.AlertOutcome;
import io.tollgate.trade.domain.AlertState;
import io.tollgate.trade.domain.TradeStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the workbench pages list, read in plain SQL with one statement per table on the page: the alert queue (alerts
 * with their trade's reference and corridor and their party's role), the counts per alert status, a page of trade
 * summaries, the other alerts on the same party and entity. Every read is bounded (a page of rows) and served by an
 * index: {@code ix_trade_alert_status}, {@code ix_trade_alert_subject}, the trade's status, corridor, date and
 * reference indexes ({@code 009-workbench-indexes.sql}).
 */
@ApplicationScoped
public class WorkbenchReads {

    private final Jdbc jdbc;

    public WorkbenchReads(AgroalDataSource db) {
        // the platform's problem mapping looks through the causes (a lost connection is a 503)
        this.jdbc = new Jdbc(db, (what, e) -> new PersistenceException(what + ": " + e.getMessage(), e));
    }

    /** What the alert queue is filtered by; empty: any. */
    public record AlertFilter(List<AlertState> statuses, Optional<String> source, Optional<String> corridor,
                              Optional<String> partyRole, Optional<Instant> raisedBefore) {
    }

    /** One row of the alert queue. */
    public record QueuedAlert(long id, long tradeId, String reference, String corridor, String partyRole,
                              String subjectName, String source, String sourceId, String primaryName,
                              BigDecimal score, AlertState status, Instant raisedAt, Optional<String> lastDecidedBy) {
    }

    /** A page of the alert queue, oldest first, and how many alerts the filter takes in all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QueuedAlert> queue(AlertFilter f, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(f, params);
        params.add(limit);
        params.add(offset);
        return jdbc.query("SELECT a.id, a.trade_id, t.reference, t.corridor, p.role, a.subject_name, a.source,"
                + " a.source_id, a.primary_name, a.score, a.status, a.created_at,"
                + " (SELECT d.decided_by FROM alert_decision d WHERE d.alert_id = a.id ORDER BY d.id DESC LIMIT 1)"
                + " FROM trade_alert a JOIN trade t ON t.id = a.trade_id"
                + " LEFT JOIN trade_party p ON p.trade_id = a.trade_id AND p.seq = a.party_position"
                + where + " ORDER BY a.created_at, a.id LIMIT ? OFFSET ?", params, rs -> new QueuedAlert(rs.getLong(1),
                rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getBigDecimal(10), AlertState.valueOf(rs.getString(11)),
                Jdbc.instant(rs, 12), Optional.ofNullable(rs.getString(13))));
    }

    /** How many alerts the filter takes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long queueSize(AlertFilter f) {
        List<Object> params = new ArrayList<>();
        String where = where(f, params);
        boolean byRole = f.partyRole().isPresent();
        boolean byTrade = f.corridor().isPresent();
        return jdbc.queryOne("SELECT COUNT(*) FROM trade_alert a"
                + (byTrade ? " JOIN trade t ON t.id = a.trade_id" : "")
                + (byRole ? " JOIN trade_party p ON p.trade_id = a.trade_id AND p.seq = a.party_position" : "")
                + where, params, rs -> rs.getLong(1)).orElse(0L);
    }

    private static String where(AlertFilter f, List<Object> params) {
        StringBuilder w = new StringBuilder(" WHERE a.status IN (" + Jdbc.marks(f.statuses().size()) + ")");
        f.statuses().forEach(s -> params.add(s.name()));
        f.source().ifPresent(s -> {
            w.append(" AND a.source = ?");
            params.add(s);
        });
        f.corridor().ifPresent(c -> {
            w.append(" AND t.corridor = ?");
            params.add(c);
        });
        f.partyRole().ifPresent(r -> {
            w.append(" AND p.role = ?");
            params.add(r);
        });
        f.raisedBefore().ifPresent(b -> {
            w.append(" AND a.created_at <= ?");
            params.add(b);
        });
        return w.toString();
    }

    /**
     * Alerts per status and the lists the undecided ones come from, in one statement: every alert still waiting for
     * a decision, and the closed ones raised since {@code closedSince} (closed alerts only ever accumulate; counting
     * all of them would read a growing index on every page).
     */
    public record Counts(Map<AlertState, Long> byStatus, List<String> undecidedSources) {
    }

    /** The counts per status (zero included) and the sources of the undecided alerts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Counts counts(Instant closedSince) {
        Map<AlertState, Long> counts = new EnumMap<>(AlertState.class);
        for (AlertState s : AlertState.values()) {
            counts.put(s, 0L);
        }
        java.util.TreeSet<String> sources = new java.util.TreeSet<>();
        jdbc.forEach("SELECT status, source, COUNT(*) FROM trade_alert WHERE status IN ('OPEN', 'ESCALATED',"
                + " 'AWAITING_SECOND_REVIEW') OR (status IN ('FALSE_POSITIVE', 'TRUE_MATCH') AND created_at >= ?)"
                + " GROUP BY status, source", List.of(closedSince), rs -> {
                    AlertState state = AlertState.valueOf(rs.getString(1));
                    counts.merge(state, rs.getLong(3), Long::sum);
                    if (state.undecided()) {
                        sources.add(rs.getString(2));
                    }
                });
        return new Counts(counts, List.copyOf(sources));
    }

    /** What the trade search is filtered by; empty: any. */
    public record TradeFilter(Optional<TradeStatus> status, Optional<String> corridor, Optional<LocalDate> from,
                              Optional<LocalDate> to, Optional<String> referencePrefix) {
    }

    /** One row of the trade search. */
    public record TradeSummary(long id, String reference, LocalDate tradeDate, String corridor, BigDecimal amount,
                               String currency, String paymentRail, TradeStatus status, String registeredBy,
                               Instant registeredAt) {
    }

    /** Trades matching the filter with an id below {@code beforeId} (0: from the newest), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TradeSummary> trades(TradeFilter f, long beforeId, int limit) {
        StringBuilder w = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        f.status().ifPresent(s -> {
            w.append(" AND status = ?");
            params.add(s.name());
        });
        f.corridor().ifPresent(c -> {
            w.append(" AND corridor = ?");
            params.add(c);
        });
        f.from().ifPresent(d -> {
            w.append(" AND trade_date >= ?");
            params.add(d);
        });
        f.to().ifPresent(d -> {
            w.append(" AND trade_date <= ?");
            params.add(d);
        });
        f.referencePrefix().ifPresent(r -> {
            w.append(" AND reference LIKE ?");
            params.add(r.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        });
        if (beforeId > 0) {
            w.append(" AND id < ?");
            params.add(beforeId);
        }
        params.add(limit);
        // by status alone (a page of HELD trades, or older CLEARED ones): the (status, id) index read backwards from
        // the page's start; left to itself the optimiser reads it as a plain equality and skips every newer row one
        // by one (97 ms instead of 1 ms for CLEARED trades below the 50,000th of 100,000, on MariaDB 10.11). With a
        // date range or a corridor the optimiser's own choice is the better one.
        String index = f.status().isPresent() && f.corridor().isEmpty() && f.from().isEmpty() && f.to().isEmpty()
                && f.referencePrefix().isEmpty() ? " FORCE INDEX (ix_trade_status_id)" : "";
        String order = index.isEmpty() ? " ORDER BY id DESC" : " ORDER BY status DESC, id DESC";
        return jdbc.query("SELECT id, reference, trade_date, corridor, amount, currency, payment_rail, status,"
                + " registered_by, registered_at FROM trade" + index + w + order + " LIMIT ?", params,
                rs -> new TradeSummary(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getBigDecimal(5), rs.getString(6), rs.getString(7),
                        TradeStatus.valueOf(rs.getString(8)), rs.getString(9), Jdbc.instant(rs, 10)));
    }

    /** Another alert raised on the same party data against the same listed entity. */
    public record SameSubjectAlert(long id, long tradeId, String reference, AlertState status, Instant raisedAt) {
    }

    /** The other alerts on the same screened subject and entity, newest first, at most {@code limit}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SameSubjectAlert> sameSubject(String subjectHash, long entityId, long exceptAlertId, int limit) {
        if (subjectHash == null) {
            return List.of();
        }
        return jdbc.query("SELECT a.id, a.trade_id, t.reference, a.status, a.created_at FROM trade_alert a"
                        + " JOIN trade t ON t.id = a.trade_id WHERE a.subject_hash = ? AND a.entity_id = ?"
                        + " AND a.id <> ? ORDER BY a.id DESC LIMIT ?", List.of(subjectHash, entityId, exceptAlertId,
                        limit), rs -> new SameSubjectAlert(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        AlertState.valueOf(rs.getString(4)), Jdbc.instant(rs, 5)));
    }

    /** A decision on one of several alerts. */
    public record AlertDecisionRow(long alertId, AlertOutcome outcome, String reason, String decidedBy,
                                   String decidedAs, Instant decidedAt) {
    }

    /** The decisions on these alerts, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AlertDecisionRow> decisionsOn(Collection<Long> alertIds) {
        if (alertIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT alert_id, outcome, reason, decided_by, decided_as, decided_at FROM alert_decision"
                + " WHERE alert_id IN (" + Jdbc.marks(alertIds.size()) + ") ORDER BY id", List.copyOf(alertIds),
                rs -> new AlertDecisionRow(rs.getLong(1), AlertOutcome.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), Jdbc.instant(rs, 6)));
    }
}
