package io.tollgate.reporting.domain.register;

import io.tollgate.platform.data.BusinessCalendar;
import io.tollgate.platform.data.TsvTable;
import io.tollgate.reporting.domain.Money;
import io.tollgate.reporting.domain.ReportTable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The register of blocked, held and rejected trades, each with its regulator-report due date (computed by
 * trade-registration: 10 US business days after the decision, for blocked and rejected trades) and the countdown to
 * it on a given day: calendar days, business days, overdue.
 */
public final class Register {

    /** The columns of the report, in order. */
    public static final List<String> COLUMNS = List.of("trade_id", "reference", "status", "corridor", "trade_date",
            "currency", "amount", "payment_rail", "decided_at", "report_due_date", "days_left", "business_days_left",
            "overdue", "reasons");

    private Register() {
    }

    /**
     * The US federal business days of {@code calendar/us-federal-holidays.tsv} (the same table trade-registration
     * computes the due dates with), to count down to each deadline.
     */
    public static BusinessCalendar usFederalCalendar() {
        return BusinessCalendar.of(TsvTable.resource("calendar/us-federal-holidays.tsv", TsvTable.Layout.HEADER));
    }

    /** A trade's status as of the cut-off, from its latest decision then. */
    public record Entry(long tradeId, String reference, String status, String corridor, LocalDate tradeDate,
                        String currency, BigDecimal amount, String rail, Instant decidedAt,
                        Optional<LocalDate> dueDate, String reasons) {
    }

    /** An entry with its countdown. */
    public record Row(Entry entry, Optional<Long> daysLeft, Optional<Long> businessDaysLeft, boolean overdue) {
    }

    /** The rows, most urgent first: by due date (none last), then trade id. */
    public static List<Row> compute(List<Entry> entries, LocalDate asOf, BusinessCalendar calendar) {
        List<Row> rows = new ArrayList<>();
        for (Entry e : entries) {
            Optional<Long> days = e.dueDate().map(due -> ChronoUnit.DAYS.between(asOf, due));
            Optional<Long> business = e.dueDate().flatMap(due -> calendar.businessDaysBetween(asOf, due));
            rows.add(new Row(e, days, business, e.dueDate().map(asOf::isAfter).orElse(false)));
        }
        rows.sort(Comparator.comparing((Row r) -> r.entry().dueDate().orElse(LocalDate.MAX))
                .thenComparingLong(r -> r.entry().tradeId()));
        return rows;
    }

    /** The report's table. */
    public static ReportTable table(List<Row> rows) {
        List<List<Object>> cells = new ArrayList<>();
        for (Row r : rows) {
            Entry e = r.entry();
            cells.add(Arrays.asList(e.tradeId(), e.reference(), e.status(), e.corridor(), e.tradeDate(), e.currency(),
                    Money.amount(e.amount()), e.rail(), e.decidedAt(), e.dueDate().orElse(null),
                    r.daysLeft().orElse(null), r.businessDaysLeft().orElse(null), r.overdue(), e.reasons()));
        }
        return new ReportTable(COLUMNS, cells);
    }
}
