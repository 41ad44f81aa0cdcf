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
    static final float STRONG_PAIR = 0.9f;
    /** Pairs less alike than this are not aligned at all. */
    private static final float MIN_PAIR = 0.5f;
    /** Penalty per unit of weight of words that disagree on both sides (a substituted name). */
    private static final float CONFLICT_PER_WEIGHT = 0.12f;
    private static final float CONFLICT_CAP = 0.3f;
    /**
     * When both names carry numbers and they disagree (Sea Star 1 / Sea Star 2, Fund V / Fund VI), the names are
     * siblings, not the same: the score is held at most this high, in the review band just above the default
     * threshold, so an analyst sees the sibling but it never counts as a strong match and the exact number always
     * ranks first. Labelled data (fund series, numbered vessels) counts such pairs as matches to review.
     */
    static final float NUMBER_CONFLICT_CAP = 0.82f;
    /** The least a number disagreement costs, so the sibling always scores below the same name with the same number. */
    static final float NUMBER_CONFLICT_MIN = 0.05f;
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
    static final float SHORT_FORM = PersonNameEvidence.SHORT_FORM;
    /** A one-word name that is the other name's acronym (PLA / People's Liberation Army): a weak alert. */
    static final float ACRONYM = 0.82f;

    /** A name score with, when asked for, the components that add up to it. */
    record Result(float score, List<ScoreComponent> components) {
    }

    private NameComparator() {
    }

    /** Working arrays reused by one thread across comparisons (the comparison runs tens of times per query). */
    private static final class Scratch {
        float[] sim = new float[64];
        int[] qm = new int[16];
        int[] cm = new int[16];
        float[] qs = new float[16];
        float[] cs = new float[16];
        boolean[] qJoined = new boolean[16];
        boolean[] cJoined = new boolean[16];

        void ensure(int n, int m) {
            if (sim.length < n * m) {
                sim = new float[n * m * 2];
            }
            int k = Math.max(n, m);
            if (qm.length < k) {
                qm = new int[k * 2];
                cm = new int[k * 2];
                qs = new float[k * 2];
                cs = new float[k * 2];
                qJoined = new boolean[k * 2];
                cJoined = new boolean[k * 2];
            }
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    static float score(NameForm q, NameForm c) {
        return compare(q, c, false).score;
    }

    static Result compare(NameForm q, NameForm c, boolean explain) {
        NameToken[] qt = q.tokens;
        NameToken[] ct = c.tokens;
        int n = qt.length;
        int m = ct.length;
        Scratch x = explain ? new Scratch() : SCRATCH.get();
        x.ensure(n, m);
        float[] sim = x.sim;
        int[] qm = x.qm;
        int[] cm = x.cm;
        float[] qs = x.qs;
        float[] cs = x.cs;
        TokenSimilarity.How[][] how = explain ? new TokenSimilarity.How[n * m][1] : null;
        // names written by ear in another script are compared on consonant classes only when both have two words
        boolean byEar = q.writtenWords >= 2 && c.writtenWords >= 2;
        // spelling, equivalence, initials and skeletons first; edit distances only for words still unpaired
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                sim[i * m + j] = TokenSimilarity.score(qt[i], ct[j], explain ? how[i * m + j] : null, false, byEar);
            }
        }
        java.util.Arrays.fill(qm, 0, n, -1);
        java.util.Arrays.fill(cm, 0, m, -1);
        java.util.Arrays.fill(qs, 0, n, 0f);
        java.util.Arrays.fill(cs, 0, m, 0f);
        java.util.Arrays.fill(x.qJoined, 0, n, false);
        java.util.Arrays.fill(x.cJoined, 0, m, false);
        List<WordAlignment.Link> links = explain ? new ArrayList<>(Math.max(n, m)) : null;
        WordAlignment.greedy(sim, n, m, qm, cm, qs, cs, STRONG_PAIR, links, how);
        WordAlignment.join(q, c, qm, cm, qs, cs, x.qJoined, x.cJoined, links, false, byEar);
        WordAlignment.join(c, q, cm, qm, cs, qs, x.cJoined, x.qJoined, links, true, byEar);
        if (byEar) {
            WordAlignment.shortByEar(q, c, qm, cm, qs, cs, x.qJoined, x.cJoined, links, false);
            WordAlignment.shortByEar(c, q, cm, qm, cs, qs, x.cJoined, x.qJoined, links, true);
        }
        for (int i = 0; i < n; i++) {
            if (qm[i] >= 0) {
                continue;
            }
            for (int j = 0; j < m; j++) {
                if (cm[j] < 0 && sim[i * m + j] == 0) {
                    sim[i * m + j] = TokenSimilarity.score(qt[i], ct[j], explain ? how[i * m + j] : null, true, byEar);
                }
            }
        }
        if (byEar && q.cyrillic != c.cyrillic) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m && qm[i] < 0; j++) {
                    float k = cm[j] >= 0 ? 0 : q.cyrillic ? TokenSimilarity.acrossCyrillic(qt[i], ct[j])
                            : TokenSimilarity.acrossCyrillic(ct[j], qt[i]);
                    if (k > sim[i * m + j]) {
                        sim[i * m + j] = k;
                        if (explain) {
                            how[i * m + j][0] = TokenSimilarity.How.SCRIPT_SKELETON;
                        }
                    }
                }
            }
        }
        WordAlignment.greedy(sim, n, m, qm, cm, qs, cs, MIN_PAIR, links, how);
        WordAlignment.truncated(q, ct, qm, cm, qs, cs, links, false);
        WordAlignment.truncated(c, qt, cm, qm, cs, qs, links, true);

        boolean org = q.context != NameContext.PERSON && c.context != NameContext.PERSON;
        // numbers left unpaired on both sides disagree: the numbers component below prices that, not the word shares
        boolean numbersDiffer = unpairedNumber(qt, qm) && unpairedNumber(ct, cm);
        float qW = 0;
        float qM = 0;
        float uq = 0;
        boolean qDistinct = false;
        int swapped = 0;
        boolean lineage = q.hasSonOf && c.hasSonOf;
        for (int i = 0; i < n; i++) {
            NameToken t = qt[i];
            int j = qm[i];
            if (j < 0) {
                if (!(numbersDiffer && t.role == TokenRole.NUMBER)) {
                    qW += unmatchedCost(t, org);
                    uq += conflictWeight(t);
                }
                continue;
            }
            qW += t.weight;
            qM += t.weight * qs[i];
            boolean initialPair = t.role == TokenRole.INITIAL || ct[j].role == TokenRole.INITIAL;
            qDistinct |= !initialPair && (t.distinctive() || t.role == TokenRole.NUMBER);
            if (lineage && !x.qJoined[i] && !x.cJoined[j] && t.distinctive() && q.afterSonOf[i] != c.afterSonOf[j]) {
                swapped++;
            }
        }
        float cW = 0;
        float cM = 0;
        float uc = 0;
        boolean cDistinct = false;
        for (int j = 0; j < m; j++) {
            NameToken t = ct[j];
            int i = cm[j];
            if (i < 0) {
                if (!(numbersDiffer && t.role == TokenRole.NUMBER)) {
                    cW += unmatchedCost(t, org);
                    uc += conflictWeight(t);
                }
                continue;
            }
            cW += t.weight;
            cM += t.weight * cs[j];
            boolean initialPair = t.role == TokenRole.INITIAL || qt[i].role == TokenRole.INITIAL;
            cDistinct |= !initialPair && (t.distinctive() || t.role == TokenRole.NUMBER);
        }
        // a name of numbers only, against other numbers, has nothing left to compare
        float base = qW == 0 || cW == 0 ? 0 : QUERY_SHARE * qM / qW + (1 - QUERY_SHARE) * cM / cW;
        float conflict = Math.min(CONFLICT_CAP, CONFLICT_PER_WEIGHT * Math.min(uq, uc));
        float parentSwap = Math.min(LINEAGE_CAP, LINEAGE_PER_WORD * swapped);
        float score = base - conflict - parentSwap;
        float numbers = numbersDiffer ? Math.max(NUMBER_CONFLICT_MIN, score - NUMBER_CONFLICT_CAP) : 0;
        score -= numbers;
        float genericOnly = 0;
        if ((q.hasDistinctive && !qDistinct) || (c.hasDistinctive && !cDistinct)) {
            genericOnly = Math.max(0, score - GENERIC_ONLY_CAP);
            score -= genericOnly;
        }
        float givenOnly = PersonNameEvidence.givenNameOnly(q, c, cm, cs, x.cJoined, score);
        score -= givenOnly;
        float shortForm = PersonNameEvidence.shortForm(q, c, qm, qs, cm, score);
        score += shortForm;
        Result acronym = acronym(q, c, score, explain);
        if (acronym != null) {
            return acronym;
        }
        if (!explain) {
            return new Result(score, List.of());
        }

        List<ScoreComponent> out = new ArrayList<>();
        for (WordAlignment.Link l : links) {
            float contribution = 0;
            StringBuilder qv = new StringBuilder();
            StringBuilder cv = new StringBuilder();
            for (int i : l.q()) {
                contribution += QUERY_SHARE * qt[i].weight * l.sim() / qW;
                append(qv, qt[i].text);
            }
            for (int j : l.c()) {
                contribution += (1 - QUERY_SHARE) * ct[j].weight * l.sim() / cW;
                append(cv, ct[j].text);
            }
            boolean abbreviated = false;
            for (int i : l.q()) {
                abbreviated |= qt[i].writtenAs != null;
            }
            for (int j : l.c()) {
                abbreviated |= ct[j].writtenAs != null;
            }
            String feature = abbreviated && l.sim() >= TokenSimilarity.SPELLING ? "abbreviation" : feature(l.how());
            out.add(new ScoreComponent("name." + feature, qv.toString(), cv.toString(), contribution));
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
        if (parentSwap > 0) {
            out.add(new ScoreComponent("name.parent_name_swapped", q.normalized, c.normalized, -parentSwap));
        }
        if (genericOnly > 0) {
            out.add(new ScoreComponent("name.generic_words_only", q.normalized, c.normalized, -genericOnly));
        }
        if (givenOnly > 0) {
            out.add(new ScoreComponent("name.given-name-only", q.normalized, c.normalized, -givenOnly));
        }
        if (shortForm > 0) {
            out.add(new ScoreComponent("name.short-form", q.normalized, c.normalized, shortForm));
        }
        return new Result(score, out);
    }

    private static boolean unpairedNumber(NameToken[] tokens, int[] partner) {
        for (int i = 0; i < tokens.length; i++) {
            if (partner[i] < 0 && tokens[i].role == TokenRole.NUMBER) {
                return true;
            }
        }
        return false;
    }

    private static float unmatchedCost(NameToken t, boolean org) {
        if (!org) {
            return t.weight;
        }
        return switch (t.role) {
            case WORD -> t.weight * ORG_UNMATCHED_WORD_FACTOR;
            // in a name of generic words only, those words are the name and cost as much as words do
            case GENERIC -> t.weight >= TokenRole.WORD.weight ? t.weight * ORG_UNMATCHED_WORD_FACTOR
                    : Math.max(t.weight, ORG_UNMATCHED_GENERIC_COST);
            default -> t.weight;
        };
    }

    /** The acronym result when one name is a single word that spells the other's initials and that scores better. */
    private static Result acronym(NameForm q, NameForm c, float score, boolean explain) {
        if (score >= ACRONYM || (q.acronym == null && c.acronym == null)) {
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
            case TRUNCATED -> "truncated_word";
            case HYPOCORISM -> "given-name-hypocorism";
            case ROMANISATION -> "romanisation-system";
            case SCRIPT_SKELETON -> "script-skeleton";
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
