package io.tollgate.reporting.domain;

import io.tollgate.reporting.domain.fx.RatePolicy;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A report's parameters, parsed from the query string with defaults filled in. {@link #effective()} lists every
 * value the report was produced with (defaults included), in a fixed order: it is stamped on the report, stored with
 * the run, and parsed again to reproduce the run.
 *
 * @param from first day (trade date, decision date, screening day or import day, depending on the report)
 * @param to last day, inclusive
 * @param corridor origin–destination country pair, e.g. {@code VE-RU}
 * @param statuses trade statuses to include (empty: all)
 * @param currency the reporting currency values are converted to
 * @param asOf the day deadlines are counted from
 * @param alertSla how long an alert may stay open
 * @param source a list source, e.g. {@code ofac-sdn}
 * @param ratePolicy which day's rate converts a trade (reports that convert values)
 */
public record ReportParameters(ReportName report, LocalDate from, LocalDate to, Period period,
                               Optional<String> corridor, Optional<String> rail, List<String> statuses,
                               String currency, LocalDate asOf, Duration alertSla, Optional<String> source,
                               RatePolicy ratePolicy, Map<String, String> effective) {

    /** Trade statuses as trade-registration publishes them in its views. */
    public static final List<String> TRADE_STATUSES = List.of("CLEARED", "HELD", "BLOCKED", "REJECTED",
            "PENDING_SCREENING");
    /** The statuses the register lists by default. */
    public static final List<String> REGISTER_STATUSES = List.of("BLOCKED", "HELD", "REJECTED");
    /** The maximum age of a last-published rate when neither the report nor the configuration names one. */
    public static final int DEFAULT_MAX_AGE = 4;
    /** The longest date range a report covers (about ten years). */
    public static final int MAX_DAYS = 3660;

    private static final Pattern CORRIDOR = Pattern.compile("[A-Z]{2}-[A-Z]{2}");
    private static final Pattern RAIL = Pattern.compile("[A-Z][A-Z_]{1,15}");
    private static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9-]{1,47}");

    /** What a parameter left out defaults to: today is the data cut-off's day (UTC). */
    public record Defaults(LocalDate today, String currency, Set<String> currencies, Duration alertSla,
                           RatePolicy ratePolicy) {
    }

    /** The parameters each report accepts ({@code format} is read by the web layer and is not a parameter). */
    public static Set<String> accepted(ReportName report) {
        return switch (report) {
            case SETTLEMENT_CURRENCY_MIX, PAYMENT_RAIL_MIX -> Set.of("from", "to", "period", "corridor", "rail",
                    "status", "currency", "ratePolicy", "rateMaxAge");
            case EXPOSURE -> Set.of("from", "to", "corridor", "rail", "currency", "ratePolicy", "rateMaxAge");
            case REGISTER -> Set.of("from", "to", "corridor", "status", "asOf", "currency", "ratePolicy",
                    "rateMaxAge");
            case SCREENING_OPERATIONS -> Set.of("from", "to", "sla");
            case LIST_CHANGE_IMPACT -> Set.of("from", "to", "source");
        };
    }

    /** Parses {@code raw} for {@code report}; every violation is collected and thrown together. */
    public static ReportParameters parse(ReportName report, Map<String, List<String>> raw, Defaults defaults) {
        Reader r = new Reader(raw, accepted(report));
        // the trade reports cover whole months by default: the last twelve, this one included
        boolean monthly = report == ReportName.SETTLEMENT_CURRENCY_MIX || report == ReportName.PAYMENT_RAIL_MIX
                || report == ReportName.EXPOSURE;
        LocalDate to = r.date("to").orElse(monthly ? defaults.today().withDayOfMonth(defaults.today().lengthOfMonth())
                : defaults.today());
        LocalDate defaultFrom = switch (report) {
            case SETTLEMENT_CURRENCY_MIX, PAYMENT_RAIL_MIX, EXPOSURE -> to.withDayOfMonth(1).minusMonths(11);
            case SCREENING_OPERATIONS -> to.minusDays(29);
            case LIST_CHANGE_IMPACT -> to.minusDays(89);
            case REGISTER -> to.minusDays(MAX_DAYS);
        };
        LocalDate from = r.date("from").orElse(defaultFrom);
        if (from.isAfter(to)) {
            r.violations.add(new Violation("from", "must not be after to (" + to + ")"));
        } else if (from.plusDays(MAX_DAYS).isBefore(to)) {
            r.violations.add(new Violation("to", "a report covers at most " + MAX_DAYS + " days"));
        }
        Period period = r.choice("period", List.of("month", "quarter")).map(p -> Period.valueOf(p.toUpperCase(Locale.ROOT)))
                .orElse(Period.MONTH);
        Optional<String> corridor = r.matching("corridor", CORRIDOR,
                "must be two ISO 3166 alpha-2 country codes joined by '-', origin first, e.g. VE-RU");
        Optional<String> rail = r.matching("rail", RAIL, "must be a payment rail such as SWIFT, SPFS, CIPS or MIR");
        List<String> statuses = r.statuses(report == ReportName.REGISTER ? REGISTER_STATUSES : List.of(),
                report == ReportName.REGISTER ? REGISTER_STATUSES : TRADE_STATUSES);
        String currency = r.choice("currency", List.copyOf(new TreeSet<>(defaults.currencies())))
                .orElse(defaults.currency());
        LocalDate asOf = r.date("asOf").orElse(defaults.today());
        Duration sla = r.duration("sla").orElse(defaults.alertSla());
        RatePolicy ratePolicy = r.ratePolicy(defaults.ratePolicy());
        Optional<String> source = r.text("source").map(s -> s.toLowerCase(Locale.ROOT));
        if (source.isPresent() && !SOURCE.matcher(source.get()).matches()) {
            r.violations.add(new Violation("source", "must be a list source such as ofac-sdn, un or custom-<name>"));
        }
        if (!r.violations.isEmpty()) {
            throw new InvalidInputException("Invalid parameters for " + report.slug() + ": " + String.join(", ",
                    r.violations.stream().map(Violation::field).distinct().toList()), r.violations);
        }

        Map<String, String> effective = new LinkedHashMap<>();
        effective.put("from", from.toString());
        effective.put("to", to.toString());
        switch (report) {
            case SETTLEMENT_CURRENCY_MIX, PAYMENT_RAIL_MIX -> {
                effective.put("period", period.parameter());
                corridor.ifPresent(c -> effective.put("corridor", c));
                rail.ifPresent(c -> effective.put("rail", c));
                if (!statuses.isEmpty()) {
                    effective.put("status", String.join(",", statuses));
                }
                effective.put("currency", currency);
            }
            case EXPOSURE -> {
                corridor.ifPresent(c -> effective.put("corridor", c));
                rail.ifPresent(c -> effective.put("rail", c));
                effective.put("currency", currency);
            }
            case REGISTER -> {
                corridor.ifPresent(c -> effective.put("corridor", c));
                effective.put("status", String.join(",", statuses));
                effective.put("asOf", asOf.toString());
                effective.put("currency", currency);
            }
            case SCREENING_OPERATIONS -> effective.put("sla", sla.toString());
            case LIST_CHANGE_IMPACT -> source.ifPresent(s -> effective.put("source", s));
        }
        if (report.converts()) {
            effective.put("ratePolicy", ratePolicy.kind().parameter());
            if (ratePolicy.kind() == RatePolicy.Kind.LAST_PUBLISHED) {
                effective.put("rateMaxAge", Integer.toString(ratePolicy.maxAgeDays()));
            }
        }
        return new ReportParameters(report, from, to, period, corridor, rail, statuses, currency, asOf, sla, source,
                ratePolicy, java.util.Collections.unmodifiableMap(effective));
    }

    /** The effective parameters in the form {@link #parse} reads, to reproduce a run. */
    public static Map<String, List<String>> asQuery(Map<String, String> effective) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        effective.forEach((k, v) -> query.put(k, List.of(v)));
        return query;
    }

    private static final class Reader {
        private final Map<String, List<String>> raw;
        private final List<Violation> violations = new ArrayList<>();

        Reader(Map<String, List<String>> raw, Set<String> accepted) {
            this.raw = raw;
            for (var e : raw.entrySet()) {
                if (!accepted.contains(e.getKey())) {
                    violations.add(new Violation(e.getKey(), "is not a parameter of this report (accepted: "
                            + String.join(", ", new TreeSet<>(accepted)) + ")"));
                } else if (e.getValue().size() > 1) {
                    violations.add(new Violation(e.getKey(), "is given more than once"));
                }
            }
        }

        Optional<String> text(String name) {
            List<String> values = raw.get(name);
            if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
                return Optional.empty();
            }
            return Optional.of(values.get(0).trim());
        }

        Optional<LocalDate> date(String name) {
            return text(name).flatMap(v -> {
                try {
                    return Optional.of(LocalDate.parse(v));
                } catch (DateTimeParseException e) {
                    violations.add(new Violation(name, "must be a date YYYY-MM-DD"));
                    return Optional.empty();
                }
            });
        }

        Optional<Duration> duration(String name) {
            return text(name).flatMap(v -> {
                try {
                    Duration d = Duration.parse(v.toUpperCase(Locale.ROOT));
                    if (d.isNegative() || d.isZero()) {
                        violations.add(new Violation(name, "must be a positive duration"));
                        return Optional.empty();
                    }
                    return Optional.of(d);
                } catch (DateTimeParseException e) {
                    violations.add(new Violation(name, "must be an ISO-8601 duration such as PT24H or P2D"));
                    return Optional.empty();
                }
            });
        }

        // the policy asked for, its maximum age defaulting to the configured one's (or 4 days)
        RatePolicy ratePolicy(RatePolicy fallback) {
            Optional<RatePolicy.Kind> kind = text("ratePolicy").flatMap(v -> {
                Optional<RatePolicy.Kind> k = RatePolicy.Kind.named(v);
                if (k.isEmpty()) {
                    violations.add(new Violation("ratePolicy", "must be trade-date or last-published"));
                }
                return k;
            });
            Optional<Integer> maxAge = text("rateMaxAge").flatMap(v -> {
                try {
                    int days = Integer.parseInt(v);
                    if (days >= 0 && days <= RatePolicy.MAX_AGE_LIMIT) {
                        return Optional.of(days);
                    }
                } catch (NumberFormatException e) {
                    // refused below
                }
                violations.add(new Violation("rateMaxAge", "must be a whole number of days from 0 to "
                        + RatePolicy.MAX_AGE_LIMIT));
                return Optional.empty();
            });
            RatePolicy.Kind chosen = kind.orElse(fallback.kind());
            if (chosen == RatePolicy.Kind.TRADE_DATE) {
                if (maxAge.isPresent() && maxAge.get() > 0) {
                    violations.add(new Violation("rateMaxAge", "applies to ratePolicy=last-published only"));
                }
                return RatePolicy.tradeDate();
            }
            return RatePolicy.lastPublished(maxAge.orElse(fallback.kind() == RatePolicy.Kind.LAST_PUBLISHED
                    ? fallback.maxAgeDays() : DEFAULT_MAX_AGE));
        }

        Optional<String> choice(String name, List<String> allowed) {
            return text(name).flatMap(v -> {
                for (String a : allowed) {
                    if (a.equalsIgnoreCase(v)) {
                        return Optional.of(a);
                    }
                }
                violations.add(new Violation(name, "must be one of " + String.join(", ", allowed)));
                return Optional.empty();
            });
        }

        Optional<String> matching(String name, Pattern pattern, String message) {
            return text(name).map(v -> v.toUpperCase(Locale.ROOT)).flatMap(v -> {
                if (pattern.matcher(v).matches()) {
                    return Optional.of(v);
                }
                violations.add(new Violation(name, message));
                return Optional.empty();
            });
        }

        List<String> statuses(List<String> fallback, List<String> allowed) {
            Optional<String> v = text("status");
            if (v.isEmpty()) {
                return fallback;
            }
            List<String> statuses = new ArrayList<>();
            for (String s : Arrays.stream(v.get().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()) {
                String upper = s.toUpperCase(Locale.ROOT);
                if (!allowed.contains(upper)) {
                    violations.add(new Violation("status", "must be one or more of " + String.join(", ", allowed)
                            + " separated by commas"));
                    return fallback;
                }
                if (!statuses.contains(upper)) {
                    statuses.add(upper);
                }
            }
            // a fixed order, so the same set always gives the same parameters and the same hash
            statuses.sort(java.util.Comparator.comparingInt(allowed::indexOf));
            return List.copyOf(statuses);
        }
    }
}
