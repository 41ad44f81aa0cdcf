package io.tollgate.reporting.service;

import io.tollgate.reporting.config.ReportingConfig;
import io.tollgate.reporting.repository.ExposureSummaryStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * Keeps the monthly exposure summary up to date before an exposure report reads it: the months of every trade
 * registered or re-decided since the last refresh, and the months a rate import marked, are rebuilt from the trade
 * view. The look back for trades starts {@code late-commit-margin} before the last refresh, because a trade's
 * timestamps are set before its transaction commits; a rate import marks its months in its own transaction, under the
 * same lock as a refresh. Runs in its own transaction, one refresh at a time; the report then reads a snapshot taken
 * after it.
 */
@ApplicationScoped
public class ExposureSummary {

    private static final Logger LOG = Logger.getLogger(ExposureSummary.class);

    private final ExposureSummaryStore store;
    private final ReportingConfig config;
    private final Clock clock;

    public ExposureSummary(ExposureSummaryStore store, ReportingConfig config, Clock clock) {
        this.store = store;
        this.config = config;
        this.clock = clock;
    }

    /** Brings the summary up to date; returns the moment it is up to date as of (the report's data cut-off). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Instant refresh() {
        ExposureSummaryStore.State state = store.lock();
        Instant now = clock.instant();
        Set<String> quotes = new TreeSet<>(config.currencies());
        boolean full = state.refreshedAt().isEmpty() || !state.currencies().equals(quotes);
        Set<LocalDate> dirty = store.dirtyMonths();
        Set<LocalDate> months = new TreeSet<>(dirty);
        months.addAll(full ? store.allMonths()
                : store.monthsChangedSince(state.refreshedAt().get().minus(config.exposureSummary().lateCommitMargin())));
        long t0 = System.nanoTime();
        for (LocalDate month : months) {
            store.rebuild(month, List.copyOf(quotes));
        }
        store.clean(dirty);
        store.refreshed(now, quotes);
        if (full || months.size() > 3) {
            LOG.infof("exposure summary: %d month(s) rebuilt%s in %d ms", months.size(), full ? " (full)" : "",
                    (System.nanoTime() - t0) / 1_000_000);
        }
        return now;
    }
}
