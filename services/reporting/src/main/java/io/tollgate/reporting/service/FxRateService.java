package io.tollgate.reporting.service;

import io.quarkus.runtime.StartupEvent;
import io.tollgate.platform.data.Sha256;
import io.tollgate.reporting.config.ReportingConfig;
import io.tollgate.reporting.domain.Violation;
import io.tollgate.reporting.domain.fx.Conversion;
import io.tollgate.reporting.domain.fx.ConversionRoutes;
import io.tollgate.reporting.domain.fx.RateFile;
import io.tollgate.reporting.domain.fx.RateQuote;
import io.tollgate.reporting.repository.ExposureSummaryStore;
import io.tollgate.reporting.repository.FxRateImportEntity;
import io.tollgate.reporting.repository.FxRateStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * Imports published rates (ECB, Bank of Russia, plain layout) and keeps each day's conversions into every reporting
 * currency. An import is one transaction: a file that does not parse, or that contradicts a stored rate, changes
 * nothing.
 */
@ApplicationScoped
@Transactional
public class FxRateService {

    private static final Logger LOG = Logger.getLogger(FxRateService.class);
    private static final int MAX_REPORTED = 20;

    private final FxRateStore store;
    private final ExposureSummaryStore exposureMonths;
    private final ReportingConfig config;
    private final Clock clock;

    public FxRateService(FxRateStore store, ExposureSummaryStore exposureMonths, ReportingConfig config, Clock clock) {
        this.store = store;
        this.exposureMonths = exposureMonths;
        this.config = config;
        this.clock = clock;
    }

    /** What an import did; {@code importId} is empty when the file held no rate that was not stored already. */
    public record ImportResult(Optional<Long> importId, String sha256, List<String> layouts, List<String> sources,
                               LocalDate firstDate, LocalDate lastDate, int dates, List<String> currencies,
                               int ratesAdded, int ratesUnchanged) {
    }

    /** A file whose rates contradict stored ones: rates once stored are facts filed reports depend on. */
    public static class ConflictingRatesException extends RuntimeException {
        private final List<Violation> conflicts;

        ConflictingRatesException(String message, List<Violation> conflicts) {
            super(message);
            this.conflicts = List.copyOf(conflicts);
        }

        public List<Violation> conflicts() {
            return conflicts;
        }
    }

    /**
     * Imports a rate file for {@code user}, in whichever layout it is; {@code ecbSource} names the publisher of a file
     * in the ECB layout when it is not the ECB.
     */
    public ImportResult importFile(byte[] file, String user, Optional<String> ecbSource) {
        RateFile rates = RateFile.read(file, ecbSource);
        // one at a time with the exposure summary's refresh, so a refresh never misses the months this import marks
        exposureMonths.lock();
        LocalDate first = rates.firstDate();
        LocalDate last = rates.lastDate();
        Map<RateQuote.Key, BigDecimal> stored = store.quotesByKey(first, last);
        List<RateQuote> fresh = new ArrayList<>();
        List<Violation> conflicts = new ArrayList<>();
        int conflictCount = 0;
        int unchanged = 0;
        for (RateQuote q : rates.quotes()) {
            BigDecimal old = stored.get(q.key());
            BigDecimal inverse = stored.get(q.inverseKey());
            if (old != null && old.compareTo(q.rate()) == 0) {
                unchanged++;
            } else if (old == null && inverse == null) {
                fresh.add(q);
            } else if (conflictCount++ < MAX_REPORTED) {
                conflicts.add(new Violation(q.date() + " " + q.source() + " " + q.base() + "/" + q.quote(), old != null
                        ? "stored rate " + old.toPlainString() + ", the file says " + q.rate().toPlainString()
                        : "stored as " + q.quote() + "/" + q.base() + " " + inverse.toPlainString()
                        + ": a source quotes a pair one way round"));
            }
        }
        if (!conflicts.isEmpty()) {
            throw new ConflictingRatesException(conflictCount + " rate(s) differ from rates already stored (first: "
                    + conflicts.get(0).field() + "); stored rates are never changed because reports were "
                    + "converted with them", conflicts);
        }
        String sha256 = Sha256.hex(file);
        Optional<Long> importId = Optional.empty();
        if (!fresh.isEmpty()) {
            FxRateImportEntity imp = new FxRateImportEntity();
            imp.sha256 = sha256;
            imp.firstDate = first;
            imp.lastDate = last;
            imp.dateCount = rates.dateCount();
            imp.currencies = String.join(",", rates.currencies());
            imp.layouts = String.join(",", rates.layouts());
            imp.sources = String.join(",", rates.sources());
            imp.ratesAdded = fresh.size();
            imp.ratesUnchanged = unchanged;
            imp.importedBy = user;
            imp.importedAt = clock.instant();
            imp.persist();
            FxRateImportEntity.flush();
            store.insertQuotes(imp.id, fresh);
            Set<LocalDate> days = new TreeSet<>(fresh.stream().map(RateQuote::date).toList());
            computeConversions(days, List.copyOf(config.currencies()));
            exposureMonths.markDirty(affectedMonths(days));
            importId = Optional.of(imp.id);
            LOG.infof("FX rates imported by %s (%s from %s): %d new, %d already stored, %s..%s", user,
                    imp.layouts, imp.sources, fresh.size(), unchanged, first, last);
        }
        return new ImportResult(importId, sha256, rates.layouts(), rates.sources(), first, last, rates.dateCount(),
                rates.currencies(), fresh.size(), unchanged);
    }

