package io.tollgate.trade.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An Idempotency-Key already used by a caller, with the hash of the body it came with (table
 * {@code idempotency_key}). Keys are per caller: the same key sent by two users names two different requests.
 */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyKeyEntity.CallerKey.class)
public class IdempotencyKeyEntity extends PanacheEntityBase {

    @Id
    @Column(name = "created_by")
    public String createdBy;
    @Id
    @Column(name = "idem_key")
    public String key;
    @Column(name = "request_hash")
    public String requestHash;
    @Column(name = "trade_id")
    public long tradeId;
    @Column(name = "created_at")
    public Instant createdAt;

    /** The key a caller used, if it used it before. */
    public static Optional<IdempotencyKeyEntity> find(String caller, String key) {
        return Optional.ofNullable(findById(new CallerKey(caller, key)));
    }

    /** The primary key: the caller and the key it sent. */
    public static class CallerKey implements Serializable {
        public String createdBy;
        public String key;

        public CallerKey() {
        }

        public CallerKey(String createdBy, String key) {
            this.createdBy = createdBy;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CallerKey k && Objects.equals(createdBy, k.createdBy) && Objects.equals(key, k.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(createdBy, key);
        }
    }
}
