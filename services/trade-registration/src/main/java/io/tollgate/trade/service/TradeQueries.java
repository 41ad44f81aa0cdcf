package io.tollgate.trade.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tollgate.trade.api.TradeApi;
import io.tollgate.trade.domain.TradeStatus;
import io.tollgate.trade.repository.AlertStore;
import io.tollgate.trade.repository.AuditLog;
import io.tollgate.trade.repository.TradeEntity;
import io.tollgate.trade.repository.TradeStore;
import io.tollgate.trade.repository.WorkbenchReads;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads trades for the API: one trade with its latest decision and alerts, searches, the audit trail. */
@ApplicationScoped
public class TradeQueries {

    private final TradeStore store;
    private final AlertStore alerts;
    private final AuditLog audit;
    private final TradeMapper mapper;
    private final WorkbenchReads reads;

    public TradeQueries(TradeStore store, AlertStore alerts, AuditLog audit, TradeMapper mapper, WorkbenchReads reads) {
        this.store = store;
        this.alerts = alerts;
        this.audit = audit;
        this.mapper = mapper;
        this.reads = reads;
    }

    /**
     * A page of trade summaries for the trade search page, newest first: the trades below {@code beforeId} (0: from
     * the newest) matching the filter, one row each without parties or goods.
     */
    public List<WorkbenchReads.TradeSummary> summaries(WorkbenchReads.TradeFilter filter, long beforeId, int limit) {
        return reads.trades(filter, beforeId, limit);
    }

    /** A trade with its latest decision and alerts. */
    public Optional<TradeApi.TradeView> find(long id) {
        return QuarkusTransaction.joiningExisting().call(() -> store.find(id).map(this::view));
    }

    /** A trade's status, if it exists. */
    public Optional<TradeStatus> status(long id) {
        return QuarkusTransaction.joiningExisting().call(() -> store.status(id));
    }

    /**
     * Whether the request that registered the trade is still screening it: the trade is PENDING_SCREENING, no
     * screening attempt has been recorded yet and the registration's in-flight grace has not passed.
     */
    public boolean registrationInFlight(long id, Instant now) {
        return QuarkusTransaction.joiningExisting().call(() -> store.standing(id)
                .filter(s -> s.status == TradeStatus.PENDING_SCREENING && s.screeningAttempts == 0
                        && s.nextScreeningAt != null && s.nextScreeningAt.isAfter(now))
                .isPresent());
    }

    /** Trades by status, trade-date range and corridor (e.g. RU-VE), newest first, at most 500. */
    public List<TradeApi.TradeView> search(Optional<TradeStatus> status, Optional<LocalDate> from,
                                           Optional<LocalDate> to, Optional<String> corridor) {
        StringBuilder q = new StringBuilder("1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        status.ifPresent(s -> {
            q.append(" and t.status = :status");
            params.put("status", s);
        });
        from.ifPresent(f -> {
            q.append(" and t.tradeDate >= :from");
            params.put("from", f);
        });
        to.ifPresent(f -> {
            q.append(" and t.tradeDate <= :to");
            params.put("to", f);
        });
        corridor.ifPresent(c -> {
            q.append(" and t.corridor = :corridor");
            params.put("corridor", c);
        });
        return QuarkusTransaction.joiningExisting().call(() -> store.search(q.toString(), params, 500).stream()
                .map(this::view).toList());
    }

    /** A trade's audit trail, if the trade exists. */
    public Optional<List<TradeApi.AuditEventView>> audit(long id) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            if (store.status(id).isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(audit.ofTrade(id).stream().map(e -> new TradeApi.AuditEventView(e.id(), e.eventType(),
                    e.actor(), e.occurredAt(), e.retentionClass(), mapper.tree(e.details()))).toList());
        });
    }

    private TradeApi.TradeView view(TradeEntity t) {
        return mapper.toView(t, store.latestDecision(t.id), alerts.ofTrade(t.id));
    }
}
