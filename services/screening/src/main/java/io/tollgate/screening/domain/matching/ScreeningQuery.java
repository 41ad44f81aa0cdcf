package io.tollgate.screening.domain.matching;

import io.tollgate.screening.domain.list.PartialDate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A party to screen: its name, what kind of party it is, and whatever secondary evidence is known.
 *
 * @param name the name as given, in any script
 * @param type person, organization, vessel, aircraft, or any when unknown
 * @param birthDate date of birth (persons), or null
 * @param countries ISO 3166 alpha-2 codes of nationality, citizenship, residence or registration; may be empty
 * @param identifiers identifiers the party is known by; may be empty
 * @param gender {@code male}/{@code female}, or null
 */
public record ScreeningQuery(String name, QueryType type, PartialDate birthDate, Set<String> countries,
                             List<QueryIdentifier> identifiers, String gender) {

    public ScreeningQuery {
        name = name == null ? "" : name;
        type = type == null ? QueryType.ANY : type;
        countries = countries == null ? Set.of() : countries.stream()
                .filter(c -> c != null && !c.isBlank())
                .map(c -> c.strip().toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        gender = gender == null || gender.isBlank() ? null : gender.strip().toLowerCase(Locale.ROOT);
    }

    /** A name-only query of the given type. */
    public static ScreeningQuery of(String name, QueryType type) {
        return new ScreeningQuery(name, type, null, Set.of(), List.of(), null);
    }

    /** A name-only person query. */
    public static ScreeningQuery person(String name) {
        return of(name, QueryType.PERSON);
    }

    /** A name-only organization query. */
    public static ScreeningQuery organization(String name) {
        return of(name, QueryType.ORGANIZATION);
    }

    /** This query with a date of birth. */
    public ScreeningQuery withBirthDate(PartialDate date) {
        return new ScreeningQuery(name, type, date, countries, identifiers, gender);
    }

    /** This query with countries. */
    public ScreeningQuery withCountries(Set<String> codes) {
        return new ScreeningQuery(name, type, birthDate, codes, identifiers, gender);
    }

    /** This query with identifiers. */
    public ScreeningQuery withIdentifiers(List<QueryIdentifier> ids) {
        return new ScreeningQuery(name, type, birthDate, countries, ids, gender);
    }

    /** This query with a gender. */
    public ScreeningQuery withGender(String g) {
        return new ScreeningQuery(name, type, birthDate, countries, identifiers, g);
    }
}
