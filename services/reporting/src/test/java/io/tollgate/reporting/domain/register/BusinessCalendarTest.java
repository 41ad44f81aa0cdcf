package io.tollgate.reporting.domain.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.platform.data.BusinessCalendar;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private static final BusinessCalendar US = Register.usFederalCalendar();
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);
    private static final LocalDate DUE = LocalDate.of(2026, 12, 7);

    @Test
    void shouldCountTenBusinessDaysFromAFridayAcrossThanksgiving() {
        // trade-registration sets the OFAC report due 10 business days after the decision day: Thanksgiving
        // (Thursday 26 November 2026) does not count, so a blocking on Friday 20 November is due Monday 7 December
        assertEquals(Optional.of(false), US.isBusinessDay(LocalDate.of(2026, 11, 26)));
        assertEquals(Optional.of(10L), US.businessDaysBetween(FRIDAY, DUE));
        assertEquals(Optional.of(9L), US.businessDaysBetween(FRIDAY, DUE.minusDays(3)));
    }

    @Test
    void shouldCountDownAndThenUpWhenOverdue() {
        Register.Entry blocked = entry(1, "BLOCKED", DUE);
        Register.Entry rejected = entry(2, "REJECTED", LocalDate.of(2026, 11, 16));
        Register.Entry held = entry(3, "HELD", null);
        List<Register.Row> rows = Register.compute(List.of(held, blocked, rejected), LocalDate.of(2026, 11, 25), US,
                (day, currency) -> Optional.empty());
        assertEquals(List.of(2L, 1L, 3L), rows.stream().map(r -> r.entry().tradeId()).toList());
        assertEquals(Optional.of(-9L), rows.get(0).daysLeft());
        assertEquals(Optional.of(-7L), rows.get(0).businessDaysLeft());
        assertTrue(rows.get(0).overdue());
        assertEquals(Optional.of(12L), rows.get(1).daysLeft());
        assertEquals(Optional.of(7L), rows.get(1).businessDaysLeft());
        assertFalse(rows.get(1).overdue());
        assertEquals(Optional.empty(), rows.get(2).daysLeft());
        assertFalse(rows.get(2).overdue());
    }

    @Test
    void shouldNotCountThroughYearsTheHolidayTableDoesNotCover() {
        assertEquals(Optional.empty(), US.businessDaysBetween(LocalDate.of(2031, 12, 20), LocalDate.of(2032, 1, 5)));
    }

    @Test
    void shouldUseTheSameHolidaysAsTradeRegistration() throws IOException {
        Path trade = Path.of("").toAbsolutePath().getParent()
                .resolve("trade-registration/src/main/resources/rules/us-federal-holidays.tsv");
        Path ours = Path.of("src/main/resources/calendar/us-federal-holidays.tsv");
        assertEquals(dates(trade), dates(ours), "reporting's holiday table drifted from trade-registration's");
    }

    private static List<String> dates(Path table) throws IOException {
        return Files.readAllLines(table).stream().filter(l -> !l.startsWith("#") && !l.isBlank()).collect(Collectors.toList());
    }

    private static Register.Entry entry(long id, String status, LocalDate due) {
        return new Register.Entry(id, "R" + id, status, "KP-SY", LocalDate.of(2026, 11, 2), "USD", BigDecimal.TEN,
                "SWIFT", Instant.parse("2026-11-02T10:00:00Z"), Optional.ofNullable(due), List.of());
    }
}
