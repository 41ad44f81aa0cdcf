package io.tollgate.screening.domain.list;

/**
 * A typed identifier of a listed entity.
 *
 * @param type the kind of identifier
 * @param value the value as published
 * @param country ISO 3166 alpha-2 of the issuing country when known, else null
 * @param qualifier extra meaning: the currency of a digital-currency address, the label of an OTHER id
 *                  (e.g. "OGRN", "RIF", "Residency Number"), else null
 */
public record Identifier(IdentifierType type, String value, String country, String qualifier) {

    /** The value reduced to upper-case letters and digits, the form identifiers are compared in. */
    public String normalizedValue() {
        return normalize(value);
    }

    /** Upper-case letters and digits only; digital-currency addresses are case-sensitive and kept as is. */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(raw.length());
        raw.codePoints().filter(Character::isLetterOrDigit).map(Character::toUpperCase).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
