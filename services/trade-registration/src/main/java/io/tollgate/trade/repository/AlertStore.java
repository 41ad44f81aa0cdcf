package io.tollgate.trade.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where alerts and the analysts' decisions on them are stored (tables {@code trade_alert}, {@code alert_decision}),
 * through JPA: an alert is one row written at a time, and its {@code version} column lets exactly one of two
 * concurrent decisions win.
 */
@ApplicationScoped
public class AlertStore {

    private final EntityManager em;

    public AlertStore(EntityManager em) {
        this.em = em;
    }

    /** One alert. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AlertEntity> find(long alertId) {
        return Optional.ofNullable(em.find(AlertEntity.class, alertId, LockModeType.NONE));
    }

    /** The alerts of a trade, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AlertEntity> ofTrade(long tradeId) {
        return em.createQuery("SELECT a FROM AlertEntity a WHERE a.tradeId = ?1 ORDER BY a.id", AlertEntity.class)
                .setParameter(1, tradeId).getResultList();
    }

    /** Alerts matching a JPQL condition on {@link AlertEntity} (named parameters), oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AlertEntity> search(String condition, Map<String, Object> params, int limit) {
        var q = em.createQuery("SELECT a FROM AlertEntity a WHERE " + condition + " ORDER BY a.createdAt, a.id",
                AlertEntity.class).setMaxResults(limit);
        params.forEach(q::setParameter);
        return q.getResultList();
    }

    /** Inserts a new alert now (its id is set on return). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(AlertEntity alert) {
        em.persist(alert);
        em.flush();
    }

    /**
     * Writes the alert's changes now, so that a concurrent decision fails here (its version check) rather than at
     * commit: throws {@link jakarta.persistence.OptimisticLockException} then.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flush() {
        em.flush();
    }

    /** The decisions on an alert, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AlertDecisionEntity> decisions(long alertId) {
        return em.createQuery("SELECT d FROM AlertDecisionEntity d WHERE d.alertId = ?1 ORDER BY d.id",
                AlertDecisionEntity.class).setParameter(1, alertId).getResultList();
    }

    /** Inserts a decision on an alert. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(AlertDecisionEntity decision) {
        em.persist(decision);
    }
}
