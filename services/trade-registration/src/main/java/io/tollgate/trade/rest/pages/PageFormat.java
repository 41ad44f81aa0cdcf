package io.tollgate.trade.rest.pages;

import io.quarkus.qute.TemplateExtension;
import io.tollgate.web.WebFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;

/**
 * How the trade pages write moments (with their time zone), amounts (with their currency, to the currency's minor
 * unit) and ages, as template extensions: {@code {alert.createdAt.utc}}, {@code {trade.amount.money(trade.currency)}},
 * {@code {row.waited.age}}.
 */
@TemplateExtension
public final class PageFormat {

    private PageFormat() {
    }

    /** {@code 2026-12-07 22:30:27 UTC}. */
    static String utc(Instant t) {
        return WebFormat.time(t);
    }

    /** {@code 125,000.00 RUB}: grouped, to the currency's minor unit (more digits only if the amount has them). */
    static String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "—";
        }
        int digits = 2;
        try {
            digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException | NullPointerException e) {
            // an unknown code keeps two digits
        }
        BigDecimal shown = amount.stripTrailingZeros().scale() > digits ? amount.stripTrailingZeros()
                : amount.setScale(digits, RoundingMode.UNNECESSARY);
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMinimumFractionDigits(shown.scale());
        f.setMaximumFractionDigits(shown.scale());
        return f.format(shown) + " " + (currency == null ? "" : currency);
    }

    /** A decimal as written, without trailing zeros ({@code 50}, {@code 12.5}). */
    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** How long: {@code 3 d 4 h}, {@code 5 h 12 min}, {@code 40 min}. */
    static String age(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes >= 24 * 60) {
            return minutes / (24 * 60) + " d " + minutes % (24 * 60) / 60 + " h";
        }
        if (minutes >= 60) {
            return minutes / 60 + " h " + minutes % 60 + " min";
        }
        return minutes + " min";
    }
}
