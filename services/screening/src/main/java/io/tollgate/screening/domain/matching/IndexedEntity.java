package io.tollgate.screening.domain.matching;

import io.tollgate.screening.domain.list.ListedEntity;

import java.util.Objects;

/**
 * A listed entity as the match index holds it: with the id the screening service stores it under.
 *
 * @param entityId the stored entity id
 * @param entity the entity
 */
public record IndexedEntity(long entityId, ListedEntity entity) {

    public IndexedEntity {
        Objects.requireNonNull(entity, "entity");
    }
}
