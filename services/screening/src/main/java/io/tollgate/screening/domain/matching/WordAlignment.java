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
    /** Syllables written by ear may need a few cheap edits of their consonant classes ({@link ScriptSkeleton}). */
    private static final float MIN_BY_EAR = TokenSimilarity.SCRIPT_SKELETON - ScriptSkeleton.NEAR_SPREAD;
    /**
     * A short word of a name written by ear (조지 jo-ji, George: one consonant class) says nothing alone; beside a longer
     * word of the same name that met its Latin form across scripts, agreeing classes make it the same name.
     */
    static final float SHORT_BY_EAR = 0.8f;
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
                    links.add(link(new int[]{last}, new int[]{j}, TokenSimilarity.TRUNCATED, TokenSimilarity.How.TRUNCATED,
                            swapped));
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
        StringBuilder pinyin = new StringBuilder();
        StringBuilder wadeGiles = new StringBuilder();
        for (int j = 0; j < b.length; j++) {
            if (bm[j] >= 0 || !joinable(b[j])) {
                continue;
            }
            String target = joinForm(b[j]);
            int maxLength = target.length() + TokenSimilarity.budget(target.length());
            float bestSim = 0;
            boolean bestChinese = false;
            int bestStart = -1;
            int bestLen = 0;
            for (int s = 0; s < a.length; s++) {
                // written-apart words start like the whole word (vowel-less scripts: on the consonants)
                boolean abjadStart = b[j].abjad || a[s].abjad;
                // the syllables of a foreign name written by ear (Hangul, Han) start on its consonant class
                boolean byEar = byEarAllowed && a[s].syllable && af.wordStart[s] && !b[j].syllable && !b[j].abjad;
                if (am[s] >= 0 || !joinable(a[s]) || joinForm(a[s]).isEmpty()
                        || (byEar && !sameStart(firstClasses(af, s), b[j].scriptSkeleton))
                        || (!byEar && !abjadStart && !samePrefix(joinForm(a[s]), target) && !chinese(a[s], b[j]))
                        || (!byEar && abjadStart && !sameStart(a[s].skeleton, b[j].skeleton))) {
                    continue;
                }
                joined.setLength(0);
                pinyin.setLength(0);
                wadeGiles.setLength(0);
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
                    if (b[j].chinese != null) {
                        appendReadings(t, pinyin, wadeGiles); // only a Chinese name word can meet them
                    }
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
                    float chinese = byEar ? 0 : chineseJoin(pinyin, wadeGiles, b[j]);
                    float sim = byEar ? (wholeWord ? byEarSimilarity(joined, b[j]) : 0)
                            : Math.max(joinSimilarity(joined, target, b[j], abjad), chinese);
                    if (sim > bestSim) {
                        bestSim = sim;
                        bestStart = s;
                        bestLen = len;
                        bestChinese = chinese == sim;
                    }
                }
            }
            boolean acrossScripts = bestStart >= 0 && a[bestStart].syllable && !b[j].syllable && !b[j].abjad;
            if (bestStart >= 0 && bestSim >= (acrossScripts ? MIN_BY_EAR : MIN_JOIN)) {
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
                    TokenSimilarity.How how = acrossScripts ? TokenSimilarity.How.SCRIPT_SKELETON
                            : bestChinese ? TokenSimilarity.How.ROMANISATION : TokenSimilarity.How.JOINED;
                    links.add(link(run, single, bestSim, how, swapped));
                }
            }
        }
    }

    /**
     * Pairs the still unpaired whole words of {@code a} read from another script with unpaired Latin words of {@code b}
     * whose consonant classes agree exactly, however few, once another word of {@code a} read from that script has met
     * its Latin partner ({@link #SHORT_BY_EAR}).
     */
    static void shortByEar(NameForm af, NameForm bf, int[] am, int[] bm, float[] as, float[] bs,
                           boolean[] aJoined, boolean[] bJoined, List<Link> links, boolean swapped) {
        NameToken[] a = af.tokens;
        NameToken[] b = bf.tokens;
        boolean anchored = false;
        for (int i = 0; i < a.length && !anchored; i++) {
            // the anchor met its partner by ear (syllables joined, or a vowel-less word), not as a romanised syllable
            anchored = am[i] >= 0 && latinWord(b[am[i]]) && as[i] >= MIN_BY_EAR && as[i] <= TokenSimilarity.SKELETON_EXACT
                    && ((a[i].syllable && aJoined[i]) || (a[i].abjad && as[i] == TokenSimilarity.SCRIPT_SKELETON));
        }
        if (!anchored) {
            return;
        }
        StringBuilder read = new StringBuilder();
        for (int s = 0; s < a.length; s++) {
            if (am[s] >= 0 || !(a[s].syllable || a[s].abjad) || !af.wordStart[s] || a[s].role != TokenRole.WORD) {
                continue;
            }
            int end = s + 1;
            while (a[s].syllable && end < a.length && !af.wordStart[end] && a[end].syllable && am[end] < 0) {
                end++;
            }
            if ((end < a.length && !af.wordStart[end]) || (a[s].syllable && end - s < 2)) {
                continue; // part of the written word is paired already, or one syllable: a Chinese or Korean name's
            }
            read.setLength(0);
            for (int k = s; k < end; k++) {
                read.append(a[k].text);
            }
            String classes = a[s].abjad ? a[s].scriptSkeleton : ScriptSkeleton.of(read.toString(), true);
            for (int j = 0; j < b.length && !classes.isEmpty(); j++) {
                if (bm[j] < 0 && latinWord(b[j]) && b[j].role == TokenRole.WORD && classes.equals(b[j].scriptSkeleton)) {
                    int[] run = new int[end - s];
                    for (int k = s; k < end; k++) {
                        run[k - s] = k;
                        am[k] = j;
                        as[k] = SHORT_BY_EAR;
                        aJoined[k] = end - s > 1;
                    }
                    bm[j] = s;
                    bs[j] = SHORT_BY_EAR;
                    bJoined[j] = end - s > 1;
                    if (links != null) {
                        int[] single = {j};
                        links.add(link(run, single, SHORT_BY_EAR, TokenSimilarity.How.SCRIPT_SKELETON, swapped));
                    }
                    break;
                }
            }
        }
    }

    /** Both words read as Chinese name syllables: a run of syllables may begin differently (Kuo-ying, Guoying). */
    private static boolean chinese(NameToken a, NameToken b) {
        return a.chinese != null && b.chinese != null;
    }

    /** Appends a word's Chinese readings to the run's; a word without one ends the run's (its builder is set to "-"). */
    static void appendReadings(NameToken t, StringBuilder pinyin, StringBuilder wadeGiles) {
        String py = t.chinese == null ? null : t.chinese.pinyin();
        String wg = t.chinese == null ? null : t.chinese.wadeGiles();
        pinyin.append(py == null ? "-" : py);
        wadeGiles.append(wg == null ? "-" : wg);
    }

    /** Syllables written apart in one romanisation against the word written as one in the other (Hsiao-ping, Xiaoping). */
    private static float chineseJoin(CharSequence pinyin, CharSequence wadeGiles, NameToken single) {
        return single.chinese != null && single.chinese.meet(pinyin, wadeGiles) ? TokenSimilarity.ROMANISATION : 0;
    }

    /** A link of words of {@code a} with words of {@code b}, the query's side first. */
    private static Link link(int[] a, int[] b, float sim, TokenSimilarity.How how, boolean swapped) {
        return swapped ? new Link(b, a, sim, how) : new Link(a, b, sim, how);
    }

    private static boolean latinWord(NameToken t) {
        return !t.syllable && !t.abjad;
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

    /**
     * The consonant classes of the written word's syllables from {@code s} on, up to the first that has any: a word
     * may begin on a vowel syllable (워싱턴 wo-sing-teon, 阿道弗 a-dao-fu) whose classes are empty.
     */
    private static String firstClasses(NameForm f, int s) {
        for (int i = s; i < f.tokens.length && (i == s || !f.wordStart[i]) && f.tokens[i].syllable; i++) {
            String k = ScriptSkeleton.of(f.tokens[i].text, true);
            if (!k.isEmpty()) {
                return k;
            }
        }
        return "";
    }

    private static boolean sameStart(String a, String b) {
        return !a.isEmpty() && !b.isEmpty() && a.charAt(0) == b.charAt(0);
    }

    /** Syllables written by ear against a Latin word: their consonant classes agree. */
    private static float byEarSimilarity(CharSequence syllables, NameToken latin) {
        return ScriptSkeleton.similarity(ScriptSkeleton.of(syllables.toString(), true), latin.scriptSkeleton,
                ScriptSkeleton.Group.SYLLABIC, TokenSimilarity.SCRIPT_SKELETON);
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
