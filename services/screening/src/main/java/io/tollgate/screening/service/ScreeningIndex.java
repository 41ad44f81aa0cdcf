package io.tollgate.screening.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.tollgate.screening.repository.ListStore;
import io.tollgate.screening.domain.matching.IndexedEntity;
import io.tollgate.screening.domain.matching.MatchIndex;
import io.tollgate.screening.domain.matching.NameKnowledge;
import io.tollgate.screening.repository.StoredVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * The in-memory screening index of every listed entity, built from the store off the request path and swapped
 * atomically: a screening sees either the old lists or the new ones, never a half-loaded list. Rebuilt at start,
 * after each committed import, and when another replica's import shows up in the store.
 */
@ApplicationScoped
public class ScreeningIndex {

    private static final Logger LOG = Logger.getLogger(ScreeningIndex.class);

    /**
     * One immutable generation of the index.
     *
     * @param matchIndex the candidate and scoring index over every listed entity
     * @param contentHashes entity id → content hash (the entity's version, stored with each hit)
     * @param listVersions source → version id the entities come from
     * @param builtAt when this generation was built
     */
    public record Snapshot(MatchIndex matchIndex, Map<Long, String> contentHashes, Map<String, Long> listVersions,
                           Instant builtAt) {

        public int size() {
            return matchIndex.size();
        }
    }

    private final ListStore store;
    private final NameKnowledge knowledge;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    private final AtomicBoolean rebuildPending = new AtomicBoolean();
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "screening-index-builder");
        t.setDaemon(true);
        return t;
    });

    public ScreeningIndex(ListStore store, NameKnowledge knowledge) {
        this.store = store;
        this.knowledge = knowledge;
    }

    void onStart(@Observes StartupEvent event) {
        requestRebuild();
    }

    void onStop(@Observes ShutdownEvent event) {
        builder.shutdownNow();
    }

    /** The index screenings use now, if any list has been loaded. */
    public Optional<Snapshot> current() {
        return Optional.ofNullable(current.get());
    }

    /** Schedules a rebuild; requests arriving while one is queued are folded into it. */
    public void requestRebuild() {
        if (rebuildPending.compareAndSet(false, true)) {
            builder.submit(() -> {
                rebuildPending.set(false);
                try {
                    rebuild();
                } catch (RuntimeException e) {
                    LOG.error("rebuilding the screening index failed; the previous one keeps serving", e);
                }
            });
        }
    }

    /** Rebuilds when the store's current versions differ from the index's (another replica imported). */
    @Scheduled(every = "${screening.index.poll-every:30s}", delayed = "${screening.index.poll-every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void followStore() {
        Map<String, Long> inStore = versionsInStore();
        Snapshot snap = current.get();
        Map<String, Long> inIndex = snap == null ? Map.of() : snap.listVersions();
        if (!inStore.equals(inIndex)) {
            requestRebuild();
        }
    }

    private Map<String, Long> versionsInStore() {
        Map<String, Long> versions = new TreeMap<>();
        for (StoredVersion v : store.currentVersions()) {
            versions.put(v.source(), v.id());
        }
        return versions;
    }

    private void rebuild() {
        long started = System.nanoTime();
        List<IndexedEntity> entities = new ArrayList<>();
        Map<Long, String> hashes = new HashMap<>();
        // one transaction: the versions and the entities come from the same consistent (repeatable-read) snapshot
        Snapshot serving = current.get();
        Map<String, Long> versions = QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> v = versionsInStore();
            // a request that arrived while the previous build ran may find it already covers the store: skip it
            if (serving != null && v.equals(serving.listVersions())) {
                return Map.<String, Long>of();
            }
            if (!v.isEmpty()) {
                store.forEachListed(e -> {
                    entities.add(new IndexedEntity(e.id(), e.entity()));
                    hashes.put(e.id(), e.contentHash());
                });
            }
            return v;
        });
        if (versions.isEmpty()) {
            return;
        }
        MatchIndex matchIndex = MatchIndex.build(entities, knowledge);
        current.set(new Snapshot(matchIndex, Map.copyOf(hashes), Map.copyOf(versions), Instant.now()));
        LOG.infof("screening index built: %d entities from %s in %d ms", entities.size(), versions,
                (System.nanoTime() - started) / 1_000_000);
    }
}
