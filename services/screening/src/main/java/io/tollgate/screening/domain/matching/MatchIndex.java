package io.tollgate.screening.domain.matching;

import java.util.ArrayList;
import java.util.Comparator;
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

    private final PreparedEntity[] entities;
    private final int[] formEntity;
    private final int[] formLocal;
    private final CandidateSearch candidates;
    private final NameNormalizer queryNormalizer;

    MatchIndex(PreparedEntity[] entities, int[] formEntity, int[] formLocal, float[] formWeight, int[] formLetters,
               KeyPostings keys, Map<String, int[]> identifiers, NameKnowledge knowledge) {
        this.entities = entities;
        this.formEntity = formEntity;
        this.formLocal = formLocal;
        this.candidates = new CandidateSearch(entities, formEntity, formWeight, formLetters, keys, identifiers);
        this.queryNormalizer = new NameNormalizer(knowledge, false);
    }

    /** Builds the index; entities without a usable name are still found by their identifiers. */
    public static MatchIndex build(List<IndexedEntity> entities, NameKnowledge knowledge) {
        return MatchIndexBuilder.build(entities, knowledge);
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
        return new PreparedQuery(query, queryNormalizer).normalized();
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
        CandidateSearch.Scratch s = candidates.borrow();
        List<Hit> hits = new ArrayList<>();
        try {
            score(q, threshold, filter, s, hits);
        } finally {
            candidates.release(s);
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed()
                .thenComparingLong(h -> entities[h.entity].indexed.entityId()));
        List<Match> out = new ArrayList<>(Math.min(limit, hits.size()));
        for (int k = 0; k < hits.size() && out.size() < limit; k++) {
            Hit h = hits.get(k);
            PreparedEntity pe = entities[h.entity];
            EntityScorer.Scored full = EntityScorer.score(q, pe, h.forms, true);
            out.add(new Match(pe.indexed, pe.publishedName(full.form()), full.score(),
                    new MatchExplanation(full.components())));
        }
        return out;
    }

    /** Scores the candidates quickly (no explanation) and keeps those at or above the threshold. */
    private void score(PreparedQuery q, double threshold, Predicate<String> filter, CandidateSearch.Scratch s,
                       List<Hit> hits) {
        int n = candidates.candidates(q, threshold, filter, s);
        int i = 0;
        while (i < n) {
            int e = (int) (s.selected[i] >>> 32);
            int j = i;
            while (j < n && (int) (s.selected[j] >>> 32) == e) {
                j++;
            }
            int[] forms = null;
            if ((int) s.selected[i] >= 0) {
                forms = new int[j - i];
                for (int k = i; k < j; k++) {
                    forms[k - i] = formLocal[(int) s.selected[k]];
                }
            }
            EntityScorer.Scored quick = EntityScorer.score(q, entities[e], forms, false);
            if (quick.score() >= threshold) {
                hits.add(new Hit(e, forms, quick.score()));
            }
            i = j;
        }
    }

    private record Hit(int entity, int[] forms, double score) {
    }
}
