package io.tollgate.reporting.domain.fx;

import java.time.LocalDate;

/**
 * Part of a report's stamp: a currency the report converted, how (the sources and the currencies the route passed
 * through), with the rates of which days, for how many trade dates — of which how many took an earlier day's rate.
 */
public record RateSourceUsed(String currency, String reportingCurrency, String sources, String via,
                             LocalDate firstRateDate, LocalDate lastRateDate, int tradeDates,
                             int tradeDatesOnEarlierRate) {

    /** {@code RUB>USD=CBR} or {@code CNY>USD=ECB via EUR}, as the CSV header lists them. */
    public String text() {
        return currency + ">" + reportingCurrency + "=" + sources + (via.isEmpty() ? "" : " via " + via);
    }
}
