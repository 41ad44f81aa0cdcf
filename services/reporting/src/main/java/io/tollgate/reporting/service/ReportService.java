package io.tollgate.reporting.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tollgate.reporting.config.ReportingConfig;
import io.tollgate.reporting.domain.ListVersionInForce;
import io.tollgate.reporting.domain.Report;
import io.tollgate.reporting.domain.ReportName;
import io.tollgate.reporting.domain.ReportParameters;
import io.tollgate.reporting.domain.ReportTable;
import io.tollgate.reporting.domain.exposure.Exposure;
import io.tollgate.reporting.domain.fx.ConversionTable;
import io.tollgate.reporting.domain.fx.RatePolicy;
import io.tollgate.reporting.domain.fx.RateSourceUsed;
import io.tollgate.reporting.domain.lists.ListChangeImpact;
import io.tollgate.reporting.domain.mix.CurrencyMix;
import io.tollgate.reporting.domain.mix.RailMix;
import io.tollgate.reporting.domain.operations.ScreeningOperations;
import io.tollgate.platform.data.BusinessCalendar;
import io.tollgate.reporting.domain.register.Register;
import io.tollgate.reporting.repository.ExposureSummaryStore;
import io.tollgate.reporting.repository.FxRateStore;
import io.tollgate.reporting.repository.ReportRunEntity;
import io.tollgate.reporting.repository.ScreeningViews;
import io.tollgate.reporting.repository.TradeViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Produces the reports: parses and defaults the parameters, reads the published views as of a data cut-off, computes
 * the content and stamps it. Each report reads inside one transaction, so all its queries see one snapshot.
 */
@ApplicationScoped
@Transactional
public class ReportService {

    private final TradeViews trades;
    private final ScreeningViews screening;
    private final FxRateStore fx;
    private final ReportingConfig config;
    private final Clock clock;
    private final ObjectMapper json;
    private final ExposureSummary exposureSummary;
    private final ExposureSummaryStore exposureMonths;
    private final BusinessCalendar calendar = Register.usFederalCalendar();

    public ReportService(TradeViews trades, ScreeningViews screening, FxRateStore fx, ReportingConfig config,
                         Clock clock, ObjectMapper json, ExposureSummary exposureSummary,
                         ExposureSummaryStore exposureMonths) {
        this.trades = trades;
        this.screening = screening;
        this.fx = fx;
        this.config = config;
        this.clock = clock;
        this.json = json;
        this.exposureSummary = exposureSummary;
        this.exposureMonths = exposureMonths;
    }

    /** A produced report and the run it was recorded as. */
    public record RecordedReport(Report report, long runId, String requestedBy) {
    }

    /** Produces a report as of now and records the run (who, when, parameters, cut-off, hash). */
    public RecordedReport run(ReportName name, Map<String, List<String>> query, String user, String format) {
        Report report = produce(name, query, Optional.empty());
        ReportRunEntity run = new ReportRunEntity();
        run.reportName = name.slug();
        run.parameters = write(report.parameters());
        run.dataCutoff = report.dataCutoff();
        run.rowCount = report.rowCount();
        run.contentSha256 = report.sha256();
        run.format = format;
        run.requestedBy = user;
        run.requestedAt = clock.instant();
        run.listVersions = write(report.listVersions());
        run.rateSources = write(report.rateSources());
        run.persist();
        return new RecordedReport(report, run.id, user);
    }

