package io.tollgate.reporting.domain;

import java.time.LocalDate;
import java.util.Locale;

/** The calendar period a time series is bucketed by. */
public enum Period {
    MONTH, QUARTER;

    /** The period's label for a day: {@code 2026-08} or {@code 2026-Q3}; labels sort in time order. */
    public String label(LocalDate day) {
        return switch (this) {
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", day.getYear(), day.getMonthValue());
            case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
        };
    }

    /** The parameter value that names this period. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
