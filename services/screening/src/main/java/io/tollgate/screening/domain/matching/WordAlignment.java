package io.tollgate.screening.domain.matching;

import java.util.List;

/**
 * Aligns the words of two names one to one, regardless of order: the most alike free pair first, then a word against
 * a run of the other name's words written apart (Sergei Lavrov / SergeiLavrov, a foreign word written by ear in
 * several Hangul or Han syllables), then a last word cut short by a field limit. Fills the partner and similarity
 * arrays that {@link NameComparator} scores, and the links that explain it.
 */
final class WordAlignment {

    /** Words written together or apart (Sergei Lavrov / SergeiLavrov) must be at least this alike. */
    private static final float MIN_JOIN = 0.85f;
    private static final int MAX_JOIN = 4;
    /** A foreign word written by ear in Hangul or Han syllables (벨라스케스, Velázquez). */
    private static final int MAX_BY_EAR_JOIN = 6;

    /** One aligned pair (or a word aligned with words written apart on the other side). */
    record Link(int[] q, int[] c, float sim, TokenSimilarity.How how) {
    }

    private WordAlignment() {
    }

    /**
     * A name's last word, still unpaired, that begins another unpaired word of the other name was cut short
     * by a field limit (NOUREDDINE BEN ALI BEN BELKASSEM DR / ... DRISSI).
     */
    static void truncated(NameForm form, NameToken[] b, int[] am, int[] bm, float[] as, float[] bs,
                                  List<Link> links, boolean swapped) {
        NameToken[] a = form.tokens;
        int last = a.length - 1;
        // a cut-off name has three words or more and stops in the middle of a word, not at a quote or stop
        if (last < 2 || am[last] >= 0 || !form.endsInLetter || a[last].text.length() < 2
                || a[last].role == TokenRole.NUMBER || a[last].role == TokenRole.INITIAL) {
            return;
        }
        String prefix = a[last].text;
        for (int j = 0; j < b.length; j++) {
            if (bm[j] < 0 && b[j].text.length() > prefix.length() && b[j].text.startsWith(prefix)
                    && b[j].role != TokenRole.NUMBER && b[j].role != TokenRole.LEGAL) {
                am[last] = j;
                bm[j] = last;
                as[last] = TokenSimilarity.TRUNCATED;
                bs[j] = TokenSimilarity.TRUNCATED;
                if (links != null) {
                    links.add(swapped ? new Link(new int[]{j}, new int[]{last}, TokenSimilarity.TRUNCATED,
                            TokenSimilarity.How.TRUNCATED)
                            : new Link(new int[]{last}, new int[]{j}, TokenSimilarity.TRUNCATED, TokenSimilarity.How.TRUNCATED));
                }
                return;
            }
        }
    }

