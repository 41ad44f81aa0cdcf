package io.tollgate.screening.repository;

import io.agroal.api.AgroalDataSource;
import io.tollgate.platform.jdbc.Jdbc;
import io.tollgate.screening.domain.list.ListSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Records every import and refresh attempt — accepted, unchanged or refused — in its own transaction, so a
 * refused import leaves a trace even though it changes nothing else.
 */
@ApplicationScoped
public class ImportAttemptLog {

    private static final Logger LOG = Logger.getLogger(ImportAttemptLog.class);

    private final Jdbc jdbc;

    public ImportAttemptLog(AgroalDataSource ds) {
        this.jdbc = new Jdbc(ds, StoreException::new);
    }

    /** What became of an attempt; stored by name. */
    public enum Outcome {
        /** A new version was stored. */
        IMPORTED,
        /** The content was the current version's: nothing new. */
        UNCHANGED,
        /** Refused (unreadable, wrong format, or a shrink beyond the guard): nothing changed. */
        REJECTED
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(ListSource source, String sha256, Outcome outcome, String detail, Long versionId,
                       boolean forced, String origin, String user) {
        try {
            jdbc.update("INSERT INTO list_import_attempt (source_id, sha256, outcome, detail, version_id, forced,"
                    + " origin, requested_by, requested_at) VALUES (?,?,?,?,?,?,?,?,?)", source.id(), sha256,
                    outcome.name(), Jdbc.truncate(detail, 2048), versionId, forced, Jdbc.truncate(origin, 1024), user,
                    Instant.now());
        } catch (StoreException e) {
            // the attempt log must never turn a refused import into a 500
            LOG.errorf(e, "could not record the %s import attempt of %s", outcome, source);
        }
    }
}
