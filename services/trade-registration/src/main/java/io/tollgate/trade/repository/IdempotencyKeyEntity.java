package io.tollgate.trade.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An Idempotency-Key already used, with the hash of the body it came with (table {@code idempotency_key}). */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyKeyEntity extends PanacheEntityBase {

    @Id
    @Column(name = "idem_key")
    public String key;
    @Column(name = "request_hash")
    public String requestHash;
    @Column(name = "trade_id")
    public long tradeId;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
}
