package io.tollgate.screening.repository;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.tollgate.platform.problem.ProblemException;
import io.tollgate.screening.config.ScreeningConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Stores screenings for audit with group commit: concurrent requests hand their records to a few writer threads;
 * a free writer takes everything waiting and writes it in one transaction of batched inserts, then releases the
 * callers. A caller is answered only after its screening is committed, so an acknowledged screening is never
 * lost, while the cost of a commit is shared by every screening in the group. With several writers the groups
 * are pipelined: while one group waits for the disk flush of its commit, the next is already being written
 * (the database merges the concurrent flushes), so a screening waits for about one commit instead of the rest
 * of the previous one plus its own. A writer keeps its connection, in manual-commit mode, for as long as work keeps
 * coming (it gives it back after {@value #IDLE_RELEASE_MILLIS} ms without any, or after a failure): taking it from
 * the pool for every group cost two more round trips per commit (switching autocommit off and on again), nearly
 * half of the statements the database ran under load.
 */
@ApplicationScoped
public class ScreeningAuditLog {

    private static final Logger LOG = Logger.getLogger(ScreeningAuditLog.class);
    private static final int MAX_GROUP = 2000;
    private static final long WAIT_SECONDS = 30;
    static final long IDLE_RELEASE_MILLIS = 1000;

    private record Pending(List<ScreeningRecord> records, CompletableFuture<Void> done) {
    }

    private final AgroalDataSource ds;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean running = true;

    public ScreeningAuditLog(AgroalDataSource ds, ScreeningConfig config) {
        this.ds = ds;
        int count = Math.max(1, config.audit().writers());
        for (int i = 0; i < count; i++) {
            Thread writer = new Thread(this::drain, "screening-audit-writer-" + i);
            writer.setDaemon(true);
            writer.start();
            writers.add(writer);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        writers.forEach(Thread::interrupt);
    }

    /** Stores the records and returns once they are committed; 503 problem if the store cannot take them. */
    public void store(List<ScreeningRecord> records) {
        try {
            storeLater(records).toCompletableFuture().get();
        } catch (ExecutionException e) {
            throw notRecorded();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.unavailable("interrupted while recording the screening");
        }
    }

    /**
     * Hands the records to the writers and returns at once: the stage completes (on a writer thread) when they are
     * committed, or fails with a 503 problem if the store cannot take them. For callers that must not hold a thread
     * while the group commit runs.
     */
    public CompletionStage<Void> storeLater(List<ScreeningRecord> records) {
        if (records.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Pending p = new Pending(records, new CompletableFuture<>());
        queue.add(p);
        return p.done().orTimeout(WAIT_SECONDS, TimeUnit.SECONDS)
                .exceptionallyCompose(e -> CompletableFuture.failedFuture(notRecorded()));
    }

    private static ProblemException notRecorded() {
        return ProblemException.unavailable("The screening could not be recorded for audit, so no result is given; "
                + "retry later");
    }

    private void drain() {
        List<Pending> group = new ArrayList<>();
        Connection connection = null;
        try {
            while (running) {
                Pending first = connection == null ? queue.take()
                        : queue.poll(IDLE_RELEASE_MILLIS, TimeUnit.MILLISECONDS);
                if (first == null) { // idle: give the connection back to the pool
                    connection = release(connection);
                    continue;
                }
                group.add(first);
                int rows = first.records().size();
                Pending next;
                while (rows < MAX_GROUP && (next = queue.poll()) != null) {
                    group.add(next);
                    rows += next.records().size();
                }
                connection = writeWithRetry(group, connection);
                group.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            release(connection);
        }
    }

    /** Writes the group, retrying twice on a fresh connection; returns the connection to keep (null after a failure). */
    private Connection writeWithRetry(List<Pending> group, Connection connection) throws InterruptedException {
        SQLException last = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                if (connection == null) {
                    connection = ds.getConnection();
                    connection.setAutoCommit(false);
                }
                write(group, connection);
                group.forEach(p -> p.done().complete(null));
                return connection;
            } catch (SQLException e) {
                last = e;
                connection = release(connection); // it may be broken: the next attempt takes another
                LOG.warnf("storing %d screenings failed (attempt %d): %s", group.size(), attempt, e.getMessage());
                Thread.sleep(200L * attempt);
            }
        }
        SQLException failure = last;
        group.forEach(p -> p.done().completeExceptionally(failure));
        return null;
    }

    private static Connection release(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debugf("closing an audit connection: %s", e.getMessage());
            }
        }
        return null;
    }

    private void write(List<Pending> group, Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO screening (id, requested_by, requested_at, "
                + "query_name, query_type, request, normalized, threshold, list_versions, hit_count, best_score, "
                + "batch_id, evasion_characters) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement h = c.prepareStatement("INSERT INTO screening_hit (screening_id, hit_rank, "
                     + "entity_id, source_id, source_entity_id, entity_content_hash, score, matched_name, "
                     + "explanation) VALUES (?,?,?,?,?,?,?,?,?)")) {
            boolean anyHits = false;
            for (Pending p : group) {
                for (ScreeningRecord r : p.records()) {
                    s.setString(1, r.id());
                    s.setString(2, r.requestedBy());
                    s.setTimestamp(3, Timestamp.from(r.requestedAt()));
                    s.setString(4, cut(r.queryName(), 1024));
                    s.setString(5, r.queryType());
                    s.setString(6, r.request());
                    s.setString(7, r.normalized());
                    s.setBigDecimal(8, r.threshold());
                    s.setString(9, cut(r.listVersions(), 2048));
                    s.setInt(10, r.hits().size());
                    s.setBigDecimal(11, r.hits().isEmpty() ? null : r.hits().get(0).score());
                    s.setString(12, r.batchId());
                    s.setBoolean(13, r.evasionCharacters());
                    s.addBatch();
                    for (ScreeningRecord.Hit hit : r.hits()) {
                        h.setString(1, r.id());
                        h.setInt(2, hit.rank());
                        h.setLong(3, hit.entityId());
                        h.setString(4, hit.sourceId());
                        h.setString(5, hit.sourceEntityId());
                        h.setString(6, hit.entityContentHash());
                        h.setBigDecimal(7, hit.score());
                        h.setString(8, cut(hit.matchedName(), 1024));
                        h.setString(9, hit.explanation());
                        h.addBatch();
                        anyHits = true;
                    }
                }
            }
            s.executeBatch();
            if (anyHits) {
                h.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            try {
                c.rollback();
            } catch (SQLException rollbackFailed) {
                e.addSuppressed(rollbackFailed);
            }
            throw e;
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
