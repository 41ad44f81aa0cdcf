package io.tollgate.trade.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** Appends to the audit trail ({@code audit_event}); never updates or deletes. */
@ApplicationScoped
public class AuditLog {

    /** OFAC recordkeeping (31 CFR 501.601): 10 years. */
    public static final String RETENTION_CLASS = "OFAC-10Y";

    private final EntityManager em;
    private final ObjectMapper json;

    public AuditLog(EntityManager em, ObjectMapper json) {
        this.em = em;
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

    /** Appends one event in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(Long tradeId, String eventType, String actor, Map<String, ?> details) {
        String body;
        try {
            body = json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit details not serialisable", e);
        }
        em.createNativeQuery("INSERT INTO audit_event (trade_id, event_type, actor, occurred_at, retention_class, details)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, tradeId).setParameter(2, eventType).setParameter(3, actor)
                .setParameter(4, Instant.now().truncatedTo(ChronoUnit.MICROS)).setParameter(5, RETENTION_CLASS)
                .setParameter(6, body).executeUpdate();
    }
}
