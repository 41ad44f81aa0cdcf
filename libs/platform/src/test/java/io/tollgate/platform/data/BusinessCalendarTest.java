package io.tollgate.platform.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private final BusinessCalendar calendar = BusinessCalendar.of(TsvTable.resource("data/holidays-test.tsv",
            TsvTable.Layout.HEADER));

    @Test
    void shouldSkipWeekendsAndHolidays() {
        // Friday 2026-11-20 + 10 business days: Thanksgiving (Thursday 26th) does not count
        assertEquals(Optional.of(LocalDate.of(2026, 12, 7)), calendar.plusBusinessDays(LocalDate.of(2026, 11, 20), 10));
        assertEquals(Optional.of(false), calendar.isBusinessDay(LocalDate.of(2026, 11, 26)));
        assertEquals(Optional.of(false), calendar.isBusinessDay(LocalDate.of(2026, 11, 28)));
        assertEquals(Optional.of(true), calendar.isBusinessDay(LocalDate.of(2026, 11, 27)));
        assertEquals("2026-12-01.1", calendar.version());
    }

    @Test
    void shouldCountDownToADueDayAndUpOnceItPassed() {
        assertEquals(Optional.of(10L), calendar.businessDaysBetween(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 7)));
        assertEquals(Optional.of(-10L), calendar.businessDaysBetween(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 11, 20)));
    }

    @Test
    void shouldAnswerNothingOutsideTheYearsTheTableCovers() {
        assertEquals("2026-2027", calendar.coverage());
        assertEquals(Optional.empty(), calendar.isBusinessDay(LocalDate.of(2028, 1, 3)));
        assertEquals(Optional.empty(), calendar.plusBusinessDays(LocalDate.of(2027, 12, 27), 10));
        assertEquals(Optional.empty(), calendar.businessDaysBetween(LocalDate.of(2027, 12, 20), LocalDate.of(2028, 1, 5)));
    }
}
