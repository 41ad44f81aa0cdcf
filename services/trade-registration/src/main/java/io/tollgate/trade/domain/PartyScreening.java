package io.tollgate.trade.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The answer of the screening service for one query: its id, the list versions used, and the hits. */
public record PartyScreening(String screeningId, Instant screenedAt, Map<String, Long> listVersions,
                             List<ListHit> hits) {

    public PartyScreening {
        listVersions = listVersions == null ? Map.of() : Map.copyOf(listVersions);
        hits = hits == null ? List.of() : List.copyOf(hits);
    }
}
