package io.tollgate.trade.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** An owner of a party as the clerk declared it, with its share in percent. */
public record DeclaredOwner(String name, PartyType type, BigDecimal percentage) {

    public DeclaredOwner {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(percentage, "percentage");
    }
}
