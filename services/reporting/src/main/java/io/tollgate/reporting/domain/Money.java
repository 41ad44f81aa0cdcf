package io.tollgate.reporting.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/** How reports round: values in the reporting currency to cents, shares to hundredths of a percent (half-even). */
public final class Money {

    private Money() {
    }

    /** A value in the reporting currency as shown: two decimals. */
    public static BigDecimal value(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** An amount in its own currency as shown: its exact digits, at least two decimals. */
    public static BigDecimal amount(BigDecimal a) {
        return a.setScale(Math.max(2, a.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY);
    }

    /** {@code part / whole} in percent with two decimals; empty when the whole is zero. */
    public static Optional<BigDecimal> percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(part.multiply(BigDecimal.valueOf(100)).divide(whole, MathContext.DECIMAL128)
                .setScale(2, RoundingMode.HALF_EVEN));
    }

    /** {@code part / whole} in percent for counts. */
    public static Optional<BigDecimal> percent(long part, long whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }
}