    /**
     * Produces a report without recording it, as of {@code cutoff} (a stored run's, to reproduce it) or now
     * (truncated to the second). Exposure as of now reads the exposure summary, brought up to date first; its cut-off
     * is then the moment the summary is up to date as of.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public Report produce(ReportName name, Map<String, List<String>> query, Optional<Instant> cutoff) {
        Instant at = cutoff.orElseGet(() -> clock.instant().truncatedTo(ChronoUnit.SECONDS));
        ReportParameters p = ReportParameters.parse(name, query, new ReportParameters.Defaults(
                LocalDate.ofInstant(at, ZoneOffset.UTC), config.currency(), config.currencies(), config.alertSla(),
                ReportingConfig.policy(config)));
        // the summary is converted under the configured policy: a report asking for another reads the views
        boolean summary = name == ReportName.EXPOSURE && cutoff.isEmpty()
                && p.ratePolicy().equals(ReportingConfig.policy(config));
        if (summary) {
            // before this transaction's first read, so the report's snapshot sees the refreshed summary
            at = exposureSummary.refresh();
        }
        List<ListVersionInForce> lists = screening.inForce(at);
        List<String> notes = new ArrayList<>();
        List<RateSourceUsed> used = new ArrayList<>();
        ReportTable table = switch (name) {
            case SETTLEMENT_CURRENCY_MIX -> currencyMix(p, at, used, notes);
            case PAYMENT_RAIL_MIX -> railMix(p, at, used, notes);
            case EXPOSURE -> exposure(p, at, summary, used, notes);
            case REGISTER -> register(p, at, used, notes);
            case SCREENING_OPERATIONS -> ScreeningOperations.compute(p.from(), p.to(), at, p.alertSla(),
                    screening.screeningsPerDay(p.from(), p.to(), at), trades.tradesPerDay(p.from(), p.to(), at),
                    trades.alertsSince(p.from(), at));
            case LIST_CHANGE_IMPACT -> listChangeImpact(p, at);
        };
        if (name.converts()) {
            earlierRateNote(used, p.ratePolicy()).ifPresent(notes::add);
        }
        return Report.of(name, p.effective(), at, lists, table, notes, used);
    }

    /** Every corridor with a trade. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> corridors() {
        return trades.corridors();
    }

    /** The earliest and latest trade date of all trades, if any trade exists. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LocalDate[]> tradeDateSpan() {
        return trades.tradeDateSpan();
    }

    /** The alert ids of these trades, by trade (links from the dashboard's register to the alert pages). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<Long, List<Long>> alertsOf(java.util.Collection<Long> tradeIds) {
        return trades.alertsOf(tradeIds);
    }

    private ReportTable currencyMix(ReportParameters p, Instant at, List<RateSourceUsed> used, List<String> notes) {
        ConversionTable rates = rates(p);
        List<CurrencyMix.Row> rows = CurrencyMix.compute(trades.dailyTotals(filter(p), at), p.period(), p.currency(),
                rates);
        used.addAll(rates.used());
        Map<String, List<LocalDate>> missing = new TreeMap<>();
        long unconverted = 0;
        for (CurrencyMix.Row r : rows) {
            if (r.tradesWithoutRate() > 0) {
                unconverted += r.tradesWithoutRate();
                missing.computeIfAbsent(r.currency(), c -> new ArrayList<>()).addAll(r.datesWithoutRate());
            }
        }
        if (unconverted > 0) {
            notes.add(unconverted + " trade(s) have no " + p.currency() + " reference rate under the rate policy ("
                    + p.ratePolicy().describe() + ") and are not converted (left out of values and shares): " + missing.entrySet().stream()
                    .map(e -> e.getKey() + " on " + e.getValue().stream().map(LocalDate::toString)
                            .collect(Collectors.joining(", "))).collect(Collectors.joining("; "))
                    + ". Import those days' rates (POST /api/v1/fx-rates) and run the report again.");
        }
        return CurrencyMix.table(rows, p.ratePolicy().label());
    }

    private ReportTable railMix(ReportParameters p, Instant at, List<RateSourceUsed> used, List<String> notes) {
        ConversionTable rates = rates(p);
        List<RailMix.Row> rows = RailMix.compute(trades.dailyRailTotals(filter(p), at), p.period(), p.currency(),
                rates);
        used.addAll(rates.used());
        long unconverted = rows.stream().mapToLong(RailMix.Row::tradesWithoutRate).sum();
        if (unconverted > 0) {
            notes.add(unconverted + " trade(s) have no " + p.currency() + " reference rate under the rate policy and "
                    + "are left out of values and shares; the settlement-currency mix with the same filters lists "
                    + "the days.");
        }
        return RailMix.table(rows, p.ratePolicy().label());
    }

    /**
     * Exposure as of now reads the summary: the whole months of the range from {@code exposure_month}, the (at most
     * two) part months at its ends from the trade view over just those days, and the alerted trades of the whole
     * range from {@code exposure_alerted_trade}. A report as of an earlier cut-off (a reproduction) reads the views
     * alone, so it checks the summary.
     */
    private ReportTable exposure(ReportParameters p, Instant at, boolean summary, List<RateSourceUsed> used,
                                 List<String> notes) {
        TradeViews.TradeFilter filter = filter(p);
        ConversionTable rates = rates(p);
        List<Exposure.Group> groups = new ArrayList<>();
        List<TradeViews.AlertedTrade> alerted;
        if (summary) {
            LocalDate firstWhole = p.from().getDayOfMonth() == 1 ? p.from() : p.from().withDayOfMonth(1).plusMonths(1);
            LocalDate afterLastWhole = p.to().plusDays(1).getDayOfMonth() == 1 ? p.to().plusDays(1)
                    : p.to().withDayOfMonth(1);
            if (firstWhole.isBefore(afterLastWhole)) {
                groups.addAll(exposureMonths.groups(p.currency(), firstWhole, afterLastWhole.minusMonths(1),
                        p.corridor(), p.rail()));
                if (p.from().isBefore(firstWhole)) {
                    groups.addAll(partMonths(within(filter, p.from(), firstWhole.minusDays(1)), rates, at));
                }
                if (!afterLastWhole.isAfter(p.to())) {
                    groups.addAll(partMonths(within(filter, afterLastWhole, p.to()), rates, at));
                }
            } else {
                groups.addAll(partMonths(filter, rates, at));
            }
            alerted = exposureMonths.alerted(p.currency(), p.ratePolicy(), p.from(), p.to(), p.corridor(), p.rail());
        } else {
            groups.addAll(trades.exposureGroups(filter, p.currency(), p.ratePolicy(), at));
            alerted = trades.alertedTrades(filter, p.currency(), p.ratePolicy(), at);
        }
        // the stamp names every rate the values were converted with: one lookup per trade date and currency
        ConversionTable stamped = rates(p);
        trades.dailyTotals(filter, at).forEach(t -> stamped.find(t.day(), t.currency()));
        used.addAll(stamped.used());
        Map<Long, List<String>> programs = screening.programs(alerted.stream()
                .map(TradeViews.AlertedTrade::entityId).toList());
        Map<Long, Exposure.AlertedTrade> byTrade = new LinkedHashMap<>();
        for (TradeViews.AlertedTrade a : alerted) {
            Exposure.AlertedTrade seen = byTrade.get(a.tradeId());
            List<String> union = new ArrayList<>(seen == null ? List.of() : seen.programs());
            programs.getOrDefault(a.entityId(), List.of()).stream().filter(x -> !union.contains(x)).forEach(union::add);
            byTrade.put(a.tradeId(), new Exposure.AlertedTrade(a.tradeId(), a.status(), a.value(), union));
        }
        long unconverted = groups.stream().mapToLong(Exposure.Group::tradesWithoutRate).sum();
        if (unconverted > 0) {
            notes.add(unconverted + " trade(s) have no " + p.currency() + " reference rate under the rate policy and "
                    + "are counted but not valued; the settlement-currency mix with the same filters lists the days.");
        }
        return Exposure.table(Exposure.compute(groups, List.copyOf(byTrade.values()), p.currency()),
                p.ratePolicy().label());
    }

