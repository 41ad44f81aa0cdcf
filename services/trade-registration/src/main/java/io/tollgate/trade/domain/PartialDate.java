package io.tollgate.trade.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, as clerks and
 * sanctions lists often know a birth date. It is kept and passed to the screening service exactly as given (the
 * screening API takes the same three forms); the screening service decides how a partial date compares with a listed
 * one. This is trade registration's own type, not a shared one: each service owns its model, and what a date known
 * only to the year means for a match is the matcher's business, not this service's.
 *
 * @param month 1–12, or 0 when only the year is known
 * @param day 1–31, or 0 when only the year or the month is known
 */
public record PartialDate(int year, int month, int day) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (month == 0 && day != 0) {
            throw new IllegalArgumentException("a day without a month");
        }
        try {
            if (day != 0) {
                LocalDate.of(year, month, day);
            } else if (month != 0) {
                YearMonth.of(year, month);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a date: " + e.getMessage(), e);
        }
        if (year < 1000) {
            throw new IllegalArgumentException("not a year of four digits: " + year);
        }
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty for anything else or a day that does not exist. */
    public static Optional<PartialDate> parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PartialDate(Integer.parseInt(m.group(1)),
                    m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A full date. */
    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}: what was given (a full date prints as a LocalDate does). */
    @Override
    public String toString() {
        if (month == 0) {
            return String.format("%04d", year);
        }
        return day == 0 ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
    }
}
