package io.tollgate.screening.domain.matching;

import static io.tollgate.screening.domain.matching.IndexKeys.ABJAD_SKELETON;
import static io.tollgate.screening.domain.matching.IndexKeys.BY_EAR;
import static io.tollgate.screening.domain.matching.IndexKeys.DELETION;
import static io.tollgate.screening.domain.matching.IndexKeys.GROUP;
import static io.tollgate.screening.domain.matching.IndexKeys.NICKNAME;
import static io.tollgate.screening.domain.matching.IndexKeys.SKELETON;
import static io.tollgate.screening.domain.matching.IndexKeys.SPLIT_MIN_LENGTH;
import static io.tollgate.screening.domain.matching.IndexKeys.SPLIT_MIN_PART;
import static io.tollgate.screening.domain.matching.IndexKeys.SYLLABLE;
import static io.tollgate.screening.domain.matching.IndexKeys.WORD;
import static io.tollgate.screening.domain.matching.IndexKeys.joinable;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Candidate search over a {@link MatchIndex}'s keys: a query's words credit every name filed under their keys with
 * their weight (each word once), each name's score is estimated from what it shares, and the best names of the best
 * entities, re-ranked by shared letters when many tie, are selected for the full score, with the entities found by an
 * identifier. Thread-safe: each search borrows its own working memory.
 */
final class CandidateSearch {

    /** A foreign name written by ear in Hangul or Han takes up to this many syllables per word (벨라스케스). */
    private static final int MAX_BY_EAR_SYLLABLES = 5;
    /** Words rarer than this get one-edit neighbours looked up: common words are spelled right. */
    private static final int RARE_WORD = 400;
    /** One-edit neighbour postings longer than this are noise, not typo candidates. */
    private static final int MAX_NEIGHBOUR_POSTINGS = 3000;
    /** Candidates whose estimate is this far below the threshold cannot reach it. */
    private static final double ESTIMATE_SLACK = 0.35;
    /** Working memory kept for searches between uses (about 16 bytes per name each). */
    private static final int POOLED_SCRATCH = 32;
    /** At most this many candidate entities (by best name estimate) get the full score... */
    private static final int MAX_ENTITIES = 32;
    /** ...each on at most this many of its names (the best estimated). */
    private static final int FORMS_PER_ENTITY = 1;

    private final PreparedEntity[] entities;
    private final int[] formEntity;
    private final float[] formWeight;
    /** Each name's set of letters: ranks candidates that share words equally by how close they are spelled. */
    private final int[] formLetters;
    private final KeyPostings keys;
    private final Map<String, int[]> identifiers;
    private final ObjectPool<Scratch> scratch;

    CandidateSearch(PreparedEntity[] entities, int[] formEntity, float[] formWeight, int[] formLetters, KeyPostings keys,
                    Map<String, int[]> identifiers) {
        this.entities = entities;
        this.formEntity = formEntity;
        this.formWeight = formWeight;
        this.formLetters = formLetters;
        this.keys = keys;
        this.identifiers = identifiers;
        this.scratch = new ObjectPool<>(() -> new Scratch(formEntity.length, entities.length), POOLED_SCRATCH);
    }

    Scratch borrow() {
        return scratch.borrow();
    }

    void release(Scratch s) {
        scratch.release(s);
    }

    /**
     * Working memory of one search, sized to the index and reused from a pool so that a search allocates no
     * large arrays. Per-name slots are valid only where their stamp equals the current search's number.
     */
    static final class Scratch {
        final float[] acc;
        final int[] stamp;
        /** Which query words each touched name has been credited for, so no word counts twice. */
        final long[] credited;
        /** The weight of each query word by its bit. */
        final float[] wordWeight = new float[64];
        int[] touched = new int[1024];
        final int[] entityStamp;
        final int[] entityForms;
        long[] ranked = new long[256];
        long[] selected = new long[256];
        int query;
        int touchedCount;

        Scratch(int forms, int entities) {
            acc = new float[forms];
            stamp = new int[forms];
            credited = new long[forms];
            entityStamp = new int[entities];
            entityForms = new int[entities];
        }

        /** Starts a search: a new stamp; after two billion searches the stamps start over from clean arrays. */
        void next() {
            if (query == Integer.MAX_VALUE - 1) {
                Arrays.fill(stamp, 0);
                Arrays.fill(entityStamp, 0);
                query = 0;
            }
            query++;
            touchedCount = 0;
        }
    }

