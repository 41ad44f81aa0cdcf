package io.tollgate.screening.domain.matching;

/**
 * One part of a match score: which feature, what the query and the listed entity had, and how much it added
 * (or, when negative, took away). The contributions of a {@link MatchExplanation} add up to the score.
 *
 * @param feature what was compared, e.g. {@code name.exact}, {@code name.equivalent_name}, {@code birth_date}
 * @param queryValue the query's side, as normalised ("" when the query had nothing)
 * @param candidateValue the listed entity's side ("" when it had nothing)
 * @param contribution the part of the score this feature accounts for
 */
public record ScoreComponent(String feature, String queryValue, String candidateValue, double contribution) {

    public ScoreComponent {
        queryValue = queryValue == null ? "" : queryValue;
        candidateValue = candidateValue == null ? "" : candidateValue;
    }
}
