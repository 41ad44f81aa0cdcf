package io.tollgate.trade.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The screenings of a trade: one per party, and one per declared owner of each party.
 *
 * @param parties parties.get(i) screens trade.parties().get(i)
 * @param owners owners.get(i).get(j) screens trade.parties().get(i).owners().get(j)
 */
public record ScreeningOutcome(List<PartyScreening> parties, List<List<PartyScreening>> owners) {

    /** Splits screenings returned in {@link Trade#screeningQueries()} order. */
    public static ScreeningOutcome assemble(Trade trade, List<PartyScreening> inQueryOrder) {
        int expected = trade.screeningQueries().size();
        if (inQueryOrder.size() != expected) {
            throw new IllegalArgumentException("expected " + expected + " screenings, got " + inQueryOrder.size());
        }
        List<PartyScreening> parties = new ArrayList<>();
        List<List<PartyScreening>> owners = new ArrayList<>();
        int i = 0;
        for (Party p : trade.parties()) {
            parties.add(inQueryOrder.get(i++));
            List<PartyScreening> os = new ArrayList<>();
            for (int j = 0; j < p.owners().size(); j++) {
                os.add(inQueryOrder.get(i++));
            }
            owners.add(List.copyOf(os));
        }
        return new ScreeningOutcome(List.copyOf(parties), List.copyOf(owners));
    }

    /** Every list version any of the screenings used, by source (the highest if they differ). */
    public Map<String, Long> listVersions() {
        Map<String, Long> versions = new TreeMap<>();
        parties.forEach(s -> s.listVersions().forEach((k, v) -> versions.merge(k, v, Math::max)));
        owners.forEach(l -> l.forEach(s -> s.listVersions().forEach((k, v) -> versions.merge(k, v, Math::max))));
        return versions;
    }

    /** Every screening id, parties first. */
    public List<String> screeningIds() {
        List<String> ids = new ArrayList<>();
        parties.forEach(s -> ids.add(s.screeningId()));
        owners.forEach(l -> l.forEach(s -> ids.add(s.screeningId())));
        return ids;
    }
}
