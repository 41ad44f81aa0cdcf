package io.tollgate.screening.domain.matching;

/**
 * The answer to "why would these two match?": the score of a query against one listed entity, whether it
 * reaches the threshold, and the components that add up to it.
 *
 * @param score the calibrated score in [0,1]
 * @param match whether the score reaches the threshold
 * @param threshold the threshold applied
 * @param matchedName the listed entity's name (as published) that matched best
 * @param explanation the components that add up to the score
 * @param query the query as the matcher read it
 */
public record PairScore(double score, boolean match, double threshold, String matchedName,
                        MatchExplanation explanation, NormalizedQuery query) {
}
