package io.tollgate.screening.domain.matching;

import java.util.Locale;

/**
 * The one split of Wikidata's name pairs (Merhav &amp; Ash) that the project keeps: rows whose English name hashes into
 * buckets 0–1 of 10 are the test split (20 %), which only the quality sets read; the name tables are derived from the
 * other 80 % ({@link NameTablesTest}).
 */
public final class WikidataSplit {

    private WikidataSplit() {
    }

    public static boolean test(String englishName) {
        return Math.floorMod(englishName.toLowerCase(Locale.ROOT).hashCode() * 31 + 7, 10) < 2;
    }
}
