package io.tollgate.screening.repository;

import io.tollgate.screening.domain.list.ListedEntity;

/** A listed entity as stored: its database id, listing state and content. */
public record StoredEntity(long id, String contentHash, boolean listed, long firstVersionId,
                           long lastChangedVersionId, Long removedVersionId, ListedEntity entity) {
}
