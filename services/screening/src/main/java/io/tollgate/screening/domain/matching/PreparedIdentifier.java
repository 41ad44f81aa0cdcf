package io.tollgate.screening.domain.matching;

import io.tollgate.screening.domain.list.Identifier;
import io.tollgate.screening.domain.list.IdentifierType;

import java.util.Locale;

/** An identifier reduced to the form identifiers are compared in, with its kind and issuing country. */
record PreparedIdentifier(IdentifierType type, String value, String country, String raw) {

    /** Shorter values (a house number, "1") are too weak to identify anyone. */
    static final int MIN_LENGTH = 5;

    static PreparedIdentifier of(IdentifierType type, String raw, String country) {
        String value = normalize(type, raw);
        String c = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        return new PreparedIdentifier(type, value, c, raw == null ? "" : raw.strip());
    }

    static PreparedIdentifier of(Identifier id) {
        return of(id.type(), id.value(), id.country());
    }

    static PreparedIdentifier of(QueryIdentifier id) {
        return of(id.type(), id.value(), id.country());
    }

    /** IMO numbers are compared on their digits ("IMO 9187629" = "9187629"); everything else as upper-case letters and digits. */
    static String normalize(IdentifierType type, String raw) {
        String v = Identifier.normalize(raw);
        if (type == IdentifierType.IMO || (type == null && v.startsWith("IMO") && v.length() == 10)) {
            v = v.replaceAll("\\D", "");
        }
        return v;
    }

    boolean usable() {
        return value.length() >= MIN_LENGTH;
    }

    boolean bicLike() {
        return (type == IdentifierType.SWIFT_BIC || type == null)
                && (value.length() == 8 || value.length() == 11) && value.substring(0, 6).chars().allMatch(Character::isLetter);
    }

    /** How strongly this (query) identifier designates the listed one: 1 exact, 0.5 same bank (BIC8 vs BIC11), 0 not at all. */
    double strength(PreparedIdentifier listed) {
        if (!usable() || !listed.usable() || !compatible(type, listed.type)) {
            return 0;
        }
        if (country != null && listed.country != null && !country.equals(listed.country)) {
            return 0;
        }
        if (value.equals(listed.value)) {
            return 1;
        }
        if (bicLike() && listed.bicLike()) {
            String a = value.length() == 11 && value.endsWith("XXX") ? value.substring(0, 8) : value;
            String b = listed.value.length() == 11 && listed.value.endsWith("XXX") ? listed.value.substring(0, 8) : listed.value;
            if (a.equals(b)) {
                return 1;
            }
            if (a.substring(0, 8).equals(b.substring(0, 8))) {
                return 0.5;
            }
        }
        return 0;
    }

    private static boolean compatible(IdentifierType a, IdentifierType b) {
        if (a == null || b == null || a == b || a == IdentifierType.OTHER || b == IdentifierType.OTHER) {
            return true;
        }
        return (group(a) != 0 && group(a) == group(b));
    }

    private static int group(IdentifierType t) {
        return switch (t) {
            case PASSPORT, NATIONAL_ID -> 1;
            case TAX_ID, REGISTRATION, LEI -> 2;
            case IMO, MMSI, CALL_SIGN -> 3;
            case AIRCRAFT_REGISTRATION, AIRCRAFT_SERIAL -> 4;
            default -> 0;
        };
    }
}
