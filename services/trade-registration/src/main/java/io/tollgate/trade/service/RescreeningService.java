package io.tollgate.trade.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.tollgate.trade.client.ListChangeFeed;
import io.tollgate.trade.client.ScreeningClient;
import io.tollgate.trade.client.ScreeningUnavailableException;
import io.tollgate.trade.config.TradeConfig;
import io.tollgate.trade.domain.ListChange;
import io.tollgate.trade.domain.ListChangePage;
import io.tollgate.trade.domain.ListHit;
import io.tollgate.trade.domain.PartyScreening;
import io.tollgate.trade.domain.ScreeningSubject;
import io.tollgate.trade.domain.Trade;
import io.tollgate.trade.domain.TradeStatus;
import io.tollgate.trade.repository.FeedCursors;
import io.tollgate.trade.repository.JobLeases;
import io.tollgate.trade.repository.RescreeningCandidates;
import io.tollgate.trade.repository.TradeStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Follows the screening service's list change feed and re-screens the parties a change could touch. One pass:
 * gather the changes after the stored cursor, screen every distinct party and declared owner of the candidate trades
 * (HELD ones, and those registered within the look-back period, unless already screened against the changed list
 * versions) in large batches with the service token, and decide
 * again each trade that a hit on a changed entity, or an undecided alert on a changed or removed entity, touches —
 * new alerts as at registration, status changes with reasons and audit events. Then move the cursor. A lease in the
 * database makes one replica at a time do this; the cursor only moves while the lease is held, so a pass cut short
 * is simply done again.
 */
@ApplicationScoped
public class RescreeningService {

    static final String JOB = "list-change-rescreening";
    static final String FEED = "screening-list-changes";
    private static final Logger LOG = Logger.getLogger(RescreeningService.class);

    private final ListChangeFeed feed;
    private final ScreeningClient screening;
    private final RescreeningCandidates candidates;
    private final FeedCursors cursors;
    private final JobLeases leases;
    private final DecisionRecorder recorder;
    private final TradeStore store;
    private final TradeConfig config;
    private final String holder;

    public RescreeningService(ListChangeFeed feed, ScreeningClient screening, RescreeningCandidates candidates,
                              FeedCursors cursors, JobLeases leases, DecisionRecorder recorder, TradeStore store,
                              TradeConfig config) {
        this.feed = feed;
        this.screening = screening;
        this.candidates = candidates;
        this.cursors = cursors;
        this.leases = leases;
        this.recorder = recorder;
        this.store = store;
        this.config = config;
        this.holder = hostName() + "/" + UUID.randomUUID();
    }

    /**
     * What one pass did.
     *
     * @param changes list changes taken from the feed (0: nothing new)
     * @param subjects distinct parties and owners screened again
     * @param touchedTrades trades decided again
     * @param statusChanges of those, how many changed status
     */
    public record Pass(long fromCursor, long toCursor, int changes, int subjects, int parties, int owners,
                       int touchedTrades, int statusChanges, Duration took) {

        /** One line for the log and the cursor row. */
        public String summary() {
            return "changes " + fromCursor + ".." + toCursor + ": " + changes + " entity changes, " + subjects
                    + " distinct subjects (" + parties + " parties, " + owners + " owners) screened, " + touchedTrades
                    + " trades decided again, " + statusChanges + " changed status, in " + took.toMillis() + " ms";
        }
    }

    /**
     * Runs passes until the feed has nothing new (or this replica does not get the lease); returns what they did.
     * Without a service token, or with re-screening disabled, it does nothing.
     */
    public List<Pass> followChanges() {
        Optional<String> token = config.screening().usableServiceToken();
        if (!config.rescreening().enabled() || token.isEmpty()) {
            LOG.debug("re-screening on list change is off (disabled, or no trade.screening.service-token)");
            return List.of();
        }
        Duration ttl = config.rescreening().lease();
        if (!leases.tryAcquire(JOB, holder, ttl)) {
            LOG.debug("another replica holds the re-screening lease");
            return List.of();
        }
        List<Pass> passes = new ArrayList<>();
        try {
            while (true) {
                Optional<Pass> pass = pass(token.get(), ttl);
                if (pass.isEmpty()) {
                    break;
                }
                passes.add(pass.get());
                LOG.infof("re-screening after list change: %s", pass.get().summary());
            }
        } finally {
            leases.release(JOB, holder);
        }
        return passes;
    }

