package io.tollgate.screening.service;

import io.agroal.api.AgroalDataSource;
import io.tollgate.screening.domain.list.ListSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Records every import and refresh attempt — accepted, unchanged or refused — in its own transaction, so a
 * refused import leaves a trace even though it changes nothing else.
 */
@ApplicationScoped
public class ImportAttemptLog {

    private static final Logger LOG = Logger.getLogger(ImportAttemptLog.class);

    private final AgroalDataSource ds;

    public ImportAttemptLog(AgroalDataSource ds) {
        this.ds = ds;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(ListSource source, String sha256, String outcome, String detail, Long versionId,
                       boolean forced, String origin, String user) {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO list_import_attempt (source_id, sha256, outcome, "
                     + "detail, version_id, forced, origin, requested_by, requested_at) VALUES (?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, source.id());
            ps.setString(2, sha256);
            ps.setString(3, outcome);
            ps.setString(4, detail == null || detail.length() <= 2048 ? detail : detail.substring(0, 2048));
            if (versionId == null) {
                ps.setNull(5, Types.BIGINT);
            } else {
                ps.setLong(5, versionId);
            }
            ps.setBoolean(6, forced);
            ps.setString(7, origin.length() <= 1024 ? origin : origin.substring(0, 1024));
            ps.setString(8, user);
            ps.setTimestamp(9, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        } catch (SQLException e) {
            // the attempt log must never turn a refused import into a 500
            LOG.errorf(e, "could not record the %s import attempt of %s", outcome, source);
        }
    }
}
