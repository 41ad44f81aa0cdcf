package io.tollgate.reporting.domain.fx;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** What every layout requires of a rate and of the codes around it; rates are stored as DECIMAL(30,14). */
final class RateValues {

    static final int MAX_SCALE = 14;
    static final int MAX_INTEGER_DIGITS = 16;
    static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    static final Pattern SOURCE = Pattern.compile("[A-Z][A-Z0-9-]{1,31}");
    /** The most problems one refusal lists. */
    static final int MAX_REPORTED = 20;

    private RateValues() {
    }

    /** Why {@code rate} cannot be stored, if it cannot: not positive, or too many digits. */
    static Optional<String> problem(BigDecimal rate, String asWritten) {
        if (rate.signum() <= 0) {
            return Optional.of("a rate must be positive, not " + asWritten);
        }
        BigDecimal plain = rate.stripTrailingZeros();
        if (plain.scale() > MAX_SCALE || plain.precision() - plain.scale() > MAX_INTEGER_DIGITS) {
            return Optional.of(asWritten + " has more than " + MAX_SCALE + " decimals or " + MAX_INTEGER_DIGITS
                    + " integer digits");
        }
        return Optional.empty();
    }
}