    /**
     * At start: a reporting currency added to the configuration gets the conversions of every stored day, once (one
     * lookup per currency on later starts).
     */
    void backfillConversions(@Observes StartupEvent start) {
        Optional<LocalDate[]> span = store.rateSpan();
        if (span.isEmpty() || config.currencies().stream().allMatch(store::hasConversions)) {
            return;
        }
        Set<LocalDate> days = new TreeSet<>();
        store.quotes(span.get()[0], span.get()[1], Optional.empty()).forEach(s -> days.add(s.quote().date()));
        computeConversions(days, List.copyOf(config.currencies()));
        LOG.infof("conversions computed into %s from %s to %s", config.currencies(), span.get()[0], span.get()[1]);
    }

    /** Stored rates in [from, to], optionally of one currency. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FxRateStore.StoredQuote> rates(LocalDate from, LocalDate to, Optional<String> currency) {
        return store.quotes(from, to, currency);
    }

    /** The latest imports, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FxRateImportEntity> imports(int limit) {
        return FxRateImportEntity.latest(limit);
    }

    /** One import, if it exists. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FxRateImportEntity> importRecord(long id) {
        return FxRateImportEntity.findByIdOptional(id);
    }

    // every reporting currency's conversions of each day, from all of that day's rates, whatever their source
    private void computeConversions(Set<LocalDate> days, List<String> quotes) {
        if (days.isEmpty()) {
            return;
        }
        Map<LocalDate, List<RateQuote>> byDay = new TreeMap<>();
        LocalDate first = ((TreeSet<LocalDate>) days).first();
        LocalDate last = ((TreeSet<LocalDate>) days).last();
        store.quotes(first, last, Optional.empty()).stream().map(FxRateStore.StoredQuote::quote)
                .filter(q -> days.contains(q.date()))
                .forEach(q -> byDay.computeIfAbsent(q.date(), d -> new ArrayList<>()).add(q));
        Map<LocalDate, Map<String, Map<String, Conversion>>> conversions = new TreeMap<>();
        byDay.forEach((day, quotesOfDay) -> {
            Map<String, Map<String, Conversion>> perQuote = new TreeMap<>();
            for (String quote : quotes) {
                perQuote.put(quote, ConversionRoutes.into(quote, day, quotesOfDay, config.rateSources()));
            }
            conversions.put(day, perQuote);
        });
        store.replaceConversions(conversions);
    }

    // a rate of day d converts trade dates up to the configured maximum age after it (the summary's policy)
    private Set<LocalDate> affectedMonths(Set<LocalDate> days) {
        Set<LocalDate> months = new TreeSet<>();
        int age = ReportingConfig.policy(config).lookbackDays();
        for (LocalDate d : days) {
            months.add(d.withDayOfMonth(1));
            months.add(d.plusDays(age).withDayOfMonth(1));
        }
        return months;
    }
}
