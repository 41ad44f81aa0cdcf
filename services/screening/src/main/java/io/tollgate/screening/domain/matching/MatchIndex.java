package io.tollgate.screening.domain.matching;

import io.tollgate.screening.domain.list.IdentifierType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The in-memory screening index over listed entities: normalised names with keys for candidate search (word
 * spellings, equivalent-name groups, one-edit neighbours, consonant skeletons, joined words, acronyms) and
 * identifiers. A query is normalised, candidates are gathered from the keys and cheaply ranked, the best are
 * scored and explained. Immutable once built and safe for concurrent searches; rebuild and swap on list change.
 */
public final class MatchIndex {

    // key namespaces
    private static final char WORD = 'T';
    private static final char GROUP = 'G';
    private static final char DELETION = 'D';
    private static final char SKELETON = 'S';
    private static final char ABJAD_SKELETON = 'A';

    /** Words rarer than this get one-edit neighbours looked up: common words are spelled right. */
    private static final int RARE_WORD = 400;
    /** One-edit neighbour postings longer than this are noise, not typo candidates. */
    private static final int MAX_NEIGHBOUR_POSTINGS = 3000;
    /** Candidates whose estimate is this far below the threshold cannot reach it. */
    private static final double ESTIMATE_SLACK = 0.35;
    /** At most this many candidate entities get the full score. */
    private static final int MAX_SCORED = 150;

    private final PreparedEntity[] entities;
    private final int[] formEntity;
    private final int[] formLocal;
    private final float[] formWeight;
    private final KeyPostings keys;
    private final Map<String, int[]> identifiers;
    private final NameNormalizer queryNormalizer;
    private final ThreadLocal<Scratch> scratch;

