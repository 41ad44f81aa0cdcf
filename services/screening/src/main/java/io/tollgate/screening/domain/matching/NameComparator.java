package io.tollgate.screening.domain.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores how well a query name matches a listed name, independent of word order. Words are aligned one to one
 * (strong pairs first, then words written together or apart, then weaker pairs); the score is the mean of the
 * weighted share of each side that found a partner, less penalties for evidence of a different name:
 * words that disagree on both sides, numbers that disagree, a parent's name in the place of the person's own.
 * The score is a sum of per-pair contributions and penalties, so it explains itself exactly.
 */
final class NameComparator {

    /** Pairs at least this alike are aligned before anything else. */
    private static final float STRONG_PAIR = 0.9f;
    /** Pairs less alike than this are not aligned at all. */
    private static final float MIN_PAIR = 0.5f;
    /** Words written together or apart (Sergei Lavrov / SergeiLavrov) must be at least this alike. */
    private static final float MIN_JOIN = 0.85f;
    private static final int MAX_JOIN = 4;
    /** Penalty per unit of weight of words that disagree on both sides (a substituted name). */
    private static final float CONFLICT_PER_WEIGHT = 0.12f;
    private static final float CONFLICT_CAP = 0.3f;
    /** Penalty when both names carry numbers and they disagree (Sea Star 1 / Sea Star 2). */
    static final float NUMBER_CONFLICT = 0.3f;
    /** Penalty per word found as the person's own name on one side and a parent's name on the other. */
    private static final float LINEAGE_PER_WORD = 0.15f;
    private static final float LINEAGE_CAP = 0.3f;
    /** The most a match on generic words, particles or initials alone can score. */
    static final float GENERIC_ONLY_CAP = 0.5f;
    /** How much the query's side counts against the candidate's side. */
    private static final float QUERY_SHARE = 0.5f;
    /**
     * In organisation names a word only one side has usually means another entity (Banco Santander / Banco
     * Santander Chile, Deutsche Bank / Deutsche Bank Trust Company): unmatched words cost more there than they
     * weigh when matched, generic words included. Persons often drop middle names, so there they cost their weight.
     */
    private static final float ORG_UNMATCHED_WORD_FACTOR = 1.5f;
    private static final float ORG_UNMATCHED_GENERIC_COST = 0.8f;
    /** A one-word name that is the other name's acronym (PLA / People's Liberation Army): a weak alert. */
    static final float ACRONYM = 0.82f;

    /** One aligned pair (or a word aligned with words written apart on the other side). */
    private record Link(int[] q, int[] c, float sim, TokenSimilarity.How how) {
    }

    /** A name score with, when asked for, the components that add up to it. */
    record Result(float score, List<ScoreComponent> components) {
    }

    private NameComparator() {
    }

    static float score(NameForm q, NameForm c) {
        return compare(q, c, false).score;
    }

