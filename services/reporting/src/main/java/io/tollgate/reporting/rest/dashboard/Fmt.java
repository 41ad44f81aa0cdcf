package io.tollgate.reporting.rest.dashboard;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.util.Locale;

/** How the dashboard writes numbers and times: grouped thousands, fixed decimals, UTC. */
final class Fmt {

    private Fmt() {
    }

    static String money(Object value) {
        if (value == null) {
            return "—";
        }
        return format("#,##0.00", new BigDecimal(value.toString()));
    }

    static String count(Object value) {
        if (value == null) {
            return "—";
        }
        return format("#,##0", new BigDecimal(value.toString()));
    }

    static String percent(Object value) {
        return value == null ? "—" : format("0.00", new BigDecimal(value.toString())) + "%";
    }

    static String time(Instant t) {
        return io.tollgate.web.WebFormat.time(t);
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String format(String pattern, BigDecimal value) {
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(java.math.RoundingMode.HALF_EVEN);
        return f.format(value);
    }
}
