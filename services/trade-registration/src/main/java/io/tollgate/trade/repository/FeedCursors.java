package io.tollgate.trade.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How far this service has followed a feed ({@code list_feed_cursor}). The cursor only moves forward, from the
 * position read, and only while the caller still holds the job's lease: a replica that lost its lease mid-run
 * cannot move it back or skip another's work.
 */
@ApplicationScoped
public class FeedCursors {

    private final AgroalDataSource db;

    public FeedCursors(AgroalDataSource db) {
        this.db = db;
    }

    /** The position of the feed (0: from the beginning). */
    public long position(String feed) {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT position FROM list_feed_cursor WHERE feed_name = ?")) {
            ps.setString(1, feed);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("feed cursor: " + e.getMessage(), e);
        }
    }

    /**
     * Moves the cursor from {@code from} to {@code to} if it is still at {@code from} and {@code holder} still holds
     * the lease on {@code job}; false otherwise (nothing changed).
     */
    public boolean advance(String feed, long from, long to, String summary, String job, String holder) {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE list_feed_cursor SET position = ?, "
                     + "updated_at = UTC_TIMESTAMP(6), last_summary = ? WHERE feed_name = ? AND position = ? "
                     + "AND EXISTS (SELECT 1 FROM job_lease l WHERE l.job_name = ? AND l.holder = ? "
                     + "AND l.lease_until > UTC_TIMESTAMP(6))")) {
            ps.setLong(1, to);
            ps.setString(2, summary.length() > 2000 ? summary.substring(0, 2000) : summary);
            ps.setString(3, feed);
            ps.setLong(4, from);
            ps.setString(5, job);
            ps.setString(6, holder);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("feed cursor: " + e.getMessage(), e);
        }
    }
}
