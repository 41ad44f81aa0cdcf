package io.tollgate.trade.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** One name (with what else is known about it) to screen against the lists. */
public record ScreeningQuery(String name, PartyType type, Optional<LocalDate> birthDate, List<String> countries,
                             List<PartyIdentifier> identifiers) {

    /** The query for a party: its name, type, birth date, country and identifiers. */
    public static ScreeningQuery of(Party p) {
        return new ScreeningQuery(p.name(), p.type(), p.birthDate(), p.countryCode().map(List::of).orElse(List.of()),
                p.identifiers());
    }

    /** The query for a declared owner: only its name and type are known. */
    public static ScreeningQuery of(DeclaredOwner o) {
        return new ScreeningQuery(o.name(), o.type(), Optional.empty(), List.of(), List.of());
    }

    /**
     * A SHA-256 of everything screened, normalised (case, spacing, order), so that the same party data gives the same
     * fingerprint in any trade: a released false positive stays released only while it does not change.
     */
    public String fingerprint() {
        String canonical = String.join("|", name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT), type.name(),
                birthDate.map(LocalDate::toString).orElse(""),
                countries.stream().map(c -> c.toUpperCase(Locale.ROOT)).sorted().collect(Collectors.joining(",")),
                identifiers.stream().map(i -> i.type() + ":" + i.normalized()).sorted().collect(Collectors.joining(",")));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