    private Optional<Pass> pass(String token, Duration ttl) {
        long start = System.nanoTime();
        long from = cursors.position(FEED);
        long to = from;
        Set<Long> changed = new HashSet<>();
        Set<Long> removed = new HashSet<>();
        Map<String, Long> versions = new TreeMap<>();
        int count = 0;
        ListChangePage page;
        do {
            page = feed.after(to, config.rescreening().pageSize(), token);
            for (ListChange c : page.changes()) {
                (c.type() == ListChange.Type.REMOVED ? removed : changed).add(c.entityId());
                versions.merge(c.source(), c.versionId(), Math::max);
            }
            count += page.changes().size();
            to = page.nextCursor();
        } while (page.more() && count < config.rescreening().maxChangesPerPass());
        if (count == 0) {
            return Optional.empty();
        }
        Instant since = Instant.now().minus(config.rescreening().lookback());
        RescreeningCandidates.Subjects subjects = candidates.load(since, versions);
        // which trades a change touches, and through which listed entities (for the audit trail)
        Map<Long, Set<Long>> touched = new TreeMap<>();
        List<Map.Entry<String, ScreeningSubject>> all = new ArrayList<>(subjects.queries().entrySet());
        int batch = config.rescreening().batchSize();
        for (int i = 0; i < all.size(); i += batch) {
            List<Map.Entry<String, ScreeningSubject>> chunk = all.subList(i, Math.min(all.size(), i + batch));
            List<PartyScreening> screened = screening.screenInBulk(chunk.stream().map(Map.Entry::getValue).toList(),
                    token);
            for (int j = 0; j < chunk.size(); j++) {
                requireServed(versions, screened.get(j));
                for (ListHit hit : screened.get(j).hits()) {
                    if (changed.contains(hit.entityId())) {
                        for (long tradeId : subjects.trades().get(chunk.get(j).getKey())) {
                            touched.computeIfAbsent(tradeId, k -> new TreeSet<>()).add(hit.entityId());
                        }
                    }
                }
            }
            renew(ttl);
        }
        Set<Long> alerted = new HashSet<>(changed);
        alerted.addAll(removed);
        for (long tradeId : candidates.withUndecidedAlertsOn(alerted, since)) {
            touched.computeIfAbsent(tradeId, k -> new TreeSet<>());
        }
        int statusChanges = 0;
        for (Map.Entry<Long, Set<Long>> t : touched.entrySet()) {
            Map<String, Object> cause = new LinkedHashMap<>();
            cause.put("cause", "list change");
            cause.put("feedCursor", from + ".." + to);
            cause.put("changedEntitiesHit", t.getValue());
            if (rescreen(t.getKey(), token, cause)) {
                statusChanges++;
            }
            renew(ttl);
        }
        Pass pass = new Pass(from, to, count, subjects.queries().size(), subjects.partyCount(), subjects.ownerCount(),
                touched.size(), statusChanges, Duration.ofNanos(System.nanoTime() - start));
        if (!cursors.advance(FEED, from, to, pass.summary(), JOB, holder)) {
            throw new IllegalStateException("lost the re-screening lease before moving the cursor past " + from
                    + "; the next pass does this one again");
        }
        return Optional.of(pass);
    }

    /** Decides one trade again; true if its status changed. A concurrent alert decision gets one more try. */
    private boolean rescreen(long tradeId, String token, Map<String, Object> cause) {
        Optional<TradeStatus> before = QuarkusTransaction.requiringNew().call(() -> store.status(tradeId));
        TradeStatus after;
        try {
            after = rescreenOnce(tradeId, token, cause);
        } catch (PersistenceException | QuarkusTransactionException e) {
            LOG.infof("trade %d changed while it was re-screened; once more", tradeId);
            after = rescreenOnce(tradeId, token, cause);
        }
        return before.isEmpty() || after != before.get();
    }

    /**
     * Re-screens a decided trade with the service token and records the new decision (keeping its alerts and their
     * decisions); throws if screening fails, leaving the trade as it was. A PENDING_SCREENING trade is left to the
     * retry job, which screens it with the current lists anyway.
     */
    private TradeStatus rescreenOnce(long tradeId, String token, Map<String, Object> cause) {
        record Loaded(Trade trade, TradeStatus status) {
        }
        Loaded loaded = QuarkusTransaction.requiringNew().call(() -> new Loaded(store.trade(tradeId).orElseThrow(),
                store.status(tradeId).orElseThrow()));
        if (loaded.status() == TradeStatus.PENDING_SCREENING) {
            return TradeStatus.PENDING_SCREENING;
        }
        return recorder.screenAndDecide(tradeId, loaded.trade(), token, DecisionRecorder.SYSTEM, cause).status();
    }

    /**
     * The change feed shows an import once it is committed, the match index serves it a moment later: a screening
     * that used an older version of a changed list has not seen the change, so the pass stops (cursor unmoved) and is
     * done again at the next poll.
     */
    private static void requireServed(Map<String, Long> versions, PartyScreening screening) {
        versions.forEach((source, version) -> {
            long served = screening.listVersions().getOrDefault(source, 0L);
            if (served < version) {
                throw new ScreeningUnavailableException("the screening service serves " + source + " version "
                        + served + ", not yet version " + version + " of the change feed; trying again later", null);
            }
        });
    }

    private void renew(Duration ttl) {
        if (!leases.renew(JOB, holder, ttl)) {
            throw new IllegalStateException("lost the re-screening lease (it ran out): stopping this pass");
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "replica";
        }
    }
}
