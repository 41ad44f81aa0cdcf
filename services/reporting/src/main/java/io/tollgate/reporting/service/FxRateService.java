package io.tollgate.reporting.service;

import io.tollgate.platform.data.Sha256;
import io.quarkus.runtime.StartupEvent;
import io.tollgate.reporting.config.ReportingConfig;
import io.tollgate.reporting.domain.Violation;
import io.tollgate.reporting.domain.fx.ReferenceRates;
import io.tollgate.reporting.repository.FxRateImportEntity;
import io.tollgate.reporting.repository.ExposureSummaryStore;
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
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * Imports daily reference rates and keeps the conversion factors into each reporting currency. An import is one
 * transaction: a file that does not parse, or that contradicts a stored rate, changes nothing.
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
    public record ImportResult(Optional<Long> importId, String sha256, LocalDate firstDate, LocalDate lastDate,
                               int dates, List<String> currencies, int ratesAdded, int ratesUnchanged) {
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

    /** Imports a rate file (ECB reference-rate layout) for {@code user}. */
    public ImportResult importFile(byte[] file, String user) {
        ReferenceRates rates = ReferenceRates.parse(file);
        // one at a time with the exposure summary's refresh, so a refresh never misses the months this import marks
        exposureMonths.lock();
        LocalDate first = rates.byDate().firstKey();
        LocalDate last = rates.byDate().lastKey();
        TreeMap<LocalDate, Map<String, BigDecimal>> stored = store.ratesByDay(first, last);
        TreeMap<LocalDate, Map<String, BigDecimal>> fresh = new TreeMap<>();
        List<Violation> conflicts = new ArrayList<>();
        int conflictCount = 0;
        int unchanged = 0;
        for (var day : rates.byDate().entrySet()) {
            Map<String, BigDecimal> have = stored.getOrDefault(day.getKey(), Map.of());
            for (var rate : day.getValue().entrySet()) {
                BigDecimal old = have.get(rate.getKey());
                if (old == null) {
                    fresh.computeIfAbsent(day.getKey(), d -> new TreeMap<>()).put(rate.getKey(), rate.getValue());
                } else if (old.compareTo(rate.getValue()) == 0) {
                    unchanged++;
                } else if (conflictCount++ < MAX_REPORTED) {
                    conflicts.add(new Violation(day.getKey() + " " + rate.getKey(), "stored rate "
                            + old.toPlainString() + ", the file says " + rate.getValue().toPlainString()));
                }
            }
        }
        if (!conflicts.isEmpty()) {
            throw new ConflictingRatesException(conflictCount + " rate(s) differ from rates already stored (first: "
                    + conflicts.get(0).field() + "); stored rates are never changed because reports were "
                    + "converted with them", conflicts);
        }
        String sha256 = Sha256.hex(file);
        int added = fresh.values().stream().mapToInt(Map::size).sum();
        Optional<Long> importId = Optional.empty();
        if (added > 0) {
            FxRateImportEntity imp = new FxRateImportEntity();
            imp.sha256 = sha256;
            imp.firstDate = first;
            imp.lastDate = last;
            imp.dateCount = rates.byDate().size();
            imp.currencies = String.join(",", rates.currencies());
            imp.ratesAdded = added;
            imp.ratesUnchanged = unchanged;
            imp.importedBy = user;
            imp.importedAt = clock.instant();
            imp.persist();
            FxRateImportEntity.flush();
            store.insertRates(imp.id, fresh);
            // factors need every rate of a day, stored before or now
            TreeMap<LocalDate, Map<String, BigDecimal>> days = store.ratesByDay(first, last);
            days.keySet().retainAll(fresh.keySet());
            store.insertFactors(days, List.copyOf(config.currencies()));
            exposureMonths.markDirty(fresh.keySet());
            importId = Optional.of(imp.id);
            LOG.infof("FX rates imported by %s: %d new, %d already stored, %s..%s", user, added, unchanged, first,
                    last);
        }
        return new ImportResult(importId, sha256, first, last, rates.byDate().size(), rates.currencies(), added,
                unchanged);
    }

    /**
     * At start: a reporting currency added to the configuration gets the factors of every stored day, once (a
     * currency that has factors already is left alone, so this costs one lookup per currency on later starts).
     */
    void backfillFactors(@Observes StartupEvent start) {
        Optional<LocalDate[]> span = store.rateSpan();
        if (span.isEmpty()) {
            return;
        }
        List<String> missing = config.currencies().stream().filter(q -> !store.hasFactors(q)).sorted().toList();
        if (!missing.isEmpty()) {
            store.insertFactors(store.ratesByDay(span.get()[0], span.get()[1]), missing);
            LOG.infof("conversion factors computed for %s from %s to %s", missing, span.get()[0], span.get()[1]);
        }
    }

    /** Stored rates in [from, to], optionally of one currency. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FxRateStore.StoredRate> rates(LocalDate from, LocalDate to, Optional<String> currency) {
        return store.rates(from, to, currency);
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
}
