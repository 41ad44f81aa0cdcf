package io.tollgate.screening.domain.matching;

import io.tollgate.screening.domain.list.ListedEntity;

import java.util.Objects;

/**
 * Answers "why would these two match?": scores one query against one listed entity with the same scoring the
 * index uses, and explains the score. Thread-safe.
 */
public final class PairScorer {

    private final NameNormalizer normalizer;

    public PairScorer(NameKnowledge knowledge) {
        this.normalizer = new NameNormalizer(Objects.requireNonNull(knowledge, "knowledge"), false);
    }

    /** Scores at the default threshold. */
    public PairScore score(ScreeningQuery query, ListedEntity candidate) {
        return score(query, candidate, MatchThreshold.DEFAULT);
    }

    /** Scores at the given threshold. */
    public PairScore score(ScreeningQuery query, ListedEntity candidate, double threshold) {
        PreparedQuery q = new PreparedQuery(query, normalizer);
        PreparedEntity e = PreparedEntity.of(new IndexedEntity(0, candidate), normalizer);
        EntityScorer.Scored s = EntityScorer.score(q, e, true);
        String matched = e.forms.length == 0 ? candidate.primaryName() : e.publishedName(s.form());
        return new PairScore(s.score(), s.score() >= threshold, threshold, matched,
                new MatchExplanation(s.components()), q.normalized());
    }

    /** The query as the matcher reads it (for audit). */
    public NormalizedQuery normalize(ScreeningQuery query) {
        return new PreparedQuery(query, normalizer).normalized();
    }
}
