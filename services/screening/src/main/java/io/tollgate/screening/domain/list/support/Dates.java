package io.tollgate.screening.domain.list.support;

import io.tollgate.screening.domain.list.BirthDate;
import io.tollgate.screening.domain.list.PartialDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the date spellings lists use into {@link PartialDate}s; unreadable text gives empty, never an exception. */
public final class Dates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    // dd/mm/yyyy with "dd"/"mm" (or 00) standing for an unknown day or month, as the UK list writes them
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2}|dd|DD)[/.-](\\d{1,2}|mm|MM)[/.-](\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern NAMED_MONTH = Pattern.compile("(?:(\\d{1,2})\\s+)?([A-Za-z]{3,})\\.?,?\\s+(\\d{4})");
    private static final Pattern BETWEEN_MONTHS =
            Pattern.compile("(?i)between\\s+([A-Za-z]{3,})\\.?\\s+and\\s+([A-Za-z]{3,})\\.?\\s+(\\d{4})");
    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})\\s*(?:to|-|–)\\s*(\\d{4})");
    private static final Pattern CIRCA = Pattern.compile("(?i)(?:circa|ca\\.?|c\\.|approx(?:imately)?\\.?|about)\\s*(.+)");

    private Dates() {
    }

    /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    public static Optional<PartialDate> iso(String text) {
        Matcher m = ISO.matcher(trim(text));
        return m.matches() ? of(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    /** {@code dd/mm/yyyy} (also with {@code .} or {@code -}); {@code dd}, {@code mm} or {@code 00} mean unknown. */
    public static Optional<PartialDate> dayMonthYear(String text) {
        Matcher m = DAY_MONTH_YEAR.matcher(trim(text));
        return m.matches() ? of(m.group(3), m.group(2), m.group(1)) : Optional.empty();
    }

    /** The US {@code MM/dd/yyyy}. */
    public static Optional<PartialDate> monthDayYear(String text) {
        Matcher m = MONTH_DAY_YEAR.matcher(trim(text));
        return m.matches() ? of(m.group(3), m.group(1), m.group(2)) : Optional.empty();
    }

    /** English month names: {@code Nov. 1973}, {@code August 1961}, {@code 12 Jan 1970}. */
    public static Optional<PartialDate> namedMonth(String text) {
        Matcher m = NAMED_MONTH.matcher(trim(text));
        if (!m.matches()) {
            return Optional.empty();
        }
        return month(m.group(2)).flatMap(month -> of(m.group(3), String.valueOf(month), m.group(1)));
    }

    /**
     * A free-text date of birth: any form above, a year range ({@code 1960 to 1962}), {@code Between Aug. and
     * Sep. 1977}, each possibly marked {@code circa}/{@code approximately}.
     */
    public static Optional<BirthDate> birthDate(String text) {
        String t = trim(text);
        Matcher circa = CIRCA.matcher(t);
        if (circa.matches()) {
            return birthDate(circa.group(1)).map(d -> new BirthDate(d.from(), d.to(), true));
        }
        Matcher range = YEAR_RANGE.matcher(t);
        if (range.matches()) {
            Optional<PartialDate> from = of(range.group(1), null, null);
            Optional<PartialDate> to = of(range.group(2), null, null);
            if (from.isPresent() && to.isPresent() && from.get().compareTo(to.get()) <= 0) {
                return Optional.of(new BirthDate(from.get(), to.get(), false));
            }
            return Optional.empty();
        }
        Matcher between = BETWEEN_MONTHS.matcher(t);
        if (between.matches()) {
            Optional<PartialDate> from = month(between.group(1)).flatMap(m -> of(between.group(3), "" + m, null));
            Optional<PartialDate> to = month(between.group(2)).flatMap(m -> of(between.group(3), "" + m, null));
            if (from.isPresent() && to.isPresent()) {
                return Optional.of(new BirthDate(from.get(), to.get(), false));
            }
            return Optional.empty();
        }
        return iso(t).or(() -> dayMonthYear(t)).or(() -> namedMonth(t)).map(BirthDate::of);
    }

    private static Optional<Integer> month(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        if (n.equals("SEPT")) {
            n = "SEP";
        }
        for (Month m : Month.values()) {
            if (m.name().startsWith(n) && n.length() >= 3) {
                return Optional.of(m.getValue());
            }
        }
        return Optional.empty();
    }

    private static Optional<PartialDate> of(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            int m = month == null || !Character.isDigit(month.charAt(0)) ? 0 : Integer.parseInt(month);
            int d = day == null || !Character.isDigit(day.charAt(0)) ? 0 : Integer.parseInt(day);
            // a day without a month cannot be kept: the day is dropped rather than the whole date
            return Optional.of(new PartialDate(y, m, m == 0 ? 0 : d));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String trim(String text) {
        String t = Texts.clean(text);
        return t == null ? "" : t;
    }
}
