package io.tollgate.reporting.domain.exposure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.reporting.domain.fx.Conversion;
import io.tollgate.reporting.domain.fx.Conversions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExposureTest {

    private static Exposure.Group g(String corridor, String rail, String status, long trades, String value,
                                    long withoutRate) {
        return new Exposure.Group(corridor, rail, status, trades, new BigDecimal(value), withoutRate);
    }

    private static String line(Exposure.Row r) {
        return r.dimension() + " " + r.key() + " " + r.trades() + " " + r.value() + " " + r.held() + "/" + r.blocked()
                + "/" + r.rejected() + " " + r.heldShare().map(BigDecimal::toPlainString).orElse("-") + "/"
                + r.blockedShare().map(BigDecimal::toPlainString).orElse("-") + "/"
                + r.rejectedShare().map(BigDecimal::toPlainString).orElse("-") + " " + r.tradesWithoutRate();
    }

    @Test
    void shouldBreakExposureDownByCorridorCountryRailAndProgram() {
        List<Exposure.Group> groups = List.of(
                g("AE-IR", "SWIFT", "REJECTED", 1, "1000", 0), g("AE-IR", "SWIFT", "CLEARED", 1, "3000", 0),
                g("RU-VE", "MIR", "HELD", 1, "5000", 0), g("RU-VE", "SPFS", "BLOCKED", 1, "1040", 0),
                g("VE-RU", "CIPS", "CLEARED", 1, "2000", 0), g("VE-RU", "CIPS", "HELD", 1, "0", 1));
        List<Exposure.AlertedTrade> alerted = List.of(
                new Exposure.AlertedTrade(3, "HELD", Optional.of(new BigDecimal("5000")), List.of("RUSSIA-EO14024")),
                new Exposure.AlertedTrade(4, "BLOCKED", Optional.of(new BigDecimal("1040")),
                        List.of("RUSSIA-EO14024", "UKRAINE-EO13662")));
        List<String> rows = Exposure.compute(groups, alerted, "USD").stream().map(ExposureTest::line).toList();
        assertEquals(List.of(
                "CORRIDOR RU-VE 2 6040.00 1/1/0 82.78/17.22/0.00 0",
                "CORRIDOR AE-IR 2 4000.00 0/0/1 0.00/0.00/25.00 0",
                "CORRIDOR VE-RU 2 2000.00 1/0/0 0.00/0.00/0.00 1",
                "COUNTRY RU 4 8040.00 2/1/0 62.19/12.94/0.00 1",
                "COUNTRY VE 4 8040.00 2/1/0 62.19/12.94/0.00 1",
                "COUNTRY AE 2 4000.00 0/0/1 0.00/0.00/25.00 0",
                "COUNTRY IR 2 4000.00 0/0/1 0.00/0.00/25.00 0",
                "RAIL MIR 1 5000.00 1/0/0 100.00/0.00/0.00 0",
                "RAIL SWIFT 2 4000.00 0/0/1 0.00/0.00/25.00 0",
                "RAIL CIPS 2 2000.00 1/0/0 0.00/0.00/0.00 1",
                "RAIL SPFS 1 1040.00 0/1/0 0.00/100.00/0.00 0",
                "PROGRAM RUSSIA-EO14024 2 6040.00 1/1/0 82.78/17.22/0.00 0",
                "PROGRAM UKRAINE-EO13662 1 1040.00 0/1/0 0.00/100.00/0.00 0",
                "PROGRAM (not attributed) 2 1000.00 1/0/1 0.00/0.00/100.00 1"), rows);
    }

    @Test
    void shouldCountADomesticTradeOnceUnderItsCountry() {
        assertEquals(List.of("RU"), Exposure.countries("RU-RU"));
        assertEquals(List.of("VE", "RU"), Exposure.countries("VE-RU"));
    }

    @Test
    void shouldNameAnAlertedEntityWithoutProgram() {
        List<Exposure.Row> rows = Exposure.compute(List.of(g("CN-VE", "CIPS", "HELD", 1, "10", 0)),
                List.of(new Exposure.AlertedTrade(9, "HELD", Optional.of(BigDecimal.TEN), List.of())), "USD");
        assertEquals("PROGRAM (no program stated) 1 10.00 1/0/0 100.00/0.00/0.00 0", line(rows.get(rows.size() - 1)));
    }

    @Test
    void shouldConvertEachDayWithItsOwnFactorExactlyAndCountDaysWithoutOne() {
        LocalDate mon = LocalDate.of(2025, 2, 3);
        LocalDate sat = LocalDate.of(2025, 2, 8);
        Conversions usd = (day, currency) -> currency.equals("USD") ? Optional.of(new Conversion(day, BigDecimal.ONE, "",
                "")) : day.equals(mon) ? Optional.of(new Conversion(day, new BigDecimal("0.00990476190476190476"), "CBR",
                "")) : Optional.empty();
        List<Exposure.Group> groups = Exposure.convert(List.of(
                new Exposure.DayGroup("VE-RU", "MIR", "HELD", mon, "RUB", 2, new BigDecimal("10500.0000")),
                new Exposure.DayGroup("VE-RU", "MIR", "HELD", mon, "USD", 1, new BigDecimal("10.5000")),
                new Exposure.DayGroup("VE-RU", "MIR", "HELD", sat, "RUB", 1, new BigDecimal("99.0000")),
                new Exposure.DayGroup("VE-RU", "CIPS", "CLEARED", sat, "USD", 1, new BigDecimal("7.0000"))), usd);
        assertEquals(List.of(
                new Exposure.Group("VE-RU", "MIR", "HELD", 4, new BigDecimal("114.499999999999999980000000"), 1),
                new Exposure.Group("VE-RU", "CIPS", "CLEARED", 1, new BigDecimal("7.0000"), 0)), groups);
    }
}
