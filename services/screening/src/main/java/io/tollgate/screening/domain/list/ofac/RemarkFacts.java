package io.tollgate.screening.domain.list.ofac;

import io.tollgate.screening.domain.list.BirthDate;
import io.tollgate.screening.domain.list.EntityLink;
import io.tollgate.screening.domain.list.Identifier;
import io.tollgate.screening.domain.list.ListedEntityBuilder;
import io.tollgate.screening.domain.list.ListedName;
import io.tollgate.screening.domain.list.Place;

import java.util.List;

/**
 * What one OFAC remarks field says, clause by clause, in typed form.
 *
 * @param birthDates DOB clauses
 * @param placesOfBirth POB clauses
 * @param nationalities nationality clauses (ISO alpha-2 or the text); for companies, vessels and aircraft the
 *                      "Nationality of Registration"
 * @param citizenships citizen clauses (ISO alpha-2 or the text)
 * @param gender {@code male} / {@code female}, or null
 * @param identifiers passports, tax ids, registrations, SWIFT/BIC, IMO, digital-currency addresses, …
 * @param aliases weak a.k.a./f.k.a./n.k.a. names quoted in the remarks
 * @param links Linked To and family or other relations
 * @param clauses how many clauses the remarks hold
 * @param unparsedClauses clauses that matched no known kind (or were cut short), as published
 */
public record RemarkFacts(List<BirthDate> birthDates, List<Place> placesOfBirth, List<String> nationalities,
                          List<String> citizenships, String gender, List<Identifier> identifiers,
                          List<ListedName> aliases, List<EntityLink> links, int clauses,
                          List<String> unparsedClauses) {

    public static final RemarkFacts NONE = new RemarkFacts(List.of(), List.of(), List.of(), List.of(), null, List.of(),
            List.of(), List.of(), 0, List.of());

    public RemarkFacts {
        birthDates = List.copyOf(birthDates);
        placesOfBirth = List.copyOf(placesOfBirth);
        nationalities = List.copyOf(nationalities);
        citizenships = List.copyOf(citizenships);
        identifiers = List.copyOf(identifiers);
        aliases = List.copyOf(aliases);
        links = List.copyOf(links);
        unparsedClauses = List.copyOf(unparsedClauses);
    }

    /** Every clause became a typed field or a recognised note. */
    public boolean fullyParsed() {
        return unparsedClauses.isEmpty();
    }

    /** Adds every typed fact to the entity; links are left to the caller, which may resolve their targets first. */
    public void applyTo(ListedEntityBuilder b) {
        birthDates.forEach(b::birthDate);
        placesOfBirth.forEach(b::placeOfBirth);
        nationalities.forEach(b::nationality);
        citizenships.forEach(b::citizenship);
        b.gender(gender);
        identifiers.forEach(b::identifier);
        aliases.forEach(b::name);
    }
}
