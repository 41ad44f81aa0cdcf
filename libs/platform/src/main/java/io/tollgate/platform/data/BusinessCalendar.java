package io.tollgate.platform.data;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Business days: no Saturdays, no Sundays, none of a holiday table's days. It knows only the years its table covers
 * (from the first to the last year with a holiday in it): every answer that would need a day outside them is empty, so
 * a count never silently skips a year's holidays. What that means is the caller's: trade registration refuses to set a
 * deadline it cannot compute, reporting shows an empty countdown.
 */
public final class BusinessCalendar {

    private final Set<LocalDate> holidays;
    private final int firstYear;
    private final int lastYear;
    private final String version;

    private BusinessCalendar(Set<LocalDate> holidays, String version) {
        this.holidays = Set.copyOf(holidays);
        this.version = version;
        this.firstYear = holidays.stream().mapToInt(LocalDate::getYear).min().orElse(Integer.MAX_VALUE);
        this.lastYear = holidays.stream().mapToInt(LocalDate::getYear).max().orElse(Integer.MIN_VALUE);
    }

    /** A calendar from a holiday table with a {@code date} column (YYYY-MM-DD). */
    public static BusinessCalendar of(TsvTable holidays) {
        return new BusinessCalendar(holidays.column("date").stream().map(LocalDate::parse)
                .collect(Collectors.toUnmodifiableSet()), holidays.version().orElse(""));
    }

    /** The holiday table's version ({@code ""} if it has none). */
    public String version() {
        return version;
    }

    /** The first and last year the table covers, e.g. {@code 2024-2030}. */
    public String coverage() {
        return firstYear + "-" + lastYear;
    }

    /** Whether the table covers the day's year. */
    public boolean covers(LocalDate day) {
        return day.getYear() >= firstYear && day.getYear() <= lastYear;
    }

    /** Whether offices are open that day; empty outside the years the table covers. */
    public Optional<Boolean> isBusinessDay(LocalDate day) {
        if (!covers(day)) {
            return Optional.empty();
        }
        return Optional.of(day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day));
    }

    /**
     * The day {@code n} business days after {@code start} (the start day itself does not count); empty when a day
     * on the way lies outside the table.
     */
    public Optional<LocalDate> plusBusinessDays(LocalDate start, int n) {
        LocalDate day = start;
        int left = n;
        while (left > 0) {
            day = day.plusDays(1);
            Optional<Boolean> open = isBusinessDay(day);
            if (open.isEmpty()) {
                return Optional.empty();
            }
            if (open.get()) {
                left--;
            }
        }
        return Optional.of(day);
    }

    /**
     * Business days from {@code today} to {@code due}: the business days after today up to and including the due day,
     * or, once the due day has passed, minus the business days after it up to and including today. Empty when a day
     * in between lies outside the table.
     */
    public Optional<Long> businessDaysBetween(LocalDate today, LocalDate due) {
        boolean overdue = due.isBefore(today);
        LocalDate start = overdue ? due : today;
        LocalDate end = overdue ? today : due;
        long n = 0;
        for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
            Optional<Boolean> open = isBusinessDay(d);
            if (open.isEmpty()) {
                return Optional.empty();
            }
            if (open.get()) {
                n++;
            }
        }
        return Optional.of(overdue ? -n : n);
    }
}
