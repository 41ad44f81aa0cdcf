package io.tollgate.screening.domain.matching;

import java.util.Arrays;

/**
 * Among candidate names sharing as many query words, those spelled closer to the query go first (a typo in the other
 * word, words joined): when many names tie, the cut would otherwise be arbitrary. The closeness is the overlap of the
 * sets of letters, one machine word each; only names that could still make the cut move. Used by {@link CandidateSearch}.
 */
final class SpellingRerank {

    /** How much spelling closeness (shared letters) counts in ranking candidates beside shared words. */
    static final float WEIGHT = 0.3f;

    private SpellingRerank() {
    }

    /**
     * Re-ranks {@code ranked[0, sorted)} (descending estimate, then form id, packed into one sortable long; the front
     * sorted, the rest of {@code [0, count)} not) and returns how many entries are sorted now.
     */
    static int rerank(long[] ranked, int count, int sorted, int keep, int queryLetters, int[] formLetters) {
        int cut = Math.min(count, keep) - 1;
        float cutEstimate = 4f - Float.intBitsToFloat((int) (ranked[cut] >>> 32));
        if (sorted < count && cutEstimate - WEIGHT <= 4f - Float.intBitsToFloat((int) (ranked[sorted - 1] >>> 32))) {
            sorted = PartialOrder.sortRest(ranked, sorted, count); // names past the front could make the cut
        }
        for (int i = 0; i < sorted; i++) {
            float est = 4f - Float.intBitsToFloat((int) (ranked[i] >>> 32));
            if (est + WEIGHT < cutEstimate) {
                break;
            }
            int f = (int) ranked[i];
            int union = Integer.bitCount(queryLetters | formLetters[f]);
            float overlap = union == 0 ? 0 : (float) Integer.bitCount(queryLetters & formLetters[f]) / union;
            float rank = est + WEIGHT * overlap;
            ranked[i] = ((long) Float.floatToIntBits(4f - rank) << 32) | f;
        }
        Arrays.sort(ranked, 0, sorted);
        return sorted;
    }
}
