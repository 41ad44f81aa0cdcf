package io.tollgate.screening.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A screening as read back from the audit tables, columns as stored (JSON columns as text).
 *
 * @param listVersions source → version id, as JSON
 * @param request the request as JSON
 * @param normalized the normalised form of the query as JSON
 * @param batchId the batch this screening belongs to, else null
 * @param evasionCharacters whether the name needed invisible, bidirectional or look-alike characters seen through
 * @param hits the hits in rank order
 */
public record StoredScreening(String id, String requestedBy, Instant requestedAt, BigDecimal threshold,
                              String listVersions, String request, String normalized, String batchId,
                              boolean evasionCharacters, List<Hit> hits) {

    /**
     * One stored hit, with the entity's type and primary name as the list store has them now (null if it was never
     * stored).
     *
     * @param explanation the score components as JSON
     */
    public record Hit(long entityId, String sourceId, String sourceEntityId, String entityType, String primaryName,
                      String matchedName, BigDecimal score, String entityContentHash, String explanation) {
    }
}
