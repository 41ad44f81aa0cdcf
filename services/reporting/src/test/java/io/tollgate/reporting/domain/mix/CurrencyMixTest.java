package io.tollgate.reporting.domain.mix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.reporting.domain.Period;
import io.tollgate.reporting.domain.fx.Conversion;
import io.tollgate.reporting.domain.fx.ConversionTable;
import io.tollgate.reporting.domain.fx.Conversions;
import io.tollgate.reporting.domain.fx.RatePolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CurrencyMixTest {

    private static final LocalDate AUG = LocalDate.of(2026, 8, 10);
    private static final LocalDate SEP = LocalDate.of(2026, 9, 14);
    private static final LocalDate OCT = LocalDate.of(2026, 10, 12);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 10, 17);

    // USD per EUR 1.25, RUB 100, VES 50 on every day with rates; no rate on the Saturday
    private static final Conversions FACTORS = (day, currency) -> {
        if (currency.equals("USD")) {
            return Optional.of(new Conversion(day, BigDecimal.ONE, "", ""));
        }
        if (day.equals(SATURDAY)) {
            return Optional.empty();
        }
        return Optional.ofNullable(Map.of("RUB", new BigDecimal("0.0125"), "VES", new BigDecimal("0.025"))
                .get(currency)).map(f -> new Conversion(day, f, "ECB", "EUR"));
    };

    private static CurrencyMix.DailyTotal t(LocalDate day, String currency, long trades, String amount) {
        return new CurrencyMix.DailyTotal(day, currency, trades, new BigDecimal(amount));
    }

    private static final List<CurrencyMix.DailyTotal> VE_RU = List.of(
            t(AUG, "USD", 2, "8000"), t(AUG, "RUB", 1, "160000"),
            t(SEP, "USD", 1, "5000"), t(SEP, "RUB", 1, "400000"),
            t(OCT, "USD", 1, "2000"), t(OCT, "VES", 1, "320000"), t(SATURDAY, "RUB", 1, "50000"));

    @Test
    void shouldShowTheDollarShareFallingFromEightyToTwentyPercent() {
        List<CurrencyMix.Row> rows = CurrencyMix.compute(VE_RU, Period.MONTH, "USD", FACTORS);
        assertEquals(List.of("2026-08 USD 8000.00 80.00", "2026-08 RUB 2000.00 20.00",
                "2026-09 RUB 5000.00 50.00", "2026-09 USD 5000.00 50.00",
                "2026-10 VES 8000.00 80.00", "2026-10 USD 2000.00 20.00", "2026-10 RUB 0.00 0.00"),
                rows.stream().map(r -> r.period() + " " + r.currency() + " " + r.value() + " "
                        + r.sharePercent().orElseThrow()).toList());
    }

    @Test
    void shouldListTradesWithoutARateInsteadOfGuessingOne() {
        CurrencyMix.Row rub = CurrencyMix.compute(VE_RU, Period.MONTH, "USD", FACTORS).get(6);
        assertEquals(1, rub.tradesWithoutRate());
        assertEquals(new BigDecimal("50000.00"), rub.amountWithoutRate());
        assertEquals(List.of(SATURDAY), rub.datesWithoutRate());
        assertEquals("2026-10,RUB,1,50000.00,USD,0.00,0.00,1,50000.00,2026-10-17,,trade-date\r\n",
                CurrencyMix.table(List.of(rub), "trade-date").toCsv().split("\r\n", 2)[1]);
    }

    @Test
    void shouldBucketByQuarter() {
        List<CurrencyMix.Row> rows = CurrencyMix.compute(VE_RU, Period.QUARTER, "USD", FACTORS);
        assertEquals("2026-Q3 USD 13000.00 65.00", rows.get(0).period() + " " + rows.get(0).currency() + " "
                + rows.get(0).value() + " " + rows.get(0).sharePercent().orElseThrow());
        assertEquals("2026-Q3 RUB 35.00", rows.get(1).period() + " " + rows.get(1).currency() + " "
                + rows.get(1).sharePercent().orElseThrow());
    }

    @Test
    void shouldConvertAWeekendTradeWithFridaysRateOnlyUnderLastPublished() {
        LocalDate friday = SATURDAY.minusDays(1);
        Map<LocalDate, Map<String, Conversion>> rates = Map.of(friday, Map.of("RUB",
                new Conversion(friday, new BigDecimal("0.0125"), "CBR", "")));
        List<CurrencyMix.DailyTotal> weekend = List.of(t(SATURDAY, "RUB", 1, "50000"),
                t(SATURDAY.plusDays(1), "RUB", 1, "40000"));

        ConversionTable strict = new ConversionTable("USD", rates, RatePolicy.tradeDate());
        CurrencyMix.Row unconverted = CurrencyMix.compute(weekend, Period.MONTH, "USD", strict).get(0);
        assertEquals(2, unconverted.tradesWithoutRate());
        assertEquals(new BigDecimal("0.00"), unconverted.value());
        assertEquals(List.of(), strict.used());

        ConversionTable lenient = new ConversionTable("USD", rates, RatePolicy.lastPublished(4));
        CurrencyMix.Row converted = CurrencyMix.compute(weekend, Period.MONTH, "USD", lenient).get(0);
        assertEquals(0, converted.tradesWithoutRate());
        assertEquals(new BigDecimal("1125.00"), converted.value());
        assertEquals(List.of("2026-10-17:2026-10-16", "2026-10-18:2026-10-16"), converted.earlierRateDates());
        assertEquals("RUB>USD=CBR", lenient.used().get(0).text());
        assertEquals(2, lenient.used().get(0).tradeDatesOnEarlierRate());

        // a rate older than the maximum age is no rate
        ConversionTable young = new ConversionTable("USD", rates, RatePolicy.lastPublished(1));
        assertEquals(1, CurrencyMix.compute(weekend, Period.MONTH, "USD", young).get(0).tradesWithoutRate());
    }
}
