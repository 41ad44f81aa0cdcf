package io.tollgate.reporting.domain.fx;

import java.util.Locale;
import java.util.Optional;

/**
 * Which day's rate converts a trade: its trade date's only ({@code trade-date}), or the most recent published on or
 * before the trade date, at most {@code maxAgeDays} older ({@code last-published}) — what a weekend or a holiday
 * needs, since no source publishes every day. Part of every converting report's parameters and content, so a
 * reproduction converts the same way.
 */
public record RatePolicy(Kind kind, int maxAgeDays) {

    /** The longest look-back a report may ask for. */
    public static final int MAX_AGE_LIMIT = 31;

    /** The two policies, by their parameter names. */
    public enum Kind {
        TRADE_DATE("trade-date"), LAST_PUBLISHED("last-published");

        private final String parameter;

        Kind(String parameter) {
            this.parameter = parameter;
        }

        /** The name in parameters and configuration. */
        public String parameter() {
            return parameter;
        }

        /** The kind called {@code name}, if there is one. */
        public static Optional<Kind> named(String name) {
            for (Kind k : values()) {
                if (k.parameter.equals(name.trim().toLowerCase(Locale.ROOT))) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    public RatePolicy {
        if (maxAgeDays < 0 || maxAgeDays > MAX_AGE_LIMIT) {
            throw new IllegalArgumentException("max age must be 0 to " + MAX_AGE_LIMIT + " days, not " + maxAgeDays);
        }
        if (kind == Kind.TRADE_DATE) {
            maxAgeDays = 0;
        }
    }

    /** Only the trade date's own rate. */
    public static RatePolicy tradeDate() {
        return new RatePolicy(Kind.TRADE_DATE, 0);
    }

    /** The latest rate on or before the trade date, at most {@code maxAgeDays} older. */
    public static RatePolicy lastPublished(int maxAgeDays) {
        return new RatePolicy(Kind.LAST_PUBLISHED, maxAgeDays);
    }

    /** How many days before the trade date a rate may be from. */
    public int lookbackDays() {
        return maxAgeDays;
    }

    /** As the reports' {@code rate_policy} column writes it: {@code trade-date} or {@code last-published/4}. */
    public String label() {
        return kind == Kind.TRADE_DATE ? kind.parameter() : kind.parameter() + "/" + maxAgeDays;
    }

    /** In words, for notes and the dashboard. */
    public String describe() {
        return kind == Kind.TRADE_DATE ? "the trade date's own rate"
                : "the last rate published on or before the trade date, at most " + maxAgeDays + " day"
                + (maxAgeDays == 1 ? "" : "s") + " old";
    }
}
