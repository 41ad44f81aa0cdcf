package io.tollgate.trade.repository;

import jakarta.persistence.Column;
import io.tollgate.trade.domain.AlertOutcome;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A decision of an analyst or supervisor on an alert (table {@code alert_decision}). */
@Entity
@Table(name = "alert_decision")
public class AlertDecisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "alert_id")
    public long alertId;
    @Enumerated(EnumType.STRING)
    public AlertOutcome outcome;
    public String reason;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_as")
    public String decidedAs;
    @Column(name = "decided_at")
    public Instant decidedAt;
}
