package io.tollgate.screening.repository;

import java.time.Instant;
import java.util.List;

/** One entry of the change feed: an entity added, removed or changed by a list version. */
public record StoredChange(long id, long versionId, String source, long entityId, String sourceEntityId,
                           String changeType, List<String> changedFields, String previousHash, String contentHash,
                           Instant importedAt) {
}
