package io.tollgate.trade.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A decision of an analyst or supervisor on an alert (table {@code alert_decision}). */
@Entity
@Table(name = "alert_decision")
public class AlertDecisionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "alert_id")
    public long alertId;
    public String outcome;
    public String reason;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_as")
    public String decidedAs;
    @Column(name = "decided_at")
    public Instant decidedAt;

    /** The decisions on an alert, oldest first. */
    public static List<AlertDecisionEntity> ofAlert(long alertId) {
        return list("alertId = ?1 order by id", alertId);
    }
}
