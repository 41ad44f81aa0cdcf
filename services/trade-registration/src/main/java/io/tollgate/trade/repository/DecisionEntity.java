package io.tollgate.trade.repository;

import jakarta.persistence.Column;
import io.tollgate.trade.domain.TradeStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One decision on a trade, with its reasons and versions as JSON (table {@code trade_decision}). */
@Entity
@Table(name = "trade_decision")
public class DecisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "trade_id")
    public long tradeId;
    @Enumerated(EnumType.STRING)
    public TradeStatus status;
    public String reasons;
    @Column(name = "rule_versions")
    public String ruleVersions;
    @Column(name = "list_versions")
    public String listVersions;
    @Column(name = "screening_ids")
    public String screeningIds;
    @Column(name = "report_due_date")
    public LocalDate reportDueDate;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
}
