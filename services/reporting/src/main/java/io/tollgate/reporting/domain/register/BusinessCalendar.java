package io.tollgate.reporting.domain.register;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** US federal business days (no weekends, no observed federal holidays), to count down OFAC report deadlines. */
public final class BusinessCalendar {

    private final Set<LocalDate> holidays;
    private final int firstYear;
    private final int lastYear;

    BusinessCalendar(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
        this.firstYear = holidays.stream().mapToInt(LocalDate::getYear).min().orElse(Integer.MAX_VALUE);
        this.lastYear = holidays.stream().mapToInt(LocalDate::getYear).max().orElse(Integer.MIN_VALUE);
    }

    /** The calendar of {@code calendar/us-federal-holidays.tsv}. */
    public static BusinessCalendar usFederal() {
        try (InputStream in = BusinessCalendar.class.getClassLoader()
                .getResourceAsStream("calendar/us-federal-holidays.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing calendar/us-federal-holidays.tsv");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A calendar from a tab-separated holiday table ({@code #} comments, a header, then {@code date<TAB>name}). */
    public static BusinessCalendar parse(String table) {
        Set<LocalDate> days = new HashSet<>();
        boolean header = true;
        for (String line : table.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            days.add(LocalDate.parse(line.split("\t", 2)[0].trim()));
        }
        return new BusinessCalendar(days);
    }

    /** Whether federal offices are open that day; empty outside the years the table covers. */
    public Optional<Boolean> isBusinessDay(LocalDate day) {
        if (day.getYear() < firstYear || day.getYear() > lastYear) {
            return Optional.empty();
        }
        return Optional.of(day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day));
    }

    /**
     * Business days from {@code today} to {@code due}: the business days after today up to and including the due day,
     * or, once the due day has passed, minus the business days after it up to and including today. Empty when a day
     * in between lies outside the table (a count that silently skipped a year's holidays would be wrong).
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
