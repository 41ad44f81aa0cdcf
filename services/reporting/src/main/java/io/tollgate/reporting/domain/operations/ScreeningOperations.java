package io.tollgate.reporting.domain.operations;

import io.tollgate.reporting.domain.Money;
import io.tollgate.reporting.domain.ReportTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Screening operations over a range of days (UTC), as of a cut-off: screenings per day and how many had hits, trades
 * registered and alerted, alerts raised and closed, the false-positive rate, decisions per analyst, and the ageing
 * of alerts still open at the cut-off against the SLA. One table; {@code scope} says what a row is about:
 * {@code TOTAL} (the whole range), {@code DAY}, {@code ANALYST}, {@code AGEING} (open alerts by age).
 *
 * <p>An alert counts as closed only if it was closed by the cut-off, so a re-run with the same cut-off gives the same
 * figures. Decisions per analyst count the first decision on an alert and, when there were several, the last one (the
 * closing, four-eyes decision), on the day they were taken; decisions in between (steps after an escalation) are
 * not published per person by trade-registration's views and are not counted.
 */
public final class ScreeningOperations {

    /** The columns of the report, in order. */
    public static final List<String> COLUMNS = List.of("scope", "key", "screenings", "screenings_with_hits",
            "trades_registered", "trades_alerted", "alert_rate_percent", "alerts_raised", "alerts_closed",
            "false_positives", "true_matches", "false_positive_rate_percent", "closed_within_sla_percent",
            "decisions", "escalations", "open_alerts", "oldest_open_hours");
    /** Ageing buckets, as fractions of the SLA. */
    public static final List<String> AGEING_KEYS = List.of("within-half-sla", "within-sla", "over-sla");

    private ScreeningOperations() {
    }

    /** Screenings stored on one day. */
    public record ScreeningDay(LocalDate day, long screenings, long withHits) {
    }

    /** Trades registered on one day. */
    public record TradeDay(LocalDate day, long trades) {
    }

    /** An alert with its first and last decision (null fields: not decided / not closed). */
    public record Alert(long alertId, long tradeId, String status, Instant raisedAt, Instant firstDecidedAt,
                        String firstDecidedBy, String firstOutcome, Instant lastDecidedAt, String lastDecidedBy,
                        String lastOutcome, Instant closedAt, int decisionCount) {
    }

    /** The table for {@code [from, to]} as of {@code cutoff}. */
    public static ReportTable compute(LocalDate from, LocalDate to, Instant cutoff, Duration sla,
                                      List<ScreeningDay> screenings, List<TradeDay> trades, List<Alert> alerts) {
        TreeMap<LocalDate, Day> days = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.put(d, new Day());
        }
        for (ScreeningDay s : screenings) {
            Day d = days.get(s.day());
            if (d != null) {
                d.screenings += s.screenings();
                d.withHits += s.withHits();
            }
        }
        for (TradeDay t : trades) {
            Day d = days.get(t.day());
            if (d != null) {
                d.trades += t.trades();
            }
        }
        Map<String, Analyst> analysts = new TreeMap<>();
        long[] ageing = new long[AGEING_KEYS.size()];
        Duration oldest = null;
        Duration[] oldestByBucket = new Duration[AGEING_KEYS.size()];
        for (Alert a : alerts) {
            if (a.raisedAt().isAfter(cutoff)) {
                continue;
            }
            Day raised = days.get(day(a.raisedAt()));
            if (raised != null) {
                raised.alerts++;
                raised.alertedTrades.add(a.tradeId());
            }
            boolean closed = a.closedAt() != null && !a.closedAt().isAfter(cutoff);
            if (closed) {
                Day d = days.get(day(a.closedAt()));
                if (d != null) {
                    d.closed++;
                    if ("FALSE_POSITIVE".equals(a.status())) {
                        d.falsePositives++;
                    } else if ("TRUE_MATCH".equals(a.status())) {
                        d.trueMatches++;
                    }
                    if (Duration.between(a.raisedAt(), a.closedAt()).compareTo(sla) <= 0) {
                        d.closedWithinSla++;
                    }
                }
            } else {
                Duration age = Duration.between(a.raisedAt(), cutoff);
                int bucket = age.compareTo(sla.dividedBy(2)) <= 0 ? 0 : age.compareTo(sla) <= 0 ? 1 : 2;
                ageing[bucket]++;
                oldestByBucket[bucket] = max(oldestByBucket[bucket], age);
                oldest = max(oldest, age);
            }
            if (a.firstDecidedAt() != null && !a.firstDecidedAt().isAfter(cutoff)) {
                Day d = days.get(day(a.firstDecidedAt()));
                if (d != null) {
                    analysts.computeIfAbsent(a.firstDecidedBy(), k -> new Analyst()).count(a.firstOutcome());
                }
            }
            if (a.decisionCount() > 1 && a.lastDecidedAt() != null && !a.lastDecidedAt().isAfter(cutoff)) {
                Day d = days.get(day(a.lastDecidedAt()));
                if (d != null) {
                    analysts.computeIfAbsent(a.lastDecidedBy(), k -> new Analyst()).count(a.lastOutcome());
                }
            }
        }

