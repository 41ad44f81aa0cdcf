package io.tollgate.screening.domain.list;

import java.util.List;

/**
 * One record-level difference between two versions of a list.
 *
 * @param type added, removed or changed
 * @param sourceId the entity's id in its source
 * @param changedFields for a change: the model fields that differ (e.g. {@code names}, {@code identifiers})
 * @param previous the entity as it was (removed, changed), else null
 * @param current the entity as it is now (added, changed), else null
 */
public record EntityChange(Type type, String sourceId, List<String> changedFields, ListedEntity previous,
                           ListedEntity current) {

    /** The kind of difference. */
    public enum Type { ADDED, REMOVED, CHANGED }

    public EntityChange {
        changedFields = List.copyOf(changedFields);
    }
}
