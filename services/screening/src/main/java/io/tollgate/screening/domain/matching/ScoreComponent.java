package io.tollgate.screening.domain.matching;

/**
 * One part of a match score: which feature, what the query and the listed entity had, and how much it added
 * (or, when negative, took away). The contributions of a {@link MatchExplanation} add up to the score.
 *
 * <p>Features: name word pairs {@code name.exact}, {@code name.spelling_variant}, {@code name.equivalent_name},
 * {@code name.initial}, {@code name.transliteration}, {@code name.similar_spelling}, {@code name.joined_words},
 * {@code name.truncated_word}, {@code name.legal_form}, {@code name.number}, {@code name.acronym},
 * {@code name.given-name-hypocorism} (a nickname and its formal name), {@code name.abbreviation} (an abbreviated or
 * translated organisation word), {@code name.short-form} (two or three words of a long personal name, lifted to a
 * hit to review); words without a
 * partner {@code name.unmatched_query_word}, {@code name.unmatched_listed_word} (0, shown for the analyst);
 * penalties {@code name.conflicting_words}, {@code name.numbers_differ}, {@code name.parent_name_swapped},
 * {@code name.generic_words_only}, {@code name.weak_alias}, {@code name.common-name-penalty} (a common personal name
 * held under the threshold on the name alone), {@code name.given-name-only} (no word agrees by spelling, or only given
 * names do while the family name differs by more than a slip: held under the threshold on the name alone); shown with no contribution {@code name.title-removed} (titles read
 * past) and {@code evasion-characters} (invisible, bidirectional or look-alike characters the name hid behind);
 * secondary evidence {@code entity_type},
 * {@code birth_date}, {@code country}, {@code gender}, {@code identifier}, {@code identifier.same_bank},
 * {@code identifier.imo_differs}; and {@code bounds}, which keeps the total within [0,1].
 *
 * @param feature what was compared (see above)
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
