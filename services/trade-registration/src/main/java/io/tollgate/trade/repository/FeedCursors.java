package io.tollgate.trade.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import io.tollgate.platform.jdbc.Jdbc;
import java.util.List;

/**
 * How far this service has followed a feed ({@code list_feed_cursor}). The cursor only moves forward, from the
 * position read, and only while the caller still holds the job's lease: a replica that lost its lease mid-run
 * cannot move it back or skip another's work.
 */
@ApplicationScoped
public class FeedCursors {

    private final Jdbc jdbc;

    public FeedCursors(AgroalDataSource db) {
        this.jdbc = new Jdbc(db, (what, e) -> new IllegalStateException("feed cursor: " + e.getMessage(), e));
    }

    /** The position of the feed (0: from the beginning). */
    public long position(String feed) {
        return jdbc.queryOne("SELECT position FROM list_feed_cursor WHERE feed_name = ?", List.of(feed),
                rs -> rs.getLong(1)).orElse(0L);
    }

    /**
     * Moves the cursor from {@code from} to {@code to} if it is still at {@code from} and {@code holder} still holds
     * the lease on {@code job}; false otherwise (nothing changed).
     */
    public boolean advance(String feed, long from, long to, String summary, String job, String holder) {
        return jdbc.update("UPDATE list_feed_cursor SET position = ?, updated_at = UTC_TIMESTAMP(6), last_summary = ?"
                + " WHERE feed_name = ? AND position = ? AND EXISTS (SELECT 1 FROM job_lease l WHERE l.job_name = ?"
                + " AND l.holder = ? AND l.lease_until > UTC_TIMESTAMP(6))", to, Jdbc.truncate(summary, 2000), feed,
                from, job, holder) == 1;
    }
}
