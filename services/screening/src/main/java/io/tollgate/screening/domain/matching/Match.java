package io.tollgate.screening.domain.matching;

/**
 * A potential match: a listed entity whose score reached the threshold, with the name that matched best.
 *
 * @param entity the listed entity
 * @param matchedName the entity's name (as published) that matched best
 * @param score the calibrated score in [0,1]
 * @param explanation the components that add up to the score
 */
public record Match(IndexedEntity entity, String matchedName, double score, MatchExplanation explanation) {
}
