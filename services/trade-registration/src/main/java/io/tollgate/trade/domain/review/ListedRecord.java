package io.tollgate.trade.domain.review;

import java.util.List;

/**
 * A listed entity as the screening service publishes it, in the terms an analyst compares a trade party with: every
 * name, birth date ({@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, or a range {@code from..to}), country
 * (nationality, citizenship, address, place of birth), identifier, programme and stated relation (owners, agents).
 *
 * @param listed false when a later list version removed it
 * @param sourceRecord where its raw record is in the published file
 */
public record ListedRecord(long entityId, String source, String sourceId, String type, boolean listed,
                           List<String> names, List<String> birthDates, List<String> countries,
                           List<Identifier> identifiers, List<String> programs, List<String> relations, String remarks,
                           String sourceRecord) {

    /** An identifier as listed: the screening service's type name (SWIFT_BIC, IMO, TAX_ID …) and value. */
    public record Identifier(String type, String value) {
    }

    public ListedRecord {
        names = List.copyOf(names);
        birthDates = List.copyOf(birthDates);
        countries = List.copyOf(countries);
        identifiers = List.copyOf(identifiers);
        programs = List.copyOf(programs);
        relations = List.copyOf(relations);
    }
}