    /** Repeatedly aligns the most alike free pair at or above {@code floor}. */
    static void greedy(float[] sim, int n, int m, int[] qm, int[] cm, float[] qs, float[] cs, float floor,
                               List<Link> links, TokenSimilarity.How[][] how) {
        while (true) {
            int best = -1;
            float bestSim = floor;
            float bestOffset = Float.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                if (qm[i] >= 0) {
                    continue;
                }
                for (int j = 0; j < m; j++) {
                    if (cm[j] >= 0) {
                        continue;
                    }
                    float s = sim[i * m + j];
                    if (s < bestSim) {
                        continue;
                    }
                    // among equals, keep word order: it is the better guess when a name repeats a word
                    float offset = Math.abs((float) i / n - (float) j / m);
                    if (s > bestSim || offset < bestOffset || best < 0) {
                        best = i * m + j;
                        bestSim = s;
                        bestOffset = offset;
                    }
                }
            }
            if (best < 0) {
                return;
            }
            int i = best / m;
            int j = best % m;
            qm[i] = j;
            cm[j] = i;
            qs[i] = bestSim;
            cs[j] = bestSim;
            if (links != null) {
                links.add(new Link(new int[]{i}, new int[]{j}, bestSim, how[best][0]));
            }
        }
    }

    /**
     * Aligns one free word of {@code b} with a run of adjacent free words of {@code a} written apart
     * (SergeiLavrov / Sergei Lavrov, Vanderbilt / van der Bilt, Platonovich / Plat Ono Vich).
     */
    static void join(NameForm af, NameForm bf, int[] am, int[] bm, float[] as, float[] bs,
                             boolean[] aJoined, boolean[] bJoined, List<Link> links, boolean swapped, boolean byEarAllowed) {
        NameToken[] a = af.tokens;
        NameToken[] b = bf.tokens;
        int freeA = 0;
        int freeB = 0;
        for (int i = 0; i < a.length; i++) {
            freeA += am[i] < 0 ? 1 : 0;
        }
        for (int j = 0; j < b.length; j++) {
            freeB += bm[j] < 0 ? 1 : 0;
        }
        if (freeB == 0) {
            return;
        }
        if (freeA < 2) {
            return;
        }
        StringBuilder joined = new StringBuilder();
        for (int j = 0; j < b.length; j++) {
            if (bm[j] >= 0 || !joinable(b[j])) {
                continue;
            }
            String target = joinForm(b[j]);
            int maxLength = target.length() + TokenSimilarity.budget(target.length());
            float bestSim = 0;
            int bestStart = -1;
            int bestLen = 0;
            for (int s = 0; s < a.length; s++) {
                // written-apart words start like the whole word (vowel-less scripts: on the consonants)
                boolean abjadStart = b[j].abjad || a[s].abjad;
                // the syllables of a foreign name written by ear (Hangul, Han) start on its consonant class
                boolean byEar = byEarAllowed && a[s].syllable && af.wordStart[s] && !b[j].syllable && !b[j].abjad;
                if (am[s] >= 0 || !joinable(a[s]) || joinForm(a[s]).isEmpty()
                        || (byEar && !sameStart(ScriptSkeleton.of(a[s].text, true), b[j].scriptSkeleton))
                        || (!byEar && !abjadStart && !samePrefix(joinForm(a[s]), target))
                        || (!byEar && abjadStart && !sameStart(a[s].skeleton, b[j].skeleton))) {
                    continue;
                }
                joined.setLength(0);
                boolean abjad = b[j].abjad;
                for (int len = 1; len <= (byEar ? MAX_BY_EAR_JOIN : MAX_JOIN) && s + len <= a.length; len++) {
                    NameToken t = a[s + len - 1];
                    if (am[s + len - 1] >= 0 || !joinable(t)) {
                        break;
                    }
                    if (byEar && (!t.syllable || (len > 1 && af.wordStart[s + len - 1]))) {
                        break;
                    }
                    abjad |= t.abjad;
                    // vowel-less words join on their consonants; a skeleton of joined words is the joined skeletons
                    joined.append(byEar ? t.text : abjad ? t.skeleton : joinForm(t));
                    if (!byEar && !abjad && joined.length() > maxLength) {
                        break;
                    }
                    // a particle goes with the word after it (al-Rashid, van der Bilt): a run never ends on one
                    if (len < 2 || t.role == TokenRole.PARTICLE) {
                        continue;
                    }
                    // by ear, a whole written word against a whole Latin word
                    // two syllables are a Korean or Chinese given name far more often than a foreign name: three at least
                    boolean wholeWord = (s + len == a.length || af.wordStart[s + len]) && (!byEar || len >= 3);
                    float sim = byEar ? (wholeWord ? byEarSimilarity(joined, b[j]) : 0)
                            : joinSimilarity(joined, target, b[j], abjad);
                    if (sim > bestSim) {
                        bestSim = sim;
                        bestStart = s;
                        bestLen = len;
                    }
                }
            }
            if (bestStart >= 0 && bestSim >= MIN_JOIN) {
                int[] run = new int[bestLen];
                for (int k = 0; k < bestLen; k++) {
                    run[k] = bestStart + k;
                    am[bestStart + k] = j;
                    as[bestStart + k] = bestSim;
                    aJoined[bestStart + k] = true;
                }
                bm[j] = bestStart;
                bs[j] = bestSim;
                bJoined[j] = true;
                if (links != null) {
                    int[] single = {j};
                    TokenSimilarity.How how = a[bestStart].syllable && !b[j].syllable && !b[j].abjad
                            ? TokenSimilarity.How.SCRIPT_SKELETON : TokenSimilarity.How.JOINED;
                    links.add(swapped ? new Link(single, run, bestSim, how) : new Link(run, single, bestSim, how));
                }
            }
        }
    }

    private static boolean joinable(NameToken t) {
        return t.role != TokenRole.NUMBER && t.role != TokenRole.STOP;
    }

    /** Abjad words join on their letters as written; others on their canonical spelling. */
    private static String joinForm(NameToken t) {
        return t.abjad ? t.text : t.canon;
    }

    /** A run of words written apart begins exactly like the word written as one (its first three letters). */
    private static boolean samePrefix(String first, String whole) {
        int k = Math.min(3, Math.min(first.length(), whole.length()));
        return first.regionMatches(0, whole, 0, k);
    }

    private static boolean sameStart(String a, String b) {
        return !a.isEmpty() && !b.isEmpty() && a.charAt(0) == b.charAt(0);
    }

    /** Syllables written by ear against a Latin word: their consonant classes agree. */
    private static float byEarSimilarity(CharSequence syllables, NameToken latin) {
        String k = ScriptSkeleton.of(syllables.toString(), true);
        return k.length() >= TokenSimilarity.SCRIPT_SKELETON_MIN && k.equals(latin.scriptSkeleton)
                ? TokenSimilarity.SCRIPT_SKELETON : 0;
    }

    private static float joinSimilarity(CharSequence joined, String target, NameToken single, boolean abjad) {
        if (abjad) {
            return SpellingRules.collapseDoubles(joined.toString()).equals(single.skeleton)
                    ? TokenSimilarity.SKELETON_EXACT : 0;
        }
        String j = SpellingRules.collapseDoubles(joined.toString());
        if (j.equals(target)) {
            return TokenSimilarity.SPELLING;
        }
        return Math.min(TokenSimilarity.SPELLING, TokenSimilarity.typo(j, target));
    }

}
