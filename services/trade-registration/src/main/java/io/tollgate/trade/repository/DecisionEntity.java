package io.tollgate.trade.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** One decision on a trade, with its reasons and versions as JSON (table {@code trade_decision}). */
@Entity
@Table(name = "trade_decision")
public class DecisionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "trade_id")
    public long tradeId;
    public String status;
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

    /** The latest decision on a trade. */
    public static Optional<DecisionEntity> latest(long tradeId) {
        return find("tradeId = ?1 order by id desc", tradeId).firstResultOptional();
    }
}
