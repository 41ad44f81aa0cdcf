package io.tollgate.reporting.rest.dashboard;

import java.util.List;

/**
 * Everything the dashboard page shows, formatted for reading; built from the same stamped reports the API serves.
 */
public record DashboardPage(String user, String roles, String cutoff, List<String> lists, String currency,
                            Filters filters, List<String> errors, Mix mix, Exposure exposure, Register register,
                            Operations operations, ListImpact listImpact) {

    /** The filter form, as submitted (or defaulted). */
    public record Filters(String from, String to, String period, String corridor, String rail, String currency,
                          String asOf, List<Option> corridors, List<Option> rails, List<Option> periods,
                          List<Option> currencies) {
    }

    /** One choice of a select box. */
    public record Option(String value, String label, boolean selected) {
    }

    /** The settlement-currency mix: its chart, its table and its CSV. */
    public record Mix(String title, Chart chart, List<MixRow> rows, List<String> notes, String csv, String sha256) {
    }

    /** A period and currency of the mix. */
    public record MixRow(String period, String currency, String colour, String trades, String amount, String value,
                         String share, String withoutRate) {
    }

    /** A 100% stacked bar chart, geometry computed server-side. */
    public record Chart(int width, int height, List<Bar> bars, List<Gridline> gridlines, List<Legend> legend,
                        String trendPoints, boolean empty) {
    }

    /** One period's bar. */
    public record Bar(String period, int labelX, int labelY, List<Segment> segments) {
    }

    /** A currency's part of a bar. */
    public record Segment(String period, String currency, String share, String value, int x, int y, int width,
                          int height, String colour, boolean labelled, int labelX, int labelY) {
    }

    /** A horizontal gridline with its label. */
    public record Gridline(int y, String label) {
    }

    /** A legend entry. */
    public record Legend(String currency, String colour) {
    }

    /** Exposure tables, one per dimension. */
    public record Exposure(List<ExposureTable> tables, List<String> notes, String csv, String sha256) {
    }

    /** One dimension of the exposure. */
    public record ExposureTable(String title, List<ExposureRow> rows) {
    }

    /** One key of a dimension. */
    public record ExposureRow(String key, String trades, String value, String held, String blocked, String rejected,
                              int heldWidth, int blockedX, int blockedWidth, int rejectedX, int rejectedWidth) {
    }

    /** The register with its countdowns. */
    public record Register(String asOf, int total, int overdue, int dueSoon, int shown, List<RegisterRow> rows,
                           String csv, String sha256) {
    }

    /** One register line. */
    public record RegisterRow(String tradeId, String reference, String status, String corridor, String tradeDate,
                              String amount, String rail, String decidedAt, String dueDate, String countdown,
                              String urgency, String reasons) {
    }

    /** Screening operations over the last days. */
    public record Operations(String range, List<Kpi> kpis, SparkChart perDay, List<AnalystRow> analysts,
                             List<AgeingRow> ageing, String sla, String csv, String sha256) {
    }

    /** One headline figure. */
    public record Kpi(String label, String value, String detail, String tone) {
    }

    /** A small bar chart of one figure per day. */
    public record SparkChart(int width, int height, List<SparkBar> bars, String max, boolean empty) {
    }

    /** One day's bar. */
    public record SparkBar(String day, String value, int x, int y, int width, int height) {
    }

    /** Decisions of one analyst. */
    public record AnalystRow(String analyst, String decisions, String falsePositives, String trueMatches,
                             String escalations) {
    }

    /** Open alerts of one age bucket. */
    public record AgeingRow(String bucket, String open, String oldestHours, String tone) {
    }

    /** List versions and the alerts their changes produced. */
    public record ListImpact(String range, List<ListImpactRow> rows, String csv, String sha256) {
    }

    /** One list version. */
    public record ListImpactRow(String source, String versionId, String importedAt, String entities, String added,
                                String removed, String changed, String alerts, String trades, String open) {
    }
}