    /**
     * Gathers candidate names through the keys, estimates each name's score from the weight of query words it
     * shares, keeps the best names of the best {@link #MAX_ENTITIES} entities and the entities found by identifier. Leaves in
     * {@code s.selected} (entity &lt;&lt; 32 | form), sorted by entity, form -1 meaning all forms; returns the count.
     */
    int candidates(PreparedQuery q, double threshold, Predicate<String> filter, Scratch s) {
        s.next();
        float queryWeight = 0;
        float initialCredit = 0;
        StringBuilder sb = new StringBuilder();
        StringBuilder pinyin = new StringBuilder();
        StringBuilder wadeGiles = new StringBuilder();
        int base = 0;
        for (NameForm qf : q.forms) {
            queryWeight = Math.max(queryWeight, qf.totalWeight);
            // initials are not keyed (a letter fits everyone): credit them, hopefully, to names found otherwise
            float initials = 0;
            for (NameToken t : qf.tokens) {
                initials += t.role == TokenRole.INITIAL ? t.weight * TokenSimilarity.INITIAL : 0;
            }
            initialCredit = Math.max(initialCredit, initials);
            NameToken[] t = qf.tokens;
            int words = Math.min(t.length, 64 - base);
            for (int i = 0; i < words; i++) {
                s.wordWeight[base + i] = t[i].weight;
            }
            for (int i = 0; i < words; i++) {
                if (searchable(t[i], qf)) {
                    visitToken(t[i], 1L << (base + i), s);
                    if (qf.cyrillic && t[i].scriptSkeleton.length() >= TokenSimilarity.SCRIPT_SKELETON_MIN) {
                        visitByEar(t[i].scriptSkeleton, ScriptSkeleton.Group.CYRILLIC, 1L << (base + i), s);
                    }
                }
            }
            // words written apart in the query, together in the list (van der Bilt / Vanderbilt)
            for (int i = 0; i < words; i++) {
                sb.setLength(0);
                pinyin.setLength(0);
                wadeGiles.setLength(0);
                long bits = 0;
                boolean abjad = false;
                for (int len = 1; len <= MAX_BY_EAR_SYLLABLES && i + len <= words; len++) {
                    NameToken x = t[i + len - 1];
                    if (len > 3 && !IndexKeys.syllables(t, i, len)) {
                        break;
                    }
                    if (!joinable(x)) {
                        break;
                    }
                    sb.append(x.abjad ? x.text : x.canon);
                    WordAlignment.appendReadings(x, pinyin, wadeGiles);
                    abjad |= x.abjad;
                    bits |= 1L << (base + i + len - 1);
                    if (len >= 3 && IndexKeys.syllables(t, i, len) && IndexKeys.wholeWord(qf, i, len)) {
                        String k = ScriptSkeleton.of(IndexKeys.joinedText(t, i, len), true);
                        if (k.length() >= TokenSimilarity.SCRIPT_SKELETON_MIN) {
                            visitByEar(k, ScriptSkeleton.Group.SYLLABIC, bits, s);
                        }
                    }
                    if (len >= 2 && len <= 3) {
                        if (abjad) {
                            visit(KeyPostings.hash(SKELETON, NameToken.skeletonOf(sb.toString())), bits, s);
                            continue;
                        }
                        visit(KeyPostings.hash(WORD, SpellingRules.collapseDoubles(sb.toString())), bits, s);
                        // Chinese syllables written apart in one system, together in the other (Hsiao-ping, Xiaoping)
                        visitReading(IndexKeys.PINYIN_READING, wadeGiles, bits, s);
                        visitReading(IndexKeys.WADE_GILES_READING, pinyin, bits, s);
                    }
                }
            }
            if (qf.acronym != null && words > 0) {
                visit(KeyPostings.hash(WORD, qf.acronym), ((words == 64 ? 0 : 1L << words) - 1) << base, s);
            }
            base += words;
            if (base >= 64) {
                break;
            }
        }
        // estimate each touched name's score from the words it shares with the query; rank the hopeful ones
        float floor = (float) Math.max(0.2, threshold - ESTIMATE_SLACK);
        float qw = Math.max(queryWeight, 1e-3f);
        int ranked = 0;
        for (int i = 0; i < s.touchedCount; i++) {
            int f = s.touched[i];
            float a = Math.min(qw, s.acc[f] + initialCredit);
            float est = 0.5f * Math.min(1f, a / qw) + 0.5f * Math.min(1f, a / formWeight[f]);
            if (est < floor) {
                continue;
            }
            if (ranked == s.ranked.length) {
                s.ranked = Arrays.copyOf(s.ranked, ranked * 2);
            }
            // descending estimate, then ascending form id, packed into one sortable long
            s.ranked[ranked++] = ((long) Float.floatToIntBits(4f - est) << 32) | f;
        }
        int sorted = PartialOrder.sortFront(s.ranked, ranked, MAX_ENTITIES * 16);
        if (ranked > MAX_ENTITIES) {
            sorted = SpellingRerank.rerank(s.ranked, ranked, sorted, MAX_ENTITIES * FORMS_PER_ENTITY,
                    IndexKeys.letters(q.forms[0]), formLetters);
        }
        int n = 0;
        int entityCount = 0;
        for (int i = 0; i < ranked && entityCount < MAX_ENTITIES; i++) {
            if (i == sorted) {
                sorted = PartialOrder.sortRest(s.ranked, sorted, ranked);
            }
            int f = (int) s.ranked[i];
            int e = formEntity[f];
            if (s.entityStamp[e] == -s.query) {
                continue;
            }
            if (s.entityStamp[e] != s.query) {
                if (!filter.test(entities[e].indexed.entity().source())) {
                    s.entityStamp[e] = -s.query;
                    continue;
                }
                s.entityStamp[e] = s.query;
                s.entityForms[e] = 0;
                entityCount++;
            }
            // the entity's best-estimated names only: its other spellings of the same name add cost, not recall
            if (s.entityForms[e]++ < FORMS_PER_ENTITY) {
                n = select(s, n, ((long) e << 32) | f);
            }
        }
        for (PreparedIdentifier id : q.identifiers) {
            n = addIdentifierCandidates(id, filter, s, n);
        }
        Arrays.sort(s.selected, 0, n);
        return n;
    }

