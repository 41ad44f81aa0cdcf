package io.tollgate.screening.domain.list.eu;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import io.tollgate.screening.domain.list.BirthDate;
import io.tollgate.screening.domain.list.PartialDate;
import java.util.Optional;

/**
 * Converts a Hijri (Islamic calendar) date of birth, as the EU FSF gives it for some Gulf nationals, to the
 * Gregorian calendar the matcher compares in (Umm al-Qura, the calendar of Saudi documents). A Hijri year
 * without a month spans parts of two Gregorian years: it becomes that range, marked approximate.
 */
final class HijriDates {

    private HijriDates() {
    }

    static Optional<BirthDate> toGregorian(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year.trim());
            int m = month == null || month.isBlank() ? 0 : Integer.parseInt(month.trim());
            int d = day == null || day.isBlank() ? 0 : Integer.parseInt(day.trim());
            if (y < 1 || m < 0 || m > 12 || d < 0 || d > 30) {
                return Optional.empty();
            }
            if (m == 0) {
                PartialDate from = gregorian(y, 1, 1, false);
                PartialDate to = gregorian(y, 12, 29, false);
                return Optional.of(new BirthDate(PartialDate.ofYear(from.year()), PartialDate.ofYear(to.year()), true));
            }
            if (d == 0) {
                // a Hijri month straddles two Gregorian months: keep the Gregorian month it starts in, approximately
                return Optional.of(new BirthDate(gregorian(y, m, 1, false), gregorian(y, m, 1, false), true));
            }
            return Optional.of(BirthDate.of(gregorian(y, m, d, true)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static PartialDate gregorian(int year, int month, int day, boolean withDay) {
        IslamicCalendar hijri = new IslamicCalendar(TimeZone.GMT_ZONE);
        hijri.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        hijri.clear();
        hijri.set(year, month - 1, day);
        GregorianCalendar g = new GregorianCalendar(TimeZone.GMT_ZONE);
        g.setTimeInMillis(hijri.getTimeInMillis());
        return new PartialDate(g.get(Calendar.YEAR), g.get(Calendar.MONTH) + 1,
                withDay ? g.get(Calendar.DAY_OF_MONTH) : 0);
    }
}