        List<List<Object>> rows = new ArrayList<>();
        Day total = new Day();
        days.values().forEach(total::add);
        rows.add(dayRow("TOTAL", from + "/" + to, total,
                analysts.values().stream().mapToLong(an -> an.decisions).sum(),
                analysts.values().stream().mapToLong(an -> an.escalations).sum(), Arrays.stream(ageing).sum(), oldest));
        days.forEach((day, d) -> rows.add(dayRow("DAY", day.toString(), d, null, null, null, null)));
        analysts.forEach((name, an) -> rows.add(Arrays.asList("ANALYST", name, null, null, null, null, null, null,
                null, an.falsePositives, an.trueMatches, null, null, an.decisions, an.escalations, null, null)));
        for (int i = 0; i < AGEING_KEYS.size(); i++) {
            rows.add(Arrays.asList("AGEING", AGEING_KEYS.get(i), null, null, null, null, null, null, null, null, null,
                    null, null, null, null, ageing[i], hours(oldestByBucket[i])));
        }
        return new ReportTable(COLUMNS, rows);
    }

    private static List<Object> dayRow(String scope, String key, Day d, Long decisions, Long escalations,
                                       Long open, Duration oldest) {
        return Arrays.asList(scope, key, d.screenings, d.withHits, d.trades, (long) d.alertedTrades.size(),
                Money.percent(d.alertedTrades.size(), d.trades).orElse(null), d.alerts, d.closed, d.falsePositives,
                d.trueMatches, Money.percent(d.falsePositives, d.falsePositives + d.trueMatches).orElse(null),
                Money.percent(d.closedWithinSla, d.closed).orElse(null), decisions, escalations, open, hours(oldest));
    }

    private static boolean inRange(Instant at, LocalDate from, LocalDate to) {
        if (at == null) {
            return false;
        }
        LocalDate d = day(at);
        return !d.isBefore(from) && !d.isAfter(to);
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    private static Duration max(Duration a, Duration b) {
        return a == null || b.compareTo(a) > 0 ? b : a;
    }

    private static BigDecimal hours(Duration d) {
        return d == null ? null : BigDecimal.valueOf(d.toSeconds()).divide(BigDecimal.valueOf(3600), 1,
                RoundingMode.HALF_EVEN);
    }

    private static final class Day {
        long screenings;
        long withHits;
        long trades;
        long alerts;
        final Set<Long> alertedTrades = new HashSet<>();
        long closed;
        long falsePositives;
        long trueMatches;
        long closedWithinSla;

        void add(Day o) {
            screenings += o.screenings;
            withHits += o.withHits;
            trades += o.trades;
            alerts += o.alerts;
            alertedTrades.addAll(o.alertedTrades);
            closed += o.closed;
            falsePositives += o.falsePositives;
            trueMatches += o.trueMatches;
            closedWithinSla += o.closedWithinSla;
        }
    }

    private static final class Analyst {
        long decisions;
        long falsePositives;
        long trueMatches;
        long escalations;

        void count(String outcome) {
            decisions++;
            switch (outcome == null ? "" : outcome) {
                case "FALSE_POSITIVE" -> falsePositives++;
                case "TRUE_MATCH" -> trueMatches++;
                case "ESCALATE" -> escalations++;
                default -> { }
            }
        }
    }

}
