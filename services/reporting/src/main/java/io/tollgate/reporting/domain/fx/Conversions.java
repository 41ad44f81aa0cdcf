package io.tollgate.reporting.domain.fx;

import java.time.LocalDate;
import java.util.Optional;

/** How an amount in a currency traded on a day converts into one reporting currency, if it can. */
@FunctionalInterface
public interface Conversions {

    /** The conversion for a trade date and currency (factor 1 for the reporting currency itself). */
    Optional<Conversion> find(LocalDate tradeDate, String currency);
}
