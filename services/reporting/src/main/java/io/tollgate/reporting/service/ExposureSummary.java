package io.tollgate.reporting.service;

import io.tollgate.reporting.config.ReportingConfig;
import io.tollgate.reporting.domain.exposure.Exposure;
import io.tollgate.reporting.domain.fx.RatePolicy;
import io.tollgate.reporting.repository.ExposureSummaryStore;
import io.tollgate.reporting.repository.FxRateStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * Keeps the exposure summary up to date before an exposure report reads it. Exact: everything a change can move is
 * rebuilt from the trade views.
 * <ul>
 * <li>{@code exposure_month}: the (month, corridor, rail) groups of every trade registered or re-decided since the last
 * refresh are rebuilt (only those groups: one read of their trades of that month, grouped by day and currency and
 * converted in Java into every reporting currency, instead of a whole month per currency with a factor join in the
 * database: a new trade then costs tens of milliseconds, not a third of a second); the months a rate import marked
 * are rebuilt whole.</li>
 * <li>{@code exposure_alerted_trade}: the rows of every trade registered or re-decided, or with an alert raised or
 * decided (closed, re-opened), since the last refresh are rebuilt. They hold amounts and currencies, converted when
 * read, so a rate import needs no rebuild of them; programs are read from screening when the report runs.</li>
 * </ul>
 * Values are converted under the configured rate policy (a report asking for another reads the views); a change of
 * policy or of reporting currencies rebuilds the summary whole. The look back starts {@code late-commit-margin}
 * before the last refresh, because a trade's and an alert's timestamps
 * are set before their transaction commits; a rate import marks its months in its own transaction, under the same
 * lock as a refresh. Runs in its own transaction, one refresh at a time; the report then reads a snapshot taken after
 * it.
 */
@ApplicationScoped
public class ExposureSummary {

    private static final Logger LOG = Logger.getLogger(ExposureSummary.class);

    private final ExposureSummaryStore store;
    private final FxRateStore fx;
    private final ReportingConfig config;
    private final Clock clock;

    public ExposureSummary(ExposureSummaryStore store, FxRateStore fx, ReportingConfig config, Clock clock) {
        this.store = store;
        this.fx = fx;
        this.config = config;
        this.clock = clock;
    }

    /** Brings the summary up to date; returns the moment it is up to date as of (the report's data cut-off). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Instant refresh() {
        ExposureSummaryStore.State state = store.lock();
        Instant now = clock.instant();
        List<String> quotes = List.copyOf(new TreeSet<>(config.currencies()));
        RatePolicy policy = ReportingConfig.policy(config);
        boolean full = state.refreshedAt().isEmpty() || !state.currencies().equals(new TreeSet<>(quotes))
                || !state.ratePolicy().equals(Optional.of(policy.label()));
        long t0 = System.nanoTime();
        Set<LocalDate> dirty = store.dirtyMonths();
        Map<LocalDate, Set<ExposureSummaryStore.MonthGroup>> groups = new TreeMap<>();
        Optional<Set<Long>> alerted = Optional.empty();
        if (full) {
            store.clear();
            store.allMonths().forEach(m -> groups.put(m, null));
        } else {
            ExposureSummaryStore.Changes changes = store.changesSince(
                    state.refreshedAt().get().minus(config.exposureSummary().lateCommitMargin()));
            for (ExposureSummaryStore.MonthGroup g : changes.groups()) {
                groups.computeIfAbsent(g.month(), m -> new HashSet<>()).add(g);
            }
            if (state.alertedBuilt()) {
                alerted = Optional.of(changes.alertedTrades());
            }
        }
        // a month whose rates changed is rebuilt whole (null: every group of it)
        dirty.forEach(m -> groups.put(m, null));
        groups.forEach((month, only) -> rebuild(month, Optional.ofNullable(only), quotes, policy));
        store.rebuildAlerted(alerted, now);
        store.clean(dirty);
        store.refreshed(now, Set.copyOf(quotes), policy);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (full || ms > 200) {
            LOG.infof("exposure summary: %d month(s) rebuilt%s, alerted trades %s, in %d ms", groups.size(),
                    full ? " (full)" : "", alerted.map(a -> a.size() + " trade(s)").orElse("in full"), ms);
        }
        return now;
    }

    // one read of the month's trades, converted in Java into every reporting currency (cheaper than the database's
    // join per currency, and the same exact BigDecimal arithmetic)
    private void rebuild(LocalDate month, Optional<Set<ExposureSummaryStore.MonthGroup>> only, List<String> quotes,
                         RatePolicy policy) {
        List<Exposure.DayGroup> days = store.dayGroups(month, only);
        Map<String, List<Exposure.Group>> byQuote = new TreeMap<>();
        for (String quote : quotes) {
            byQuote.put(quote, Exposure.convert(days, fx.conversions(quote, month, month.plusMonths(1).minusDays(1),
                    policy)));
        }
        store.replace(month, only, byQuote);
    }
}