    private MatchIndex(PreparedEntity[] entities, int[] formEntity, int[] formLocal, float[] formWeight,
                       KeyPostings keys, Map<String, int[]> identifiers, NameKnowledge knowledge) {
        this.entities = entities;
        this.formEntity = formEntity;
        this.formLocal = formLocal;
        this.formWeight = formWeight;
        this.keys = keys;
        this.identifiers = identifiers;
        this.queryNormalizer = new NameNormalizer(knowledge, false);
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(formEntity.length, entities.length));
    }

    /** Builds the index; entities without a usable name are still found by their identifiers. */
    public static MatchIndex build(List<IndexedEntity> entities, NameKnowledge knowledge) {
        Objects.requireNonNull(knowledge, "knowledge");
        NameNormalizer normalizer = new NameNormalizer(knowledge, true);
        PreparedEntity[] prepared = new PreparedEntity[entities.size()];
        int formCount = 0;
        for (int i = 0; i < prepared.length; i++) {
            prepared[i] = PreparedEntity.of(entities.get(i), normalizer);
            formCount += prepared[i].forms.length;
        }
        int[] formEntity = new int[formCount];
        int[] formLocal = new int[formCount];
        float[] formWeight = new float[formCount];
        KeyPostings.Builder kb = new KeyPostings.Builder();
        Map<String, List<Integer>> ids = new HashMap<>();
        int f = 0;
        StringBuilder sb = new StringBuilder();
        for (int e = 0; e < prepared.length; e++) {
            PreparedEntity pe = prepared[e];
            for (int k = 0; k < pe.forms.length; k++, f++) {
                formEntity[f] = e;
                formLocal[f] = k;
                formWeight[f] = pe.forms[k].totalWeight;
                addKeys(kb, pe.forms[k], f, sb);
            }
            for (PreparedIdentifier id : pe.identifiers) {
                addId(ids, id.value(), e);
                if (id.bicLike()) {
                    addId(ids, "BIC8:" + id.value().substring(0, 8), e);
                }
            }
        }
        Map<String, int[]> frozenIds = new HashMap<>(ids.size() * 2);
        ids.forEach((k, v) -> frozenIds.put(k, v.stream().mapToInt(Integer::intValue).distinct().toArray()));
        return new MatchIndex(prepared, formEntity, formLocal, formWeight, kb.build(), frozenIds, knowledge);
    }

    /** How many entities the index holds. */
    public int size() {
        return entities.length;
    }

    /** How many name forms the index holds (names after normalisation, with extra readings). */
    public int nameFormCount() {
        return formEntity.length;
    }

    /** The query as the matcher reads it (for audit). */
    public NormalizedQuery normalize(ScreeningQuery query) {
        return new PreparedQuery(query, queryNormalizer).normalized;
    }

    /**
     * The listed entities matching the query at or above the threshold, best first, at most {@code limit},
     * from the sources the filter accepts; each with the name that matched and the explanation of its score.
     */
    public List<Match> search(ScreeningQuery query, double threshold, int limit, Predicate<String> sourceFilter) {
        Objects.requireNonNull(query, "query");
        Predicate<String> filter = sourceFilter == null ? s -> true : sourceFilter;
        if (limit <= 0) {
            return List.of();
        }
        PreparedQuery q = new PreparedQuery(query, queryNormalizer);
        Scratch s = scratch.get();
        int[] candidates = candidates(q, threshold, filter, s);
        int[] form = new int[1];
        List<Scoredentity> hits = new ArrayList<>();
        for (int e : candidates) {
            PreparedEntity pe = entities[e];
            EntityScorer.Scored quick = EntityScorer.score(q, pe, false);
            if (quick.score() >= threshold) {
                hits.add(new Scoredentity(e, quick.score()));
            }
        }
        hits.sort(Comparator.comparingDouble(Scoredentity::score).reversed()
                .thenComparingLong(h -> entities[h.entity].indexed.entityId()));
        List<Match> out = new ArrayList<>(Math.min(limit, hits.size()));
        for (int i = 0; i < hits.size() && out.size() < limit; i++) {
            PreparedEntity pe = entities[hits.get(i).entity];
            EntityScorer.Scored full = EntityScorer.score(q, pe, true);
            out.add(new Match(pe.indexed, pe.publishedName(full.form()), full.score(),
                    new MatchExplanation(full.components())));
        }
        return out;
    }

    private record Scoredentity(int entity, double score) {
    }

    // ---- candidate search ----

    /** Per-thread working memory, sized to the index, reused across queries to avoid allocation. */
    private static final class Scratch {
        final float[] acc;
        final int[] stamp;
        final int[] tokenMark;
        final int[] touched;
        final int[] entityStamp;
        final float[] entityBest;
        int query;
        int token;
        int touchedCount;

        Scratch(int forms, int entities) {
            acc = new float[forms];
            stamp = new int[forms];
            tokenMark = new int[forms];
            touched = new int[forms];
            entityStamp = new int[entities];
            entityBest = new float[entities];
        }
    }

    private int[] candidates(PreparedQuery q, double threshold, Predicate<String> filter, Scratch s) {
        s.query++;
        s.touchedCount = 0;
        float queryWeight = 0;
        StringBuilder sb = new StringBuilder();
        for (NameForm qf : q.forms) {
            queryWeight = Math.max(queryWeight, qf.totalWeight);
            NameToken[] t = qf.tokens;
            for (int i = 0; i < t.length; i++) {
                if (!searchable(t[i], qf)) {
                    continue;
                }
                s.token++;
                visitToken(t[i], s);
            }
            // words written apart in the query, together in the list (van der Bilt / Vanderbilt)
            for (int i = 0; i < t.length; i++) {
                sb.setLength(0);
                float w = 0;
                for (int len = 1; len <= 3 && i + len <= t.length; len++) {
                    NameToken x = t[i + len - 1];
                    if (x.role == TokenRole.NUMBER || x.role == TokenRole.LEGAL) {
                        break;
                    }
                    sb.append(x.abjad ? x.text : x.canon);
                    w += x.weight;
                    if (len >= 2) {
                        s.token++;
                        visit(KeyPostings.hash(WORD, SpellingRules.collapseDoubles(sb.toString())), w, s);
                    }
                }
            }
            if (qf.acronym != null) {
                s.token++;
                visit(KeyPostings.hash(WORD, qf.acronym), qf.totalWeight, s);
            }
        }
        // estimate each touched form's name score from the words it shares with the query, keep the best
        double floor = Math.max(0.2, threshold - ESTIMATE_SLACK);
        List<Integer> entityList = new ArrayList<>();
        for (int i = 0; i < s.touchedCount; i++) {
            int f = s.touched[i];
            float a = s.acc[f];
            float est = 0.5f * Math.min(1f, a / Math.max(queryWeight, 1e-3f)) + 0.5f * Math.min(1f, a / formWeight[f]);
            if (est < floor) {
                continue;
            }
            int e = formEntity[f];
            if (s.entityStamp[e] != s.query) {
                if (!filter.test(entities[e].indexed.entity().source())) {
                    continue;
                }
                s.entityStamp[e] = s.query;
                s.entityBest[e] = est;
                entityList.add(e);
            } else if (est > s.entityBest[e]) {
                s.entityBest[e] = est;
            }
        }
        for (PreparedIdentifier id : q.identifiers) {
            addIdentifierCandidates(id, filter, s, entityList);
        }
        if (entityList.size() > MAX_SCORED) {
            entityList.sort((x, y) -> Float.compare(s.entityBest[y], s.entityBest[x]));
            entityList = entityList.subList(0, MAX_SCORED);
        }
        int[] out = new int[entityList.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = entityList.get(i);
        }
        return out;
    }

    private void addIdentifierCandidates(PreparedIdentifier id, Predicate<String> filter, Scratch s, List<Integer> into) {
        List<String> lookups = new ArrayList<>(3);
        lookups.add(id.value());
        if (id.bicLike()) {
            lookups.add("BIC8:" + id.value().substring(0, 8));
            lookups.add(id.value().substring(0, 8));
        }
        for (String key : lookups) {
            for (int e : identifiers.getOrDefault(key, new int[0])) {
                if (filter.test(entities[e].indexed.entity().source())) {
                    if (s.entityStamp[e] != s.query) {
                        s.entityStamp[e] = s.query;
                        into.add(e);
                    }
                    s.entityBest[e] = Float.MAX_VALUE;
                }
            }
        }
    }

    private static boolean searchable(NameToken t, NameForm form) {
        return switch (t.role) {
            case WORD, PATRONYMIC -> true;
            case GENERIC, TITLE, PARTICLE -> !form.hasDistinctive;
            default -> false;
        };
    }

    private void visitToken(NameToken t, Scratch s) {
        float w = t.weight;
        long exact = keys.find(KeyPostings.hash(WORD, t.canon));
        visitFound(exact, w, s, Integer.MAX_VALUE);
        for (int g : t.groups) {
            visit(KeyPostings.hash(GROUP, g), w, s);
        }
        if (t.abjad) {
            visit(KeyPostings.hash(SKELETON, t.skeleton), w, s);
            return;
        }
        if (t.skeleton.length() >= 2) {
            visit(KeyPostings.hash(ABJAD_SKELETON, t.skeleton), w, s);
        }
        if ((int) exact < RARE_WORD && t.canon.length() >= 4) {
            String c = t.canon;
            visitFound(keys.find(KeyPostings.hash(DELETION, c)), w, s, MAX_NEIGHBOUR_POSTINGS);
            StringBuilder sb = new StringBuilder(c.length());
            for (int i = 0; i < c.length(); i++) {
                if (i > 0 && c.charAt(i) == c.charAt(i - 1)) {
                    continue;
                }
                sb.setLength(0);
                sb.append(c, 0, i).append(c, i + 1, c.length());
                visitFound(keys.find(KeyPostings.hash(WORD, sb)), w, s, MAX_NEIGHBOUR_POSTINGS);
                visitFound(keys.find(KeyPostings.hash(DELETION, sb)), w, s, MAX_NEIGHBOUR_POSTINGS);
            }
        }
    }

    private void visit(long key, float weight, Scratch s) {
        visitFound(keys.find(key), weight, s, Integer.MAX_VALUE);
    }

    private void visitFound(long found, float weight, Scratch s, int maxLength) {
        int length = (int) found;
        if (length == 0 || length > maxLength) {
            return;
        }
        int start = (int) (found >>> 32);
        int[] postings = keys.array();
        int mark = s.token;
        for (int p = start, end = start + length; p < end; p++) {
            int f = postings[p];
            if (s.stamp[f] != s.query) {
                s.stamp[f] = s.query;
                s.acc[f] = 0;
                s.tokenMark[f] = 0;
                s.touched[s.touchedCount++] = f;
            }
            if (s.tokenMark[f] != mark) {
                s.tokenMark[f] = mark;
                s.acc[f] += weight;
            }
        }
    }

    // ---- building ----

    private static void addKeys(KeyPostings.Builder kb, NameForm form, int f, StringBuilder sb) {
        NameToken[] t = form.tokens;
        for (NameToken x : t) {
            if (x.role == TokenRole.NUMBER || x.role == TokenRole.LEGAL || x.role == TokenRole.INITIAL
                    || x.role == TokenRole.STOP) {
                continue;
            }
            kb.add(KeyPostings.hash(WORD, x.canon), f);
            for (int g : x.groups) {
                kb.add(KeyPostings.hash(GROUP, g), f);
            }
            if (x.skeleton.length() >= 2) {
                kb.add(KeyPostings.hash(SKELETON, x.skeleton), f);
                if (x.abjad) {
                    kb.add(KeyPostings.hash(ABJAD_SKELETON, x.skeleton), f);
                }
            }
            String c = x.canon;
            if (!x.abjad && c.length() >= 4 && x.role != TokenRole.PARTICLE) {
                for (int i = 0; i < c.length(); i++) {
                    if (i > 0 && c.charAt(i) == c.charAt(i - 1)) {
                        continue;
                    }
                    sb.setLength(0);
                    sb.append(c, 0, i).append(c, i + 1, c.length());
                    kb.add(KeyPostings.hash(DELETION, sb), f);
                }
            }
        }
        // adjacent words joined, so a query that writes them as one word finds them (SergeiLavrov)
        for (int i = 0; i + 1 < t.length; i++) {
            if (joinable(t[i]) && joinable(t[i + 1])) {
                sb.setLength(0);
                sb.append(t[i].abjad ? t[i].text : t[i].canon).append(t[i + 1].abjad ? t[i + 1].text : t[i + 1].canon);
                kb.add(KeyPostings.hash(WORD, SpellingRules.collapseDoubles(sb.toString())), f);
            }
        }
        if (form.acronym != null) {
            kb.add(KeyPostings.hash(WORD, form.acronym), f);
        }
    }

    private static boolean joinable(NameToken t) {
        return t.role != TokenRole.NUMBER && t.role != TokenRole.LEGAL && t.role != TokenRole.STOP;
    }

    private static void addId(Map<String, List<Integer>> ids, String value, int entity) {
        ids.computeIfAbsent(value, k -> new ArrayList<>(1)).add(entity);
    }

    /** Identifier types whose values are looked up in the index (all of them; kept for readability). */
    static boolean indexed(IdentifierType type) {
        return true;
    }
}
