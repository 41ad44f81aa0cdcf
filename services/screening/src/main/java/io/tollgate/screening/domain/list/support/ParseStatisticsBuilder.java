package io.tollgate.screening.domain.list.support;

import io.tollgate.screening.domain.list.ListedEntity;
import io.tollgate.screening.domain.list.ParseStatistics;
import java.util.ArrayList;
import java.util.List;

/** Counts what a parse read and what looked odd on the way, and turns that into {@link ParseStatistics}. */
public final class ParseStatisticsBuilder {

    private static final int MAX_SAMPLES = 20;

    private long recordsRead;
    private long warnings;
    private final List<String> samples = new ArrayList<>();

    /** One more raw record (row, element) read. */
    public void recordRead() {
        recordsRead++;
    }

    /** A recoverable oddity; the first few are kept with their location so an admin can look them up. */
    public void warn(String location, String message) {
        warnings++;
        if (samples.size() < MAX_SAMPLES) {
            samples.add(location + ": " + message);
        }
    }

    public long recordsRead() {
        return recordsRead;
    }

    public long warnings() {
        return warnings;
    }

    /** The statistics for the entities produced; remarks counters stay 0 (only OFAC legacy CSV parses remarks). */
    public ParseStatistics build(List<ListedEntity> entities) {
        long names = 0;
        long addresses = 0;
        long identifiers = 0;
        for (ListedEntity e : entities) {
            names += e.names().size();
            addresses += e.addresses().size();
            identifiers += e.identifiers().size();
        }
        return new ParseStatistics(recordsRead, entities.size(), names, addresses, identifiers, 0, 0, warnings,
                samples);
    }
}
