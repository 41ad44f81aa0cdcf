package io.tollgate.reporting.domain.fx;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How an amount in one currency becomes an amount in a reporting currency with the rates of one day:
 * {@code amount × factor}.
 *
 * @param rateDate the day whose rates were used
 * @param sources who published those rates, in route order from the currency to the reporting currency, e.g.
 *                {@code CBR} or {@code ECB}; several when the route combines sources ({@code GENERATED-DEMO,ECB})
 * @param via the currencies the route passes through, e.g. {@code EUR} for a yuan converted to dollars with the ECB's
 *            rates of both against the euro; empty for a direct rate
 */
public record Conversion(LocalDate rateDate, BigDecimal factor, String sources, String via) {

    /** How the stamp names the route: {@code CBR} or {@code ECB via EUR}. */
    public String route() {
        return via.isEmpty() ? sources : sources + " via " + via;
    }
}