    private static int select(Scratch s, int n, long entry) {
        if (n == s.selected.length) {
            s.selected = Arrays.copyOf(s.selected, n * 2);
        }
        s.selected[n] = entry;
        return n + 1;
    }

    /** Entities found by an identifier are scored on all their names: a hit stands even when names differ. */
    private int addIdentifierCandidates(PreparedIdentifier id, Predicate<String> filter, Scratch s, int n) {
        String[] lookups = id.bicLike()
                ? new String[]{id.value(), "BIC8:" + id.value().substring(0, 8), id.value().substring(0, 8)}
                : new String[]{id.value()};
        for (String key : lookups) {
            int[] found = identifiers.get(key);
            if (found == null) {
                continue;
            }
            for (int e : found) {
                if (filter.test(entities[e].indexed.entity().source())) {
                    // a whole-entity entry (form -1) sorts before the entity's name entries; drop those
                    for (int k = 0; k < n; k++) {
                        if ((int) (s.selected[k] >>> 32) == e) {
                            s.selected[k] = ((long) e << 32) | 0xFFFFFFFFL;
                        }
                    }
                    n = select(s, n, ((long) e << 32) | 0xFFFFFFFFL);
                }
            }
        }
        return dedupe(s, n);
    }

    private static int dedupe(Scratch s, int n) {
        Arrays.sort(s.selected, 0, n);
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (m == 0 || s.selected[i] != s.selected[m - 1]) {
                s.selected[m++] = s.selected[i];
            }
        }
        return m;
    }

    private static boolean searchable(NameToken t, NameForm form) {
        return switch (t.role) {
            case WORD, PATRONYMIC -> true;
            case GENERIC, TITLE, PARTICLE -> !form.hasDistinctive;
            default -> false;
        };
    }

    private void visitToken(NameToken t, long bit, Scratch s) {
        long exact = keys.find(KeyPostings.hash(WORD, t.canon));
        visitFound(exact, bit, s, Integer.MAX_VALUE);
        for (int g : t.groups) {
            visit(KeyPostings.hash(GROUP, g), bit, s);
        }
        for (int g : t.hypocorisms) {
            visit(KeyPostings.hash(NICKNAME, g >>> 1), bit, s);
        }
        if (t.chinese != null) {
            visitReading(IndexKeys.PINYIN_READING, t.chinese.wadeGiles(), bit, s);
            visitReading(IndexKeys.WADE_GILES_READING, t.chinese.pinyin(), bit, s);
        }
        if (!t.syllable && t.text.length() <= 7) {
            // a Korean or Chinese syllable written in another romanisation than the listed Hangul or Han
            visit(KeyPostings.hash(SYLLABLE, TokenSimilarity.syllableKey(t.text)), bit, s);
        }
        if ((t.syllable || t.abjad) && t.scriptSkeleton.length() >= TokenSimilarity.SCRIPT_SKELETON_MIN) {
            // a foreign name written by ear in another script: the listed Latin words of the same consonant classes
            visitByEar(t.scriptSkeleton, ScriptSkeleton.Group.of(t.abjad), bit, s);
        }
        if (t.abjad) {
            visit(KeyPostings.hash(SKELETON, t.skeleton), bit, s);
            return;
        }
        if (t.skeleton.length() >= 2) {
            visit(KeyPostings.hash(ABJAD_SKELETON, t.skeleton), bit, s);
        }
        if ((int) exact < RARE_WORD && t.canon.length() >= 4) {
            visitNeighbours(t.canon, bit, s);
        }
        if ((int) exact == 0 && t.canon.length() >= SPLIT_MIN_LENGTH) {
            // perhaps several words written as one (FridrichBuchenberg): look up its first and last parts
            String c = t.canon;
            for (int i = SPLIT_MIN_PART; i <= c.length() - SPLIT_MIN_PART; i++) {
                visitFound(keys.find(KeyPostings.hash(WORD, c.substring(0, i))), bit, s, MAX_NEIGHBOUR_POSTINGS);
                visitFound(keys.find(KeyPostings.hash(WORD, c.substring(i))), bit, s, MAX_NEIGHBOUR_POSTINGS);
            }
        }
    }

    /** Chinese name words in the other romanisation system (Hsiao, Xiao), for a word or a run of words that all read so. */
    private void visitReading(char namespace, CharSequence reading, long bit, Scratch s) {
        if (ChineseRomanisation.complete(reading)) {
            visitFound(keys.find(KeyPostings.hash(namespace, reading)), bit, s, MAX_NEIGHBOUR_POSTINGS);
        }
    }

    /** Listed Latin words whose consonant classes agree with a word written by ear, or are one cheap edit away. */
    private void visitByEar(String skeleton, ScriptSkeleton.Group group, long bits, Scratch s) {
        for (String k : ScriptSkeleton.nearLatin(skeleton, group)) {
            visitFound(keys.find(KeyPostings.hash(BY_EAR, k)), bits, s, MAX_NEIGHBOUR_POSTINGS);
        }
    }

    /** Names with a word one edit away: deletions on either side meet (symmetric deletion neighbourhoods). */
    private void visitNeighbours(String c, long bits, Scratch s) {
        visitFound(keys.find(KeyPostings.hash(DELETION, c)), bits, s, MAX_NEIGHBOUR_POSTINGS);
        StringBuilder sb = new StringBuilder(c.length());
        for (int i = 0; i < c.length(); i++) {
            if (i > 0 && c.charAt(i) == c.charAt(i - 1)) {
                continue;
            }
            sb.setLength(0);
            sb.append(c, 0, i).append(c, i + 1, c.length());
            visitFound(keys.find(KeyPostings.hash(WORD, sb)), bits, s, MAX_NEIGHBOUR_POSTINGS);
            visitFound(keys.find(KeyPostings.hash(DELETION, sb)), bits, s, MAX_NEIGHBOUR_POSTINGS);
        }
    }

    private void visit(long key, long bits, Scratch s) {
        visitFound(keys.find(key), bits, s, Integer.MAX_VALUE);
    }

    /** Credits each name in the postings with the weight of the query words it has not been credited for yet. */
    private void visitFound(long found, long bits, Scratch s, int maxLength) {
        int length = (int) found;
        if (length == 0 || length > maxLength) {
            return;
        }
        int start = (int) (found >>> 32);
        int[] postings = keys.array();
        for (int p = start, end = start + length; p < end; p++) {
            int f = postings[p];
            if (s.stamp[f] != s.query) {
                s.stamp[f] = s.query;
                s.acc[f] = 0;
                s.credited[f] = 0;
                if (s.touchedCount == s.touched.length) {
                    s.touched = Arrays.copyOf(s.touched, s.touchedCount * 2);
                }
                s.touched[s.touchedCount++] = f;
            }
            long fresh = bits & ~s.credited[f];
            if (fresh != 0) {
                s.credited[f] |= fresh;
                if ((fresh & (fresh - 1)) == 0) {
                    s.acc[f] += s.wordWeight[Long.numberOfTrailingZeros(fresh)];
                } else {
                    for (long b = fresh; b != 0; b &= b - 1) {
                        s.acc[f] += s.wordWeight[Long.numberOfTrailingZeros(b)];
                    }
                }
            }
        }
    }
}
