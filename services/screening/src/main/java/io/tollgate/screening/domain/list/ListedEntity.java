package io.tollgate.screening.domain.list;

import java.util.List;

/**
 * One entity on one sanctions list, in the single internal model every source is parsed into.
 * Lists are never null (empty when the source gives nothing); scalar fields are null when absent.
 *
 * @param source the list source id ({@code ofac-sdn}, {@code un}, …)
 * @param sourceId the entity's id in that source (OFAC ent_num, UN DATAID/reference, …)
 * @param type person, organization, vessel, aircraft or unknown
 * @param names the primary name first, then aliases
 * @param birthDates dates of birth (persons)
 * @param placesOfBirth places of birth (persons)
 * @param nationalities ISO 3166 alpha-2 codes (or the text when it cannot be resolved)
 * @param citizenships ISO 3166 alpha-2 codes (or the text when it cannot be resolved)
 * @param gender {@code male}/{@code female} when the source says, else null
 * @param addresses addresses
 * @param identifiers typed identifiers
 * @param programs sanctions programs / regimes (e.g. {@code VENEZUELA-EO13850}, {@code RUSSIA-EO14024})
 * @param listedOn the date the entity was listed, when known
 * @param remarks the source's free-text remarks as published
 * @param links stated relations to other parties
 * @param sourceRecord where the raw record is in the published file
 */
public record ListedEntity(
        String source,
        String sourceId,
        EntityType type,
        List<ListedName> names,
        List<BirthDate> birthDates,
        List<Place> placesOfBirth,
        List<String> nationalities,
        List<String> citizenships,
        String gender,
        List<Address> addresses,
        List<Identifier> identifiers,
        List<String> programs,
        PartialDate listedOn,
        String remarks,
        List<EntityLink> links,
        SourceRecordRef sourceRecord) {

    public ListedEntity {
        names = List.copyOf(names);
        birthDates = List.copyOf(birthDates);
        placesOfBirth = List.copyOf(placesOfBirth);
        nationalities = List.copyOf(nationalities);
        citizenships = List.copyOf(citizenships);
        addresses = List.copyOf(addresses);
        identifiers = List.copyOf(identifiers);
        programs = List.copyOf(programs);
        links = List.copyOf(links);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("entity " + source + "/" + sourceId + " has no name");
        }
    }

    /** The name the source lists the entity under. */
    public String primaryName() {
        return names.get(0).full();
    }
}
