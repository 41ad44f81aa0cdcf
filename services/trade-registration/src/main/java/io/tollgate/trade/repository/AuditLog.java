package io.tollgate.trade.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import io.tollgate.platform.jdbc.Jdbc;
import io.tollgate.trade.domain.TradeStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Appends to the audit trail ({@code audit_event}) in plain JDBC; never updates or deletes. */
@ApplicationScoped
public class AuditLog {

    /** OFAC recordkeeping (31 CFR 501.601): 10 years. */
    public static final String RETENTION_CLASS = "OFAC-10Y";

    private final Jdbc jdbc;
    private final ObjectMapper json;

    public AuditLog(AgroalDataSource db, ObjectMapper json) {
        // the platform's problem mapping looks through the causes (a lost connection is a 503)
        this.jdbc = new Jdbc(db, (what, e) -> new PersistenceException("the audit trail: " + e.getMessage(), e));
        this.json = json;
    }

    /** One stored event. */
    public record StoredEvent(long id, String eventType, String actor, Instant occurredAt, String retentionClass,
                              String details) {
    }

    /** The events of a trade, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoredEvent> ofTrade(long tradeId) {
        return jdbc.query("SELECT id, event_type, actor, occurred_at, retention_class, details FROM audit_event"
                + " WHERE trade_id = ? ORDER BY id", List.of(tradeId), rs -> new StoredEvent(rs.getLong(1),
                rs.getString(2), rs.getString(3), Jdbc.instant(rs, 4), rs.getString(5), rs.getString(6)));
    }

    /** The details of a STATUS_CHANGED event: from, to, the decision, and the OFAC report due date if one is owed. */
    public static Map<String, Object> statusChange(TradeStatus from, TradeStatus to, long decisionId,
                                                   Optional<LocalDate> reportDue) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("from", from.name());
        change.put("to", to.name());
        change.put("decisionId", decisionId);
        reportDue.ifPresent(d -> change.put("ofacReportDue", d.toString()));
        return change;
    }

    /** An event to append: what happened, who did it, the details, when. */
    public record Entry(String eventType, String actor, Map<String, ?> details, Instant occurredAt) {

        /** An event happening now. */
        public static Entry now(String eventType, String actor, Map<String, ?> details) {
            return new Entry(eventType, actor, details, Instant.now().truncatedTo(ChronoUnit.MICROS));
        }
    }

    /** Appends one event in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(Long tradeId, String eventType, String actor, Map<String, ?> details) {
        appendAll(tradeId, List.of(Entry.now(eventType, actor, details)));
    }

    /**
     * Appends a trade's events in the caller's transaction, in this order, with one statement (the driver rewrites the
     * batch into one multi-row INSERT; the ids it generates increase in row order).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(Long tradeId, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.batch("INSERT INTO audit_event (trade_id, event_type, actor, occurred_at, retention_class, details)"
                + " VALUES (?, ?, ?, ?, ?, ?)", entries, 1000, (b, e) -> b.addAll(tradeId, e.eventType(), e.actor(),
                e.occurredAt(), RETENTION_CLASS, serialise(e.details())));
    }

    private String serialise(Map<String, ?> details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit details not serialisable", e);
        }
    }
}
