package io.tollgate.reporting.domain.fx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * How an amount on a day becomes an amount in a reporting currency: with rates quoted per 1 EUR,
 * {@code amount(quote) = amount(currency) × rate(quote) / rate(currency)}. Only the trade date's own rates are used:
 * a missing rate is a gap to report, never a neighbouring day's rate.
 */
public final class ConversionFactors {

    /** The stored factors' scale (DECIMAL(38,20)); computed at 34 significant digits first. */
    public static final int SCALE = 20;

    private ConversionFactors() {
    }

    /**
     * The factor from {@code currency} to {@code quote} given one day's rates per EUR (EUR itself need not be in
     * the map); empty when either rate is missing.
     */
    public static Optional<BigDecimal> factor(Map<String, BigDecimal> ratesPerEur, String currency, String quote) {
        if (currency.equals(quote)) {
            return Optional.of(BigDecimal.ONE);
        }
        Optional<BigDecimal> q = perEur(ratesPerEur, quote);
        Optional<BigDecimal> c = perEur(ratesPerEur, currency);
        if (q.isEmpty() || c.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(q.get().divide(c.get(), MathContext.DECIMAL128).setScale(SCALE, RoundingMode.HALF_EVEN));
    }

    private static Optional<BigDecimal> perEur(Map<String, BigDecimal> rates, String code) {
        return code.equals(ReferenceRates.BASE) ? Optional.of(BigDecimal.ONE) : Optional.ofNullable(rates.get(code));
    }

    /** A lookup of stored factors into one reporting currency. */
    @FunctionalInterface
    public interface Lookup {
        /** The factor for {@code currency} on {@code day}; 1 for the reporting currency itself. */
        Optional<BigDecimal> factor(LocalDate day, String currency);
    }
}
