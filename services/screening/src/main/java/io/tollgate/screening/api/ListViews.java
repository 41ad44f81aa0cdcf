package io.tollgate.screening.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    public record Version(long id, String source, String sha256, String format,
                          @Schema(nullable = true) Long previousVersionId,
                          EntityCounts entities, DeltaCounts delta, @Schema(nullable = true) JsonNode parseStatistics,
                          String importedBy,
                          Instant importedAt, @Schema(nullable = true) String origin, boolean shrinkGuardOverridden) {
    }

    /** The last refresh of a source. */
    public record LastRefresh(Instant at, String outcome, @Schema(nullable = true) String detail) {
    }

    /** One source in {@code GET /lists}. */
    public record SourceSummary(String source, @Schema(nullable = true) Version currentVersion,
                                @Schema(nullable = true) Instant importedAt, @Schema(nullable = true) Long ageSeconds,
                                boolean stale, @Schema(nullable = true) String configuredUrl,
                                @Schema(nullable = true) LastRefresh lastRefresh) {
    }

    /** One entity change, as in the change feed and in a version's delta. */
    public record Change(long cursor, long versionId, String source, long entityId,
                         @Schema(nullable = true) String sourceEntityId,
                         String changeType, @Schema(nullable = true) List<String> changedFields,
                         @Schema(nullable = true) String previousHash, @Schema(nullable = true) String contentHash,
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
                         @Schema(nullable = true) Long removedVersionId, String contentHash, ListedEntity entity) {
    }

    /** The outcome of a refresh. */
    public record Refresh(String source, String outcome, @Schema(nullable = true) String detail,
                          @Schema(nullable = true) Version version) {
    }
}
