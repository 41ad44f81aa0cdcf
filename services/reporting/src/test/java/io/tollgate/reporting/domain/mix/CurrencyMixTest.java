package io.tollgate.reporting.domain.mix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.reporting.domain.Period;
import io.tollgate.reporting.domain.fx.ConversionFactors;
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
    private static final ConversionFactors.Lookup FACTORS = (day, currency) -> {
        if (currency.equals("USD")) {
            return Optional.of(BigDecimal.ONE);
        }
        if (day.equals(SATURDAY)) {
            return Optional.empty();
        }
        return Optional.ofNullable(Map.of("RUB", new BigDecimal("0.0125"), "VES", new BigDecimal("0.025"))
                .get(currency));
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
        assertEquals("2026-10,RUB,1,50000.00,USD,0.00,0.00,1,50000.00,2026-10-17\r\n",
                CurrencyMix.table(List.of(rub)).toCsv().split("\r\n", 2)[1]);
    }

    @Test
    void shouldBucketByQuarter() {
        List<CurrencyMix.Row> rows = CurrencyMix.compute(VE_RU, Period.QUARTER, "USD", FACTORS);
        assertEquals("2026-Q3 USD 13000.00 65.00", rows.get(0).period() + " " + rows.get(0).currency() + " "
                + rows.get(0).value() + " " + rows.get(0).sharePercent().orElseThrow());
        assertEquals("2026-Q3 RUB 35.00", rows.get(1).period() + " " + rows.get(1).currency() + " "
                + rows.get(1).sharePercent().orElseThrow());
    }
}
