package io.tollgate.screening.repository;

import java.time.Instant;

/** A stored, immutable list version. */
public record StoredVersion(long id, String source, String sha256, String format, Long previousVersionId,
                            int entityCount, int personCount, int organizationCount, int vesselCount,
                            int aircraftCount, int unknownCount, int addedCount, int removedCount,
                            int changedCount, String parseStatistics, String importedBy, Instant importedAt,
                            String origin, boolean shrinkGuardOverridden) {
}
