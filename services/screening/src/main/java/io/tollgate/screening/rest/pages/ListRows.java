package io.tollgate.screening.rest.pages;

import io.tollgate.screening.api.ListViews;
import io.tollgate.web.WebFormat;
import java.util.List;

/** The list pages' rows: versions, ages and changes written for a person (times with their zone, ages in words). */
final class ListRows {

    private ListRows() {
    }

    /** One source on {@code /lists}. */
    record SourceRow(String source, Long versionId, String entities, String importedAt, String age, boolean stale,
                     String refreshAt, String refreshOutcome, String refreshDetail) {
    }

    /** One entity change. */
    record ChangeRow(long cursor, long versionId, String source, long entityId, String sourceEntityId,
                     String changeType, String fields, String importedAt) {
    }

    static List<SourceRow> sources(List<ListViews.SourceSummary> sources) {
        return sources.stream().map(s -> new SourceRow(s.source(),
                s.currentVersion() == null ? null : s.currentVersion().id(),
                s.currentVersion() == null ? "" : String.valueOf(s.currentVersion().entities().total()),
                WebFormat.time(s.importedAt()), age(s.ageSeconds()), s.stale(),
                s.lastRefresh() == null ? "—" : WebFormat.time(s.lastRefresh().at()),
                s.lastRefresh() == null ? "" : s.lastRefresh().outcome(),
                s.lastRefresh() == null || s.lastRefresh().detail() == null ? "" : s.lastRefresh().detail())).toList();
    }

    static List<ChangeRow> changes(List<ListViews.Change> changes) {
        return changes.stream().map(c -> new ChangeRow(c.cursor(), c.versionId(), c.source(), c.entityId(),
                c.sourceEntityId(), c.changeType(), c.changedFields() == null ? "" : String.join(", ",
                c.changedFields()), WebFormat.time(c.importedAt()))).toList();
    }

    static String age(Long seconds) {
        if (seconds == null) {
            return "never imported";
        }
        long s = Math.max(0, seconds);
        if (s < 3600) {
            return (s / 60) + " min";
        }
        if (s < 172_800) {
            return (s / 3600) + " h";
        }
        return (s / 86_400) + " days";
    }
}
