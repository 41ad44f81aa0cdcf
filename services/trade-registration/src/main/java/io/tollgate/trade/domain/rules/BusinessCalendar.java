package io.tollgate.trade.domain.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** US federal business days (no weekends, no observed federal holidays), for OFAC report deadlines. */
public final class BusinessCalendar {

    private final Set<LocalDate> holidays;
    private final int firstYear;
    private final int lastYear;
    private final String version;

    private BusinessCalendar(Set<LocalDate> holidays, String version) {
        this.holidays = holidays;
        this.version = version;
        TreeSet<Integer> years = holidays.stream().map(LocalDate::getYear).collect(Collectors.toCollection(TreeSet::new));
        this.firstYear = years.isEmpty() ? Integer.MAX_VALUE : years.first();
        this.lastYear = years.isEmpty() ? Integer.MIN_VALUE : years.last();
    }

    /** The calendar of {@code rules/us-federal-holidays.tsv}. */
    public static BusinessCalendar usFederal() {
        return of(TsvTable.resource("us-federal-holidays.tsv"));
    }

    /** A calendar from a holiday table with a {@code date} column. */
    public static BusinessCalendar of(TsvTable table) {
        return new BusinessCalendar(table.rows().stream().map(r -> r.get("date")).map(LocalDate::parse)
                .collect(Collectors.toUnmodifiableSet()), table.version());
    }

    /** The holiday table's version. */
    public String version() {
        return version;
    }

    /** Whether federal offices are open that day. */
    public boolean isBusinessDay(LocalDate day) {
        requireCovered(day);
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** The day {@code n} business days after {@code start} (the start day itself does not count). */
    public LocalDate plusBusinessDays(LocalDate start, int n) {
        LocalDate day = start;
        int left = n;
        while (left > 0) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                left--;
            }
        }
        return day;
    }

    // A deadline computed past the table's last year would silently ignore that year's holidays.
    private void requireCovered(LocalDate day) {
        if (day.getYear() < firstYear || day.getYear() > lastYear) {
            throw new IllegalStateException("the US holiday table covers " + firstYear + "-" + lastYear
                    + ", not " + day + ": add that year to rules/us-federal-holidays.tsv");
        }
    }
}