    private ReportTable register(ReportParameters p, Instant at, List<RateSourceUsed> used, List<String> notes) {
        List<Register.Entry> entries = trades.register(p.statuses(), p.from(), p.to(), p.corridor(), at);
        // the register is by decision date: its trades' dates may lie anywhere before
        LocalDate first = entries.stream().map(Register.Entry::tradeDate).min(LocalDate::compareTo).orElse(p.from());
        LocalDate last = entries.stream().map(Register.Entry::tradeDate).max(LocalDate::compareTo).orElse(p.to());
        ConversionTable rates = fx.conversions(p.currency(), first, last, p.ratePolicy());
        List<Register.Row> rows = Register.compute(entries, p.asOf(), calendar, rates);
        used.addAll(rates.used());
        if (rows.stream().anyMatch(r -> r.entry().dueDate().isPresent() && r.businessDaysLeft().isEmpty())) {
            notes.add("Some business-day counts are empty: the US federal holiday table does not cover those years.");
        }
        return Register.table(rows, p.currency(), p.ratePolicy().label());
    }

    private ReportTable listChangeImpact(ReportParameters p, Instant at) {
        List<ListChangeImpact.Version> versions = screening.versions(p.from(), p.to(), p.source(), at);
        return ListChangeImpact.table(versions, screening.alertsByVersion(
                versions.stream().map(ListChangeImpact.Version::versionId).toList(), at));
    }

    // a range shorter than two months, read from the trade view and converted with each day's factor
    private List<Exposure.Group> partMonths(TradeViews.TradeFilter filter, ConversionTable rates, Instant at) {
        return Exposure.convert(trades.exposureDays(filter, at), rates);
    }

    private ConversionTable rates(ReportParameters p) {
        return fx.conversions(p.currency(), p.from(), p.to(), p.ratePolicy());
    }

    // what the stamp's reader must know when some trade dates took an earlier day's rate
    private static Optional<String> earlierRateNote(List<RateSourceUsed> used, RatePolicy policy) {
        int earlier = used.stream().mapToInt(RateSourceUsed::tradeDatesOnEarlierRate).sum();
        if (earlier == 0) {
            return Optional.empty();
        }
        return Optional.of(earlier + " trade date(s) and currency(ies) had no rate of their own and were converted "
                + "with " + policy.describe() + "; the rows list each trade date with the day whose rate it took.");
    }

    private static TradeViews.TradeFilter within(TradeViews.TradeFilter f, LocalDate from, LocalDate to) {
        return new TradeViews.TradeFilter(from, to, f.corridor(), f.rail(), f.statuses());
    }

    private static TradeViews.TradeFilter filter(ReportParameters p) {
        return new TradeViews.TradeFilter(p.from(), p.to(), p.corridor(), p.rail(),
                p.report() == ReportName.SETTLEMENT_CURRENCY_MIX || p.report() == ReportName.PAYMENT_RAIL_MIX
                        ? p.statuses() : List.of());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
