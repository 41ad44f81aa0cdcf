package io.tollgate.reporting.domain.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.reporting.domain.InvalidInputException;
import io.tollgate.reporting.domain.Violation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferenceRatesTest {

    // the head of the ECB's eurofxref-hist.csv as published: trailing commas, N/A for currencies not quoted that day
    private static final String ECB_HISTORY = """
            Date,USD,JPY,BGN,CYP,CZK,DKK,RUB,
            2024-05-03,1.0765,164.69,1.9558,N/A,25.098,7.4589,N/A,
            2024-05-02,1.0706,165.43,1.9558,N/A,25.179,7.4590,N/A,
            """;

    // the daily eurofxref.csv: spaces after the commas and a long date
    private static final String ECB_DAILY = """
            Date, USD, JPY, BGN, CZK,\s
            03 May 2024, 1.0765, 164.69, 1.9558, 25.098,\s
            """;

    private static ReferenceRates parse(String text) {
        return ReferenceRates.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldReadTheEcbHistoryLayoutSkippingNotAvailableRates() {
        ReferenceRates rates = parse(ECB_HISTORY);
        assertEquals(2, rates.byDate().size());
        Map<String, BigDecimal> day = rates.byDate().get(LocalDate.of(2024, 5, 3));
        assertEquals(0, new BigDecimal("1.0765").compareTo(day.get("USD")));
        assertEquals(0, new BigDecimal("164.69").compareTo(day.get("JPY")));
        assertTrue(!day.containsKey("CYP") && !day.containsKey("RUB"), day.toString());
        assertEquals(List.of("BGN", "CZK", "DKK", "JPY", "USD"), rates.currencies());
        assertEquals(10, rates.rateCount());
    }

    @Test
    void shouldReadTheEcbDailyLayoutWithItsLongDate() {
        ReferenceRates rates = parse(ECB_DAILY);
        assertEquals(0, new BigDecimal("25.098").compareTo(rates.byDate().get(LocalDate.of(2024, 5, 3)).get("CZK")));
    }

    @Test
    void shouldRefuseAWholeFileNamingEveryBadLine() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse("""
                Date,USD,RUB
                2026-09-01,1.1650,95.12
                2026-09-02,1.1660,ninety
                2026-09-31,1.1670,95.30
                2026-09-01,1.1650,95.12
                2026-09-04,-1,95.40
                """));
        List<String> fields = e.violations().stream().map(Violation::field).toList();
        assertEquals(List.of("line 3, RUB", "line 4", "line 5", "line 6, USD"), fields);
        assertTrue(e.violations().get(2).message().contains("appears twice"), e.violations().toString());
    }

    @Test
    void shouldRefuseAHeaderThatIsNotTheEcbLayout() {
        assertEquals("line 1", assertThrows(InvalidInputException.class,
                () -> parse("Day,USD\n2026-09-01,1.1\n")).violations().get(0).field());
        assertTrue(assertThrows(InvalidInputException.class, () -> parse("Date,USD,EUR\n2026-09-01,1.1,1\n"))
                .violations().get(0).message().contains("per 1 EUR"));
        assertTrue(assertThrows(InvalidInputException.class, () -> parse("Date,USD,Dollar\n2026-09-01,1.1,1\n"))
                .violations().get(0).message().contains("ISO 4217"));
        assertTrue(assertThrows(InvalidInputException.class, () -> parse(""))
                .violations().get(0).message().contains("empty"));
        assertTrue(assertThrows(InvalidInputException.class, () -> parse("Date,USD\n2026-09-01,N/A\n"))
                .violations().get(0).message().contains("no rate"));
    }
}
