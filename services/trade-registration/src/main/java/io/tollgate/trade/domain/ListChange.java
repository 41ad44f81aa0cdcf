package io.tollgate.trade.domain;

/**
 * One change of a listed entity, as the screening service's change feed reports it.
 *
 * @param cursor the change's position in the feed (resume after it)
 * @param versionId the list version that made the change (a screening that used an older one has not seen it)
 * @param entityId the screening service's entity id, as hits carry it
 */
public record ListChange(long cursor, long versionId, String source, long entityId, String sourceEntityId,
                         Type type) {

    /** What happened to the entity. */
    public enum Type {
        ADDED, CHANGED, REMOVED;

        /** The feed's change type; anything this service does not know is treated as a change. */
        public static Type of(String code) {
            if (code == null) {
                return CHANGED;
            }
            return switch (code.toUpperCase(java.util.Locale.ROOT)) {
                case "ADDED" -> ADDED;
                case "REMOVED" -> REMOVED;
                default -> CHANGED;
            };
        }
    }
}
