package io.tollgate.trade.domain;

import java.util.Locale;
import java.util.Objects;

/** An identifier of a party (BIC, IMO number, tax id, …). */
public record PartyIdentifier(PartyIdentifierType type, String value) {

    public PartyIdentifier {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    /** The value as compared: upper case, without spaces, dots and dashes. */
    public String normalized() {
        return value.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
    }
}
