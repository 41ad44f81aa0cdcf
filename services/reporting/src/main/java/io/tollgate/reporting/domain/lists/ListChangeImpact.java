package io.tollgate.reporting.domain.lists;

import io.tollgate.reporting.domain.ReportTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * List-change impact: for each list version imported in the range, the entities it added, removed and changed, and the
 * alerts those changes produced. An alert belongs to the version whose change introduced the exact entity content the
 * screening hit (entity id and content hash), so alerts on a long-listed, unchanged entity stay with the version that
 * listed it. Alert outcomes are as of the cut-off.
 */
public final class ListChangeImpact {

    /** The columns of the report, in order. */
    public static final List<String> COLUMNS = List.of("source", "version_id", "imported_at", "sha256", "entities",
            "added", "removed", "changed", "alerts_raised", "trades_alerted", "alerts_open", "alerts_false_positive",
            "alerts_true_match");

    private ListChangeImpact() {
    }

    /** One imported list version as screening publishes it. */
    public record Version(long versionId, String source, Instant importedAt, String sha256, long entities, long added,
                          long removed, long changed) {
    }

    /** The alerts a version's changes produced, by outcome as of the cut-off. */
    public record Alerts(long raised, long trades, long open, long falsePositive, long trueMatch) {
        /** No alert. */
        public static final Alerts NONE = new Alerts(0, 0, 0, 0, 0);
    }

    /** The table: versions in import order. */
    public static ReportTable table(List<Version> versions, Map<Long, Alerts> alertsByVersion) {
        List<List<Object>> rows = new ArrayList<>();
        for (Version v : versions) {
            Alerts a = alertsByVersion.getOrDefault(v.versionId(), Alerts.NONE);
            rows.add(Arrays.asList(v.source(), v.versionId(), v.importedAt(), v.sha256(), v.entities(), v.added(),
                    v.removed(), v.changed(), a.raised(), a.trades(), a.open(), a.falsePositive(), a.trueMatch()));
        }
        return new ReportTable(COLUMNS, rows);
    }
}
