package io.tollgate.reporting.domain.fx;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One published rate: on {@code date}, according to {@code source}, one unit of {@code base} is worth {@code rate}
 * units of {@code quote}. The ECB publishes its rates with base EUR (USD 1.0765: one euro buys 1.0765 dollars), the
 * Bank of Russia with quote RUB (USD 73.6059: one dollar is 73.6059 roubles).
 *
 * @param source who published it, upper case (ECB, CBR, BCV, …)
 */
public record RateQuote(LocalDate date, String source, String base, String quote, BigDecimal rate) {

    /** The key a stored rate is unique by: a source quotes a pair once a day. */
    public record Key(LocalDate date, String source, String base, String quote) {
    }

    public Key key() {
        return new Key(date, source, base, quote);
    }

    /** The key of the same pair quoted the other way round. */
    public Key inverseKey() {
        return new Key(date, source, quote, base);
    }
}
