package io.tollgate.screening.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A screening as stored for audit.
 *
 * @param id the screening id returned to the caller
 * @param requestedBy the user in the caller's token
 * @param requestedAt when it was screened (UTC)
 * @param queryName the name screened
 * @param queryType the query's entity type
 * @param request the request as JSON
 * @param normalized the normalised form of the query as JSON
 * @param threshold the threshold applied
 * @param listVersions source → version id, as JSON
 * @param hits the hits, best first
 * @param batchId the batch this screening belongs to, else null
 * @param evasionCharacters the name hid behind invisible, bidirectional or confusable characters
 */
public record ScreeningRecord(String id, String requestedBy, Instant requestedAt, String queryName, String queryType,
                              String request, String normalized, BigDecimal threshold, String listVersions,
                              List<Hit> hits, String batchId, boolean evasionCharacters) {

    /** One stored hit. */
    public record Hit(int rank, long entityId, String sourceId, String sourceEntityId, String entityContentHash,
                      BigDecimal score, String matchedName, String explanation) {
    }
}
