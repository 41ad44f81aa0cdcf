package io.tollgate.screening.domain.matching;

import io.tollgate.screening.domain.list.IdentifierType;

/**
 * An identifier the screened party is known by (passport, IMO number, SWIFT/BIC, tax id, wallet address).
 *
 * @param type the kind of identifier, or null when unknown (then it is compared with identifiers of any kind)
 * @param value the identifier as given
 * @param country ISO 3166 alpha-2 of the issuing country, or null
 */
public record QueryIdentifier(IdentifierType type, String value, String country) {

    public QueryIdentifier {
        value = value == null ? "" : value.strip();
    }

    /** An identifier of unknown kind and country. */
    public static QueryIdentifier of(String value) {
        return new QueryIdentifier(null, value, null);
    }

    /** An identifier of a known kind. */
    public static QueryIdentifier of(IdentifierType type, String value) {
        return new QueryIdentifier(type, value, null);
    }
}