    static Result compare(NameForm q, NameForm c, boolean explain) {
        NameToken[] qt = q.tokens;
        NameToken[] ct = c.tokens;
        int n = qt.length;
        int m = ct.length;
        float[] sim = new float[n * m];
        TokenSimilarity.How[][] how = explain ? new TokenSimilarity.How[n * m][1] : null;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                sim[i * m + j] = explain ? TokenSimilarity.score(qt[i], ct[j], how[i * m + j])
                        : TokenSimilarity.similarity(qt[i], ct[j]);
            }
        }
        int[] qm = new int[n];
        int[] cm = new int[m];
        float[] qs = new float[n];
        float[] cs = new float[m];
        java.util.Arrays.fill(qm, -1);
        java.util.Arrays.fill(cm, -1);
        List<Link> links = new ArrayList<>(Math.max(n, m));
        greedy(sim, n, m, qm, cm, qs, cs, STRONG_PAIR, links, how);
        join(qt, ct, qm, cm, qs, cs, links, false);
        join(ct, qt, cm, qm, cs, qs, links, true);
        greedy(sim, n, m, qm, cm, qs, cs, MIN_PAIR, links, how);

        boolean org = q.context != NameNormalizer.Context.PERSON && c.context != NameNormalizer.Context.PERSON;
        float qW = 0;
        float qM = 0;
        for (int i = 0; i < n; i++) {
            qW += qm[i] >= 0 ? qt[i].weight : unmatchedCost(qt[i], org);
            qM += qt[i].weight * qs[i];
        }
        float cW = 0;
        float cM = 0;
        for (int j = 0; j < m; j++) {
            cW += cm[j] >= 0 ? ct[j].weight : unmatchedCost(ct[j], org);
            cM += ct[j].weight * cs[j];
        }
        float base = QUERY_SHARE * qM / qW + (1 - QUERY_SHARE) * cM / cW;

        // evidence of a different name
        float uq = 0;
        float uc = 0;
        boolean qNumber = false;
        boolean cNumber = false;
        for (int i = 0; i < n; i++) {
            if (qm[i] < 0) {
                uq += conflictWeight(qt[i]);
                qNumber |= qt[i].role == TokenRole.NUMBER;
            }
        }
        for (int j = 0; j < m; j++) {
            if (cm[j] < 0) {
                uc += conflictWeight(ct[j]);
                cNumber |= ct[j].role == TokenRole.NUMBER;
            }
        }
        float conflict = Math.min(CONFLICT_CAP, CONFLICT_PER_WEIGHT * Math.min(uq, uc));
        float numbers = qNumber && cNumber ? NUMBER_CONFLICT : 0;
        int swapped = 0;
        boolean qDistinct = false;
        boolean cDistinct = false;
        for (Link l : links) {
            if (l.how == TokenSimilarity.How.INITIAL) {
                continue;
            }
            for (int i : l.q) {
                qDistinct |= qt[i].distinctive() || qt[i].role == TokenRole.NUMBER;
            }
            for (int j : l.c) {
                cDistinct |= ct[j].distinctive() || ct[j].role == TokenRole.NUMBER;
            }
            if (q.hasSonOf && c.hasSonOf && l.q.length == 1 && l.c.length == 1
                    && qt[l.q[0]].distinctive() && q.afterSonOf[l.q[0]] != c.afterSonOf[l.c[0]]) {
                swapped++;
            }
        }
        float lineage = Math.min(LINEAGE_CAP, LINEAGE_PER_WORD * swapped);
        float score = base - conflict - numbers - lineage;
        float genericOnly = 0;
        if ((q.hasDistinctive && !qDistinct) || (c.hasDistinctive && !cDistinct)) {
            genericOnly = Math.max(0, score - GENERIC_ONLY_CAP);
            score -= genericOnly;
        }
        Result acronym = acronym(q, c, score, explain);
        if (acronym != null) {
            return acronym;
        }
        if (!explain) {
            return new Result(score, List.of());
        }

        List<ScoreComponent> out = new ArrayList<>();
        for (Link l : links) {
            float contribution = 0;
            StringBuilder qv = new StringBuilder();
            StringBuilder cv = new StringBuilder();
            for (int i : l.q) {
                contribution += QUERY_SHARE * qt[i].weight * l.sim / qW;
                append(qv, qt[i].text);
            }
            for (int j : l.c) {
                contribution += (1 - QUERY_SHARE) * ct[j].weight * l.sim / cW;
                append(cv, ct[j].text);
            }
            out.add(new ScoreComponent("name." + feature(l.how), qv.toString(), cv.toString(), contribution));
        }
        for (int i = 0; i < n; i++) {
            if (qm[i] < 0) {
                out.add(new ScoreComponent("name.unmatched_query_word", qt[i].text, "", 0));
            }
        }
        for (int j = 0; j < m; j++) {
            if (cm[j] < 0) {
                out.add(new ScoreComponent("name.unmatched_listed_word", "", ct[j].text, 0));
            }
        }
        if (conflict > 0) {
            out.add(new ScoreComponent("name.conflicting_words", unmatched(qt, qm), unmatched(ct, cm), -conflict));
        }
        if (numbers > 0) {
            out.add(new ScoreComponent("name.numbers_differ", numbers(qt, qm), numbers(ct, cm), -numbers));
        }
        if (lineage > 0) {
            out.add(new ScoreComponent("name.parent_name_swapped", q.normalized, c.normalized, -lineage));
        }
        if (genericOnly > 0) {
            out.add(new ScoreComponent("name.generic_words_only", q.normalized, c.normalized, -genericOnly));
        }
        return new Result(score, out);
    }

    private static float unmatchedCost(NameToken t, boolean org) {
        if (!org) {
            return t.weight;
        }
        return switch (t.role) {
            case WORD -> t.weight * ORG_UNMATCHED_WORD_FACTOR;
            case GENERIC -> Math.max(t.weight, ORG_UNMATCHED_GENERIC_COST);
            default -> t.weight;
        };
    }

    /** The acronym result when one name is a single word that spells the other's initials and that scores better. */
    private static Result acronym(NameForm q, NameForm c, float score, boolean explain) {
        if (score >= ACRONYM) {
            return null;
        }
        String qWord = singleWord(q);
        String cWord = singleWord(c);
        boolean hit = (qWord != null && qWord.equals(c.acronym)) || (cWord != null && cWord.equals(q.acronym));
        if (!hit) {
            return null;
        }
        return new Result(ACRONYM, explain
                ? List.of(new ScoreComponent("name.acronym", q.normalized, c.normalized, ACRONYM)) : List.of());
    }

    private static String singleWord(NameForm f) {
        String word = null;
        for (NameToken t : f.tokens) {
            if (t.role == TokenRole.LEGAL || t.role == TokenRole.STOP) {
                continue;
            }
            if (word != null || t.role != TokenRole.WORD || t.text.length() < 2 || t.text.length() > 8) {
                return null;
            }
            word = t.text;
        }
        return word;
    }

    /**
     * How much an unmatched word weighs as evidence of a different name when the other side also has an
     * unmatched word. A patronymic weighs little when missing but, when both sides give one and they differ,
     * it names a different father: then it weighs as a full word.
     */
    private static float conflictWeight(NameToken t) {
        return switch (t.role) {
            case WORD, INITIAL, GENERIC -> t.weight;
            case PATRONYMIC -> TokenRole.WORD.weight;
            default -> 0;
        };
    }

    /** Repeatedly aligns the most alike free pair at or above {@code floor}. */
    private static void greedy(float[] sim, int n, int m, int[] qm, int[] cm, float[] qs, float[] cs, float floor,
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
            links.add(new Link(new int[]{i}, new int[]{j},
                    bestSim, how == null ? TokenSimilarity.How.NONE : how[best][0]));
        }
    }

    /**
     * Aligns one free word of {@code b} with a run of adjacent free words of {@code a} written apart
     * (SergeiLavrov / Sergei Lavrov, Vanderbilt / van der Bilt, Platonovich / Plat Ono Vich).
     */
    private static void join(NameToken[] a, NameToken[] b, int[] am, int[] bm, float[] as, float[] bs,
                             List<Link> links, boolean swapped) {
        for (int j = 0; j < b.length; j++) {
            if (bm[j] >= 0 || !joinable(b[j])) {
                continue;
            }
            float bestSim = 0;
            int bestStart = -1;
            int bestLen = 0;
            for (int s = 0; s < a.length; s++) {
                StringBuilder joined = new StringBuilder();
                boolean abjad = b[j].abjad;
                for (int len = 1; len <= MAX_JOIN && s + len <= a.length; len++) {
                    NameToken t = a[s + len - 1];
                    if (am[s + len - 1] >= 0 || !joinable(t)) {
                        break;
                    }
                    joined.append(t.abjad ? t.text : t.canon);
                    abjad |= t.abjad;
                    if (len < 2) {
                        continue;
                    }
                    float sim = joinSimilarity(joined.toString(), b[j], abjad);
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
                }
                bm[j] = bestStart;
                bs[j] = bestSim;
                int[] single = {j};
                links.add(swapped ? new Link(single, run, bestSim, TokenSimilarity.How.JOINED)
                        : new Link(run, single, bestSim, TokenSimilarity.How.JOINED));
            }
        }
    }

    private static boolean joinable(NameToken t) {
        return t.role != TokenRole.NUMBER && t.role != TokenRole.STOP;
    }

    private static float joinSimilarity(String joined, NameToken single, boolean abjad) {
        String target = single.abjad ? single.text : single.canon;
        if (abjad) {
            String a = NameToken.skeletonOf(joined);
            return TokenSimilarity.skeleton(a, single.skeleton, null) >= TokenSimilarity.SKELETON_EXACT
                    ? TokenSimilarity.SKELETON_EXACT : 0;
        }
        if (joined.equals(target)) {
            return TokenSimilarity.SPELLING;
        }
        String canonJoined = SpellingRules.collapseDoubles(joined);
        if (canonJoined.equals(SpellingRules.collapseDoubles(target))) {
            return TokenSimilarity.SPELLING;
        }
        return Math.min(TokenSimilarity.SPELLING, TokenSimilarity.typo(canonJoined, target));
    }

    private static String feature(TokenSimilarity.How how) {
        return switch (how) {
            case EXACT -> "exact";
            case SPELLING -> "spelling_variant";
            case EQUIVALENT -> "equivalent_name";
            case INITIAL -> "initial";
            case SKELETON -> "transliteration";
            case TYPO -> "similar_spelling";
            case LEGAL -> "legal_form";
            case NUMBER -> "number";
            case JOINED -> "joined_words";
            case NONE -> "word";
        };
    }

    private static void append(StringBuilder sb, String s) {
        if (sb.length() > 0) {
            sb.append(' ');
        }
        sb.append(s);
    }

    private static String unmatched(NameToken[] t, int[] matched) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.length; i++) {
            if (matched[i] < 0 && conflictWeight(t[i]) > 0) {
                append(sb, t[i].text);
            }
        }
        return sb.toString();
    }

    private static String numbers(NameToken[] t, int[] matched) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.length; i++) {
            if (matched[i] < 0 && t[i].role == TokenRole.NUMBER) {
                append(sb, t[i].text);
            }
        }
        return sb.toString();
    }
}
