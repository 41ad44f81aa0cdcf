package io.tollgate.reporting.domain.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConversionRoutesTest {

    private static final LocalDate DAY = LocalDate.of(2022, 3, 15);
    private static final List<String> PREFERRED = List.of("ECB", "CBR");

    // the ECB's and the Bank of Russia's published rates of 15 March 2022 (the CBR's INR is per 10 rupees: 15,0926)
    private static final List<RateQuote> ECB = List.of(q("ECB", "EUR", "USD", "1.0991"), q("ECB", "EUR", "CNY", "7.0117"),
            q("ECB", "EUR", "INR", "83.9555"));
    private static final List<RateQuote> CBR = List.of(q("CBR", "USD", "RUB", "115.1963"), q("CBR", "EUR", "RUB", "127.2343"),
            q("CBR", "CNY", "RUB", "18.2218"), q("CBR", "INR", "RUB", "1.50926"));

    private static RateQuote q(String source, String base, String quote, String rate) {
        return new RateQuote(DAY, source, base, quote, new BigDecimal(rate));
    }

    private static List<RateQuote> all(List<RateQuote> a, List<RateQuote> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static BigDecimal inverse(String rate) {
        return BigDecimal.ONE.divide(new BigDecimal(rate), MathContext.DECIMAL128);
    }

    @Test
    void shouldConvertRoublesWithTheBankOfRussiasOwnDollarRate() {
        Map<String, Conversion> usd = ConversionRoutes.into("USD", DAY, all(ECB, CBR), PREFERRED);
        Conversion rub = usd.get("RUB");
        assertEquals("CBR", rub.route());
        assertEquals(inverse("115.1963").setScale(20, java.math.RoundingMode.HALF_EVEN), rub.factor());
        assertEquals(DAY, rub.rateDate());
    }

    @Test
    void shouldCombineSourcesThroughTheCurrenciesTheyShare() {
        Map<String, Conversion> usd = ConversionRoutes.into("USD", DAY, all(ECB, CBR), PREFERRED);
        // the yuan: two routes of two rates (ECB via EUR, CBR via RUB); the preferred source's is taken
        assertEquals("ECB via EUR", usd.get("CNY").route());
        assertEquals(new BigDecimal("1.0991").divide(new BigDecimal("7.0117"), MathContext.DECIMAL128)
                .setScale(20, java.math.RoundingMode.HALF_EVEN), usd.get("CNY").factor());
        assertEquals("ECB", usd.get("EUR").route());
        assertEquals(new BigDecimal("1.09910000000000000000"), usd.get("EUR").factor());

        // preferring the Bank of Russia takes its route instead
        assertEquals("CBR via RUB", ConversionRoutes.into("USD", DAY, all(ECB, CBR), List.of("CBR", "ECB"))
                .get("CNY").route());

        // a bolívar rate against the dollar reaches the euro through the ECB's dollar
        List<RateQuote> withVes = all(all(ECB, CBR), List.of(q("BCV", "USD", "VES", "4.3")));
        Conversion ves = ConversionRoutes.into("EUR", DAY, withVes, PREFERRED).get("VES");
        assertEquals("BCV,ECB via USD", ves.route());
        assertEquals(inverse("4.3").multiply(inverse("1.0991"), MathContext.DECIMAL128)
                .setScale(20, java.math.RoundingMode.HALF_EVEN), ves.factor());
    }

    @Test
    void shouldLeaveACurrencyWithoutAnyRouteUnconverted() {
        Map<String, Conversion> usd = ConversionRoutes.into("USD", DAY, CBR, PREFERRED);
        assertEquals("CBR via RUB", usd.get("CNY").route());
        assertFalse(ConversionRoutes.into("USD", DAY, ECB, PREFERRED).containsKey("RUB"));
        assertFalse(ConversionRoutes.into("USD", DAY.plusDays(1), ECB, PREFERRED).containsKey("EUR"),
                "another day's rates are not this day's");
    }
}
