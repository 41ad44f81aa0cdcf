package io.tollgate.trade.domain;

import java.util.Locale;

/** What kind of thing a party is, as the screening service understands it. */
public enum PartyType {
    PERSON, ORGANIZATION, VESSEL, AIRCRAFT;

    /** The lower-case wire code ({@code person}, {@code organization}, …). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire code in any case. */
    public static PartyType fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
