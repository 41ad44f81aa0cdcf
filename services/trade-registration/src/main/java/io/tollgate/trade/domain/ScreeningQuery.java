package io.tollgate.trade.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One name (with what else is known about it) to screen against the lists. */
public record ScreeningQuery(String name, PartyType type, Optional<LocalDate> birthDate, List<String> countries,
                             List<PartyIdentifier> identifiers) {
}
