package io.tollgate.trade.domain;

import io.tollgate.platform.data.Sha256;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What trade registration screens: a party or a declared owner, as one name with what else is known about it. (The
 * screening service's own query type is its matcher's; this is the trade's side of the call.)
 */
public record ScreeningSubject(String name, PartyType type, Optional<PartialDate> birthDate, List<String> countries,
                             List<PartyIdentifier> identifiers) {

    /** The query for a party: its name, type, birth date, country and identifiers. */
    public static ScreeningSubject of(Party p) {
        return new ScreeningSubject(p.name(), p.type(), p.birthDate(), p.countryCode().map(List::of).orElse(List.of()),
                p.identifiers());
    }

    /** The query for a declared owner: only its name and type are known. */
    public static ScreeningSubject of(DeclaredOwner o) {
        return new ScreeningSubject(o.name(), o.type(), Optional.empty(), List.of(), List.of());
    }

    /**
     * A SHA-256 of everything screened, normalised (case, spacing, order), so that the same party data gives the same
     * fingerprint in any trade: a released false positive stays released only while it does not change.
     */
    public String fingerprint() {
        String canonical = String.join("|", name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT), type.name(),
                birthDate.map(PartialDate::toString).orElse(""),
                countries.stream().map(c -> c.toUpperCase(Locale.ROOT)).sorted().collect(Collectors.joining(",")),
                identifiers.stream().map(i -> i.type() + ":" + i.normalized()).sorted().collect(Collectors.joining(",")));
        return Sha256.hex(canonical);
    }
}
