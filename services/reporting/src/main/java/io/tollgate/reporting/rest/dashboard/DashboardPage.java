package io.tollgate.reporting.rest.dashboard;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * Everything the dashboard page shows, formatted for reading; built from the same stamped reports the API serves.
 */
public record DashboardPage(String user, String roles, String cutoff, List<String> lists, String currency,
                            String ratePolicy, Filters filters, List<String> errors, Mix mix, List<Multiple> multiples,
                            RailMix railMix, Exposure exposure, Register register, Operations operations,
                            ListImpact listImpact) {

    /** The filter form, as submitted (or defaulted), and links to other ranges. */
    public record Filters(String from, String to, String period, String corridor, String rail, String currency,
                          String asOf, List<Option> corridors, List<Option> rails, List<Option> periods,
                          List<Option> currencies, List<Option> ratePolicies, List<RangeLink> ranges) {
    }

    /** A link to the dashboard over another range of trade dates. */
    public record RangeLink(String label, String href) {
    }

    /** One choice of a select box. */
    public record Option(String value, String label, boolean selected) {
    }

    /**
     * The settlement-currency mix: the change of the dollar's share in one sentence, its chart, its table, the rates
     * it converted with and its CSV.
     */
    public record Mix(String title, String summary, Chart chart, List<MixRow> rows, List<String> notes,
                      List<RateLine> rates, String csv, String sha256) {
    }

    /** A currency the report converted and how: the sources, the route, for how many trade dates. */
    public record RateLine(String currency, String route, String days, boolean generated) {
    }

    /** One corridor's currency mix, small. */
    public record Multiple(String corridor, String summary, Chart chart, String chartId, String chartLabel,
                           String csv) {
    }

    /** The payment-rail mix over time. */
    public record RailMix(Chart chart, List<String> notes, String csv, String sha256) {
    }

    /** A period and currency of the mix. */
    public record MixRow(String period, String currency, String colour, String trades, String amount, String value,
                         String share, String withoutRate) {
    }

    /**
     * A 100% stacked bar chart, geometry computed server-side: one series per currency (or rail), the share of
     * {@code lineKey} (the dollar) as a line.
     */
    @TemplateData
    public record Chart(int width, int height, int left, int fontSize, List<Series> series, List<PeriodLabel> labels,
                        List<Gridline> gridlines, List<Legend> legend, String trendPoints, String lineKey,
                        boolean empty) {
    }

    /** One currency's (or rail's) segments across the periods. */
    @TemplateData
    public record Series(String key, String label, String colour, List<Segment> segments) {
    }

    /** A period's label under its bar. */
    @TemplateData
    public record PeriodLabel(String period, int x, int y) {
    }

    /** A currency's part of a bar; {@code shareLabel} is the rounded share written on a large enough segment. */
    @TemplateData
    public record Segment(String period, String key, String share, String shareLabel, String value, int x, int y,
                          int width, int height, boolean labelled, int labelX, int labelY) {
    }

    /** A horizontal gridline from {@code x1} with its label ending at {@code labelX}. */
    @TemplateData
    public record Gridline(int y, String label, int x1, int labelX) {
    }

    /** A legend entry. */
    public record Legend(String key, String label, String colour) {
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

    /** One register line; {@code tradeUrl} is the trade's page on trade-registration. */
    public record RegisterRow(String tradeId, String tradeUrl, String reference, String status, String corridor,
                              String tradeDate, String amount, String value, String rail, String decidedAt,
                              String dueDate, String countdown, String urgency, List<ReasonLabel> reasons,
                              String reasonsText, List<AlertLink> alerts) {
    }

    /** A link from a register row to one of its trade's alerts on trade-registration. */
    public record AlertLink(String id, String href) {
    }

    /** One reason as a compact label ({@code RAIL:RAIL-US-MIR}) with its full text. */
    public record ReasonLabel(String code, String text) {
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
