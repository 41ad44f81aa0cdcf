package io.tollgate.screening.domain.matching;

import java.util.List;

/**
 * Why a listed entity scored what it did: the components, whose contributions add up to the score.
 *
 * @param components the score's components, name first, then secondary evidence
 */
public record MatchExplanation(List<ScoreComponent> components) {

    public MatchExplanation {
        components = List.copyOf(components);
    }

    /** The sum of the contributions: equal to the score. */
    public double total() {
        double sum = 0;
        for (ScoreComponent c : components) {
            sum += c.contribution();
        }
        return sum;
    }
}
