package io.tollgate.reporting.domain.register;

import io.tollgate.platform.data.BusinessCalendar;
import io.tollgate.platform.data.TsvTable;
import io.tollgate.reporting.domain.Money;
import io.tollgate.reporting.domain.ReportTable;
import io.tollgate.reporting.domain.fx.Conversion;
import io.tollgate.reporting.domain.fx.Conversions;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The register of blocked, held and rejected trades, each with its regulator-report due date (computed by
 * trade-registration: 10 US business days after the decision, for blocked and rejected trades) and the countdown to
 * it on a given day: calendar days, business days, overdue; with its value in the reporting currency (the blocked
 * property a report names) and the day and sources of the rate that converted it.
 */
public final class Register {

    /** The columns of the report, in order. */
    public static final List<String> COLUMNS = List.of("trade_id", "reference", "status", "corridor", "trade_date",
            "currency", "amount", "reporting_currency", "value", "rate_date", "rate_sources", "payment_rail",
            "decided_at", "report_due_date", "days_left", "business_days_left", "overdue", "reason_codes", "reasons",
            "rate_policy");

    private Register() {
    }

    /**
     * The US federal business days of {@code calendar/us-federal-holidays.tsv} (the same table trade-registration
     * computes the due dates with), to count down to each deadline.
     */
    public static BusinessCalendar usFederalCalendar() {
        return BusinessCalendar.of(TsvTable.resource("calendar/us-federal-holidays.tsv", TsvTable.Layout.HEADER));
    }

    /** Why a trade has its status: the rule's kind and id, and trade-registration's explanation. */
    public record Reason(String kind, String ruleId, String explanation) {

        /** The compact label: {@code RAIL:RAIL-US-MIR}. */
        public String code() {
            return ruleId.isEmpty() ? kind : kind + ":" + ruleId;
        }

        /** The full text: {@code RAIL RAIL-US-MIR: US: settlement over Mir}. */
        public String text() {
            return kind + (ruleId.isEmpty() ? "" : " " + ruleId) + ": " + explanation;
        }
    }

    /** A trade's status as of the cut-off, from its latest decision then, with the reasons that gave it. */
    public record Entry(long tradeId, String reference, String status, String corridor, LocalDate tradeDate,
                        String currency, BigDecimal amount, String rail, Instant decidedAt,
                        Optional<LocalDate> dueDate, List<Reason> reasons) {
    }

    /** An entry with its countdown and conversion. */
    public record Row(Entry entry, Optional<Long> daysLeft, Optional<Long> businessDaysLeft, boolean overdue,
                      Optional<Conversion> conversion) {
    }

    /** The rows, most urgent first: by due date (none last), then trade id. */
    public static List<Row> compute(List<Entry> entries, LocalDate asOf, BusinessCalendar calendar,
                                    Conversions conversions) {
        List<Row> rows = new ArrayList<>();
        for (Entry e : entries) {
            Optional<Long> days = e.dueDate().map(due -> ChronoUnit.DAYS.between(asOf, due));
            Optional<Long> business = e.dueDate().flatMap(due -> calendar.businessDaysBetween(asOf, due));
            rows.add(new Row(e, days, business, e.dueDate().map(asOf::isAfter).orElse(false),
                    conversions.find(e.tradeDate(), e.currency())));
        }
        rows.sort(Comparator.comparing((Row r) -> r.entry().dueDate().orElse(LocalDate.MAX))
                .thenComparingLong(r -> r.entry().tradeId()));
        return rows;
    }

    /** The report's table, values in {@code quote}; {@code ratePolicy} as {@code RatePolicy.label()} writes it. */
    public static ReportTable table(List<Row> rows, String quote, String ratePolicy) {
        List<List<Object>> cells = new ArrayList<>();
        for (Row r : rows) {
            Entry e = r.entry();
            Optional<Conversion> c = r.conversion();
            // an amount already in the reporting currency needs no rate: no rate day, no source
            Optional<Conversion> rate = c.filter(x -> !x.sources().isEmpty());
            cells.add(Arrays.asList(e.tradeId(), e.reference(), e.status(), e.corridor(), e.tradeDate(), e.currency(),
                    Money.amount(e.amount()), quote, c.map(x -> Money.value(e.amount().multiply(x.factor())))
                            .orElse(null), rate.map(Conversion::rateDate).orElse(null),
                    rate.map(Conversion::route).orElse(null), e.rail(), e.decidedAt(), e.dueDate().orElse(null),
                    r.daysLeft().orElse(null), r.businessDaysLeft().orElse(null), r.overdue(),
                    e.reasons().stream().map(Reason::code).collect(Collectors.joining(" ")),
                    e.reasons().stream().map(Reason::text).collect(Collectors.joining(" | ")), ratePolicy));
        }
        return new ReportTable(COLUMNS, cells);
    }
}
