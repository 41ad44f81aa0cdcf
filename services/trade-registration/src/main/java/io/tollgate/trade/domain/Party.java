package io.tollgate.trade.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A party to a trade: who it is, what part it plays, and whom it declares as owners. */
public record Party(PartyRole role, String name, PartyType type, String country, Optional<PartialDate> birthDate,
                    List<PartyIdentifier> identifiers, List<DeclaredOwner> owners) {

    public Party {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        birthDate = birthDate == null ? Optional.empty() : birthDate;
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        owners = owners == null ? List.of() : List.copyOf(owners);
    }

    /** The party's country, if given. */
    public Optional<String> countryCode() {
        return Optional.ofNullable(country).filter(c -> !c.isBlank());
    }
}
