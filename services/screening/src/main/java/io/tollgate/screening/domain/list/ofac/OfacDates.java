package io.tollgate.screening.domain.list.ofac;

import io.tollgate.screening.domain.list.BirthDate;
import io.tollgate.screening.domain.list.PartialDate;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates OFAC writes in remarks and feature values: {@code 21 Mar 1950}, {@code Mar 1950}, {@code 1950},
 * ranges ({@code 1960 to 1962}, {@code 01 Jan 1961 to 31 Dec 1962}, {@code 1979-1982}) and {@code circa} forms.
 */
final class OfacDates {

    private static final String DATE = "(?:(\\d{1,2})\\s+)?(?:([A-Za-z]{3})[a-z]*\\.?\\s+)?(\\d{4})";
    private static final Pattern SINGLE = Pattern.compile(DATE);
    private static final Pattern BIRTH = Pattern.compile(
            "(?i:(circa|approximately|approx\\.|about)\\s+)?" + DATE + "(?:\\s*(?:to|-|and)\\s*" + DATE + ")?");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private OfacDates() {
    }

    /** A birth date, range or approximate date; empty when the text is not one of OFAC's date forms. */
    static Optional<BirthDate> birthDate(String text) {
        Matcher m = BIRTH.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<PartialDate> from = date(m.group(2), m.group(3), m.group(4));
        if (from.isEmpty()) {
            return Optional.empty();
        }
        PartialDate to = from.get();
        if (m.group(7) != null) {
            Optional<PartialDate> end = date(m.group(5), m.group(6), m.group(7));
            if (end.isEmpty() || end.get().compareTo(from.get()) < 0) {
                return Optional.empty();
            }
            to = end.get();
        }
        return Optional.of(new BirthDate(from.get(), to, m.group(1) != null));
    }

    /** A single date ({@code 21 Mar 1950}, {@code Mar 1950} or {@code 1950}); empty otherwise. */
    static Optional<PartialDate> single(String text) {
        Matcher m = SINGLE.matcher(text.trim());
        return m.matches() ? date(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    private static Optional<PartialDate> date(String day, String month, String year) {
        int y = Integer.parseInt(year);
        int mo = 0;
        if (month != null) {
            Integer known = MONTHS.get(month.toLowerCase(Locale.ROOT));
            if (known == null) {
                return Optional.empty();
            }
            mo = known;
        }
        int d = day == null ? 0 : Integer.parseInt(day);
        if (y < 1000 || y > 2999 || d > 31 || (d > 0 && mo == 0)) {
            return Optional.empty();
        }
        return Optional.of(new PartialDate(y, mo, d));
    }
}
