package io.tollgate.screening.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.screening.domain.list.ListedEntity;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of the list API. */
public final class ListViews {

    private ListViews() {
    }

    /** Entity counts of a version, by type. */
    public record EntityCounts(int total, int person, int organization, int vessel, int aircraft, int unknown) {
    }

    /** How a version differs from the one before it. */
    public record DeltaCounts(int added, int removed, int changed) {
    }

    /** An immutable list version. */
    public record Version(long id, String source, String sha256, String format, Long previousVersionId,
                          EntityCounts entities, DeltaCounts delta, JsonNode parseStatistics, String importedBy,
                          Instant importedAt, String origin, boolean shrinkGuardOverridden) {
    }

    /** The last refresh of a source. */
    public record LastRefresh(Instant at, String outcome, String detail) {
    }

    /** One source in {@code GET /lists}. */
    public record SourceSummary(String source, Version currentVersion, Instant importedAt, Long ageSeconds,
                                boolean stale, String configuredUrl, LastRefresh lastRefresh) {
    }

    /** One entity change, as in the change feed and in a version's delta. */
    public record Change(long cursor, long versionId, String source, long entityId, String sourceEntityId,
                         String changeType, List<String> changedFields, String previousHash, String contentHash,
                         Instant importedAt) {
    }

    /** A page of a version's delta. */
    public record Delta(Version version, int offset, int limit, List<Change> changes) {
    }

    /** A page of the change feed; pass {@code nextCursor} as {@code after} to resume. */
    public record ChangeFeed(long after, long nextCursor, boolean more, List<Change> changes) {
    }

    /** One listed entity with its listing state. */
    public record Entity(long id, boolean listed, long firstVersionId, long lastChangedVersionId,
                         Long removedVersionId, String contentHash, ListedEntity entity) {
    }

    /** The outcome of a refresh. */
    public record Refresh(String source, String outcome, String detail, Version version) {
    }
}
