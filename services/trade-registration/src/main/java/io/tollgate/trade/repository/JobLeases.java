package io.tollgate.trade.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import io.tollgate.platform.jdbc.Jdbc;
import java.time.Duration;

/**
 * Leases on background jobs ({@code job_lease}), so that with several replicas one runs a job at a time. Taking,
 * renewing and releasing are single conditional UPDATEs in their own transactions (autocommit), timed by the
 * database's clock so that replicas' clocks do not matter; a crashed holder's lease simply runs out.
 */
@ApplicationScoped
public class JobLeases {

    private final Jdbc jdbc;

    public JobLeases(AgroalDataSource db) {
        this.jdbc = new Jdbc(db, (what, e) -> new IllegalStateException("job lease: " + e.getMessage(), e));
    }

    /** Takes the lease if nobody holds it, it ran out, or {@code holder} holds it already. */
    public boolean tryAcquire(String job, String holder, Duration ttl) {
        return update("UPDATE job_lease SET holder = ?, acquired_at = UTC_TIMESTAMP(6), "
                + "lease_until = DATE_ADD(UTC_TIMESTAMP(6), INTERVAL ? SECOND) "
                + "WHERE job_name = ? AND (holder IS NULL OR holder = ? OR lease_until < UTC_TIMESTAMP(6))",
                holder, ttl.toSeconds(), job, holder) == 1;
    }

    /** Extends a lease {@code holder} still holds; false if it lost it (ran out and someone else took it). */
    public boolean renew(String job, String holder, Duration ttl) {
        return update("UPDATE job_lease SET lease_until = DATE_ADD(UTC_TIMESTAMP(6), INTERVAL ? SECOND) "
                + "WHERE job_name = ? AND holder = ?", ttl.toSeconds(), job, holder) == 1;
    }

    /** Gives the lease back, if {@code holder} still holds it. */
    public void release(String job, String holder) {
        update("UPDATE job_lease SET holder = NULL, lease_until = NULL WHERE job_name = ? AND holder = ?", job, holder);
    }

    private int update(String sql, Object... params) {
        return jdbc.update(sql, params);
    }
}
