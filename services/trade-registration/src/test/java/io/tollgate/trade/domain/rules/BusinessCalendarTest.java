package io.tollgate.trade.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.platform.data.BusinessCalendar;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The US federal holidays of rules/us-federal-holidays.tsv, as OFAC report deadlines count them. */
class BusinessCalendarTest {

    private final BusinessCalendar calendar = RuleBook.usFederalCalendar();

    @Test
    void shouldCountTenBusinessDaysAcrossTwoWeekends() {
        // Monday 2026-03-02 + 10 business days, no holidays in between
        assertEquals(Optional.of(LocalDate.of(2026, 3, 16)), calendar.plusBusinessDays(LocalDate.of(2026, 3, 2), 10));
    }

    @Test
    void shouldSkipThanksgivingAndChristmasObserved() {
        // Friday 2026-11-20: Thanksgiving 2026-11-26 is skipped
        assertEquals(Optional.of(LocalDate.of(2026, 12, 7)), calendar.plusBusinessDays(LocalDate.of(2026, 11, 20), 10));
        // Christmas 2027 falls on a Saturday and is observed on Friday 2027-12-24; New Year 2028 on Friday 2027-12-31
        assertEquals(Optional.of(false), calendar.isBusinessDay(LocalDate.of(2027, 12, 24)));
        assertEquals(Optional.of(false), calendar.isBusinessDay(LocalDate.of(2027, 12, 31)));
        assertEquals(Optional.of(LocalDate.of(2028, 1, 6)), calendar.plusBusinessDays(LocalDate.of(2027, 12, 21), 10));
    }

    @Test
    void shouldObserveASundayHolidayOnTheMonday() {
        // Independence Day 2027 is a Sunday: observed Monday 2027-07-05
        assertEquals(Optional.of(false), calendar.isBusinessDay(LocalDate.of(2027, 7, 5)));
        assertEquals(Optional.of(true), calendar.isBusinessDay(LocalDate.of(2027, 7, 6)));
    }

    @Test
    void shouldStartCountingTheDayAfterAWeekendDecision() {
        // decided on Saturday 2026-11-28: the first business day is Monday 2026-11-30
        assertEquals(Optional.of(LocalDate.of(2026, 11, 30)), calendar.plusBusinessDays(LocalDate.of(2026, 11, 28), 1));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 11)), calendar.plusBusinessDays(LocalDate.of(2026, 11, 28), 10));
    }

    @Test
    void shouldGiveNoDateBeyondTheHolidayTable() {
        // TradeDeciderTest: the decider refuses such a deadline, naming the table to extend
        assertEquals(Optional.empty(), calendar.plusBusinessDays(LocalDate.of(2040, 1, 2), 10));
        assertEquals("2026-11-28.1", calendar.version());
    }
}
