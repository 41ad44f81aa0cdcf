package io.tollgate.trade.repository;

import jakarta.persistence.Column;
import io.tollgate.trade.domain.AlertState;
import io.tollgate.trade.domain.RaisedAlert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A potential match raised on a trade (table {@code trade_alert}). */
@Entity
@Table(name = "trade_alert")
public class AlertEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "trade_id")
    public long tradeId;
    @Column(name = "party_position")
    public int partyPosition;
    @Column(name = "owner_position")
    public Integer ownerPosition;
    @Column(name = "subject_name")
    public String subjectName;
    @Column(name = "subject_hash")
    public String subjectHash;
    @Column(name = "screening_id")
    public String screeningId;
    @Column(name = "entity_id")
    public long entityId;
    public String source;
    @Column(name = "source_id")
    public String sourceId;
    @Column(name = "primary_name")
    public String primaryName;
    @Column(name = "matched_name")
    public String matchedName;
    public BigDecimal score;
    @Column(name = "entity_content_hash")
    public String entityContentHash;
    /** The score components, one per line. */
    public String explanation;
    @Enumerated(EnumType.STRING)
    public AlertState status;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public long version;

    /** The domain's view of this alert, for deciding its trade again. */
    public RaisedAlert toRaised() {
        return new RaisedAlert(id, subjectHash == null ? "" : subjectHash, entityId, source,
                source + " " + sourceId + " " + primaryName, status);
    }
}
