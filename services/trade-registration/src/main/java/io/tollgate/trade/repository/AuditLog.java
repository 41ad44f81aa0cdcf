package io.tollgate.trade.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** Appends to the audit trail ({@code audit_event}) in plain JDBC; never updates or deletes. */
@ApplicationScoped
public class AuditLog {

    /** OFAC recordkeeping (31 CFR 501.601): 10 years. */
    public static final String RETENTION_CLASS = "OFAC-10Y";

    private final EntityManager em;
    private final AgroalDataSource db;
    private final ObjectMapper json;

    public AuditLog(EntityManager em, AgroalDataSource db, ObjectMapper json) {
        this.em = em;
        this.db = db;
        this.json = json;
    }

    /** One stored event. */
    public record StoredEvent(long id, String eventType, String actor, Instant occurredAt, String retentionClass,
                              String details) {
    }

    /** The events of a trade, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoredEvent> ofTrade(long tradeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, event_type, actor, occurred_at, retention_class, details"
                + " FROM audit_event WHERE trade_id = ?1 ORDER BY id").setParameter(1, tradeId).getResultList();
        return rows.stream().map(r -> new StoredEvent(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                toInstant(r[3]), (String) r[4], (String) r[5])).toList();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof java.time.LocalDateTime ldt) {
            return ldt.toInstant(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected time type " + value.getClass());
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
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO audit_event (trade_id, event_type, actor,"
                     + " occurred_at, retention_class, details) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Entry e : entries) {
                if (tradeId == null) {
                    ps.setNull(1, Types.BIGINT);
                } else {
                    ps.setLong(1, tradeId);
                }
                ps.setString(2, e.eventType());
                ps.setString(3, e.actor());
                ps.setTimestamp(4, Timestamp.from(e.occurredAt()));
                ps.setString(5, RETENTION_CLASS);
                ps.setString(6, serialise(e.details()));
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            // the platform's problem mapping looks through the causes (a lost connection is a 503)
            throw new PersistenceException("appending to the audit trail: " + e.getMessage(), e);
        }
    }

    private String serialise(Map<String, ?> details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit details not serialisable", e);
        }
    }
}
