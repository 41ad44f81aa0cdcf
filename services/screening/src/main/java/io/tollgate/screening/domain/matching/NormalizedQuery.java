package io.tollgate.screening.domain.matching;

import io.tollgate.screening.domain.list.PartialDate;

import java.util.List;
import java.util.Set;

/**
 * A query as the matcher read it, stored with each screening for audit: the normalised name forms (after
 * transliteration, folding and removal of honorifics), the declared and the inferred party type, and the
 * normalised secondary evidence.
 *
 * @param name the name as given
 * @param nameForms the normalised forms of the name, words separated by spaces (legal forms by their code)
 * @param type the declared type
 * @param inferredType the type the name suggests (for {@link QueryType#ANY}), else the declared type
 * @param birthDate the date of birth, or null
 * @param countries ISO alpha-2 codes
 * @param identifiers the identifiers, normalised (upper-case letters and digits)
 * @param gender {@code male}/{@code female}, or null
 * @param evasionCharacters invisible, bidirectional or confusable characters found in the name (see
 *                          {@link VisibleName}); empty for an ordinary name
 */
public record NormalizedQuery(String name, List<String> nameForms, QueryType type, QueryType inferredType,
                              PartialDate birthDate, Set<String> countries, List<String> identifiers,
                              String gender, List<String> evasionCharacters) {

    public NormalizedQuery {
        nameForms = List.copyOf(nameForms);
        countries = Set.copyOf(countries);
        identifiers = List.copyOf(identifiers);
        evasionCharacters = evasionCharacters == null ? List.of() : List.copyOf(evasionCharacters);
    }
}
