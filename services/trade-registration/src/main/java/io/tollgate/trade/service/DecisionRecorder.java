package io.tollgate.trade.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tollgate.trade.api.TradeApi;
import io.tollgate.trade.client.ScreeningClient;
import io.tollgate.trade.client.ScreeningRefusedException;
import io.tollgate.trade.config.TradeConfig;
import io.tollgate.trade.domain.AlertState;
import io.tollgate.trade.domain.DecisionReason;
import io.tollgate.trade.domain.PartyScreening;
import io.tollgate.trade.domain.PotentialMatch;
import io.tollgate.trade.domain.RaisedAlert;
import io.tollgate.trade.domain.ReleasedMatch;
import io.tollgate.trade.domain.ScreeningOutcome;
import io.tollgate.trade.domain.ScreeningSubject;
import io.tollgate.trade.domain.Trade;
import io.tollgate.trade.domain.TradeDecider;
import io.tollgate.trade.domain.TradeDecision;
import io.tollgate.trade.domain.TradeStatus;
import io.tollgate.trade.repository.AlertEntity;
import io.tollgate.trade.repository.AlertStore;
import io.tollgate.trade.repository.AuditLog;
import io.tollgate.trade.repository.DecisionEntity;
import io.tollgate.trade.repository.TradeStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

/**
 * Screens a stored trade and records what {@link TradeDecider} decides: the decision, its alerts, the trade's new
 * standing and the audit events. The screening call runs outside any transaction (no database transaction waits on
 * the network); the decision is written in one transaction of its own. A first screening that fails leaves the trade
 * PENDING_SCREENING with its next attempt backed off; a re-screening that fails changes nothing and is thrown.
 */
@ApplicationScoped
public class DecisionRecorder {

    private static final Logger LOG = Logger.getLogger(DecisionRecorder.class);
    /** Who background work is recorded as. */
    static final String SYSTEM = "system";

    private final ScreeningClient screening;
    private final TradeDecider decider;
    private final TradeStore store;
    private final AlertStore alerts;
    private final AuditLog audit;
    private final TradeMapper mapper;
    private final TradeConfig config;

    public DecisionRecorder(ScreeningClient screening, TradeDecider decider, TradeStore store, AlertStore alerts,
                            AuditLog audit, TradeMapper mapper, TradeConfig config) {
        this.screening = screening;
        this.decider = decider;
        this.store = store;
        this.alerts = alerts;
        this.audit = audit;
        this.mapper = mapper;
        this.config = config;
    }

    /**
     * What a screening attempt recorded: the trade's status, the decision's stored reasons, due date and rule
     * versions, the alerts raised now, when it was decided (null while pending), and whether screening refused the
     * token.
     */
    public record Attempt(TradeStatus status, List<TradeApi.Reason> reasons, Optional<LocalDate> reportDueDate,
                          Map<String, String> ruleVersions, List<AlertEntity> raised, Instant decidedAt,
                          boolean refused) {
    }

    /**
     * Screens and decides; {@code cause} is empty for a first screening and says why for a re-screening, whose
     * failure changes nothing and is thrown to the caller.
     */
    public Attempt screenAndDecide(long tradeId, Trade trade, String bearerToken, String actor, Map<String, ?> cause) {
        Optional<ScreeningOutcome> outcome;
        String error = null;
        boolean refused = false;
        RuntimeException failed = null;
        try {
            List<PartyScreening> screenings = screening.screen(trade.screeningQueries(), bearerToken);
            outcome = Optional.of(ScreeningOutcome.assemble(trade, screenings));
        } catch (ScreeningRefusedException e) {
            LOG.warnf("screening of trade %d refused: %s", tradeId, e.getMessage());
            outcome = Optional.empty();
            error = e.getMessage();
            refused = true;
            failed = e;
        } catch (RuntimeException e) {
            failed = e;
            LOG.warnf("screening of trade %d failed: %s", tradeId, e.toString());
            outcome = Optional.empty();
            error = e instanceof CircuitBreakerOpenException ? "circuit open: the screening service failed recently"
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        if (outcome.isEmpty() && !cause.isEmpty()) {
            // a re-screening that failed changes nothing: the trade keeps its decision, the caller tries again later
            throw failed;
        }
        Optional<ScreeningOutcome> result = outcome;
        String failure = error;
        String failureEvent = refused ? "SCREENING_REFUSED" : "SCREENING_FAILED";
        boolean wasRefused = refused;
        return QuarkusTransaction.requiringNew().call(() -> decide(tradeId, trade, result, failure, failureEvent,
                actor, cause, wasRefused));
    }

    private Attempt decide(long tradeId, Trade trade, Optional<ScreeningOutcome> outcome, String error,
                           String failureEvent, String actor, Map<String, ?> cause, boolean refused) {
        TradeStore.Standing t = store.standing(tradeId).orElseThrow(() -> new IllegalStateException(
                "trade " + tradeId + " is not stored"));
        // a re-screening decides with the trade's alerts as they stand now, read in this transaction after the
        // trade's version: an alert decided while the screening call ran (confirmed, or released by a second pair of
        // eyes) is honoured; a decision after this read that changes the trade's status also changes its version, so
        // the write below is refused and the caller tries again
        List<RaisedAlert> raised = cause.isEmpty() ? List.of() : alerts.ofTrade(tradeId).stream()
                .map(AlertEntity::toRaised).toList();
        Instant now = now();
        Set<ReleasedMatch> released = Set.copyOf(store.releasedFor(trade.screeningQueries().stream()
                .map(ScreeningSubject::fingerprint).collect(Collectors.toSet())));
        // the decision's events, appended together at the end in this order
        List<AuditLog.Entry> events = new ArrayList<>();
        TradeDecision decision = decider.decide(trade, outcome, config.regimes(), LocalDate.ofInstant(now,
                ZoneOffset.UTC), released, raised).continuing(t.status, Optional.ofNullable(t.reportDueDate));
        if (outcome.isPresent()) {
            Map<String, Object> screened = new LinkedHashMap<>(cause);
            screened.put("screeningIds", outcome.get().screeningIds());
            screened.put("listVersions", outcome.get().listVersions());
            events.add(AuditLog.Entry.now(cause.isEmpty() ? "TRADE_SCREENED" : "TRADE_RESCREENED", actor, screened));
        } else {
            t.screeningAttempts++;
            t.nextScreeningAt = now.plus(backoff(t.screeningAttempts));
            t.lastScreeningError = error == null ? "" : error.length() <= 512 ? error : error.substring(0, 512);
            events.add(AuditLog.Entry.now(failureEvent, actor, Map.of("attempt", t.screeningAttempts,
                    "error", t.lastScreeningError, "nextAttemptAt", t.nextScreeningAt.toString())));
        }
        List<DecisionReason> reasons = new ArrayList<>(decision.reasons());
        List<AlertEntity> newAlerts = new ArrayList<>();
        for (PotentialMatch m : decision.potentialMatches()) {
            AlertEntity a = alert(tradeId, m, now);
            alerts.insert(a);
            newAlerts.add(a);
            reasons.set(m.reasonIndex(), reasons.get(m.reasonIndex()).withAlertIds(List.of(a.id)));
            events.add(AuditLog.Entry.now("ALERT_RAISED", actor, Map.of("alertId", a.id, "subject", a.subjectName,
                    "listedEntity", m.hit().label(), "score", a.score, "screeningId", a.screeningId)));
        }
        List<TradeApi.Reason> stored = reasons.stream().map(TradeMapper::toApi).toList();
        events.add(AuditLog.Entry.now("RULES_EVALUATED", actor, Map.of("ruleVersions", decision.ruleVersions(),
                "regimes", config.regimes().stream().map(Enum::name).sorted().toList(), "reasons", stored)));
        long decisionId = store.insert(new TradeStore.NewDecision(tradeId, decision.status(), mapper.write(stored),
                mapper.write(decision.ruleVersions()),
                mapper.write(outcome.map(ScreeningOutcome::listVersions).orElse(Map.of())),
                mapper.write(outcome.map(ScreeningOutcome::screeningIds).orElse(List.of())),
                decision.reportDueDate(), actor, now));
        if (t.status != decision.status()) {
            events.add(AuditLog.Entry.now("STATUS_CHANGED", actor, AuditLog.statusChange(t.status, decision.status(),
                    decisionId, decision.reportDueDate())));
        }
        audit.appendAll(tradeId, events);
        t.status = decision.status();
        t.reportDueDate = decision.reportDueDate().orElse(null);
        if (decision.status() != TradeStatus.PENDING_SCREENING) {
            t.decidedAt = now;
            t.nextScreeningAt = null;
        }
        store.save(t);
        return new Attempt(decision.status(), stored, decision.reportDueDate(), decision.ruleVersions(), newAlerts,
                t.decidedAt, refused);
    }

    /**
     * Records the trade's decision after an analyst's decision on one of its alerts, in the caller's transaction, if
     * it changes the trade's status; returns the trade's status afterwards. The trade's version check makes a
     * re-screening that decided the trade meanwhile refuse this write
     * ({@link jakarta.persistence.OptimisticLockException}).
     */
    public TradeStatus afterAlertDecision(long tradeId, String user, Instant now) {
        TradeStore.Standing t = store.standing(tradeId).orElseThrow(() -> new IllegalStateException(
                "trade " + tradeId + " is not stored"));
        Optional<DecisionEntity> latest = store.latestDecision(tradeId);
        if (latest.isEmpty()) {
            return t.status;
        }
        List<DecisionReason> reasons = mapper.reasons(latest.get()).stream().map(TradeMapper::toDomain).toList();
        List<RaisedAlert> its = alerts.ofTrade(tradeId).stream().map(AlertEntity::toRaised).toList();
        Optional<TradeDecision> decided = decider.afterAlertDecision(t.status, reasons, its,
                LocalDate.ofInstant(now, ZoneOffset.UTC));
        if (decided.isEmpty()) {
            return t.status;
        }
        TradeDecision d = decided.get();
        List<TradeApi.Reason> stored = d.reasons().stream().map(TradeMapper::toApi).toList();
        long decisionId = store.insert(new TradeStore.NewDecision(tradeId, d.status(), mapper.write(stored),
                latest.get().ruleVersions, latest.get().listVersions, latest.get().screeningIds, d.reportDueDate(),
                user, now));
        audit.append(tradeId, "STATUS_CHANGED", user, AuditLog.statusChange(t.status, d.status(), decisionId,
                d.reportDueDate()));
        t.status = d.status();
        t.reportDueDate = d.reportDueDate().orElse(null);
        t.decidedAt = now;
        store.save(t);
        return t.status;
    }

    private static AlertEntity alert(long tradeId, PotentialMatch m, Instant now) {
        AlertEntity a = new AlertEntity();
        a.tradeId = tradeId;
        a.partyPosition = m.partyIndex();
        a.ownerPosition = m.ownerIndex() < 0 ? null : m.ownerIndex();
        a.subjectName = m.subjectName();
        a.subjectHash = m.subjectFingerprint();
        a.screeningId = m.screeningId();
        a.entityId = m.hit().entityId();
        a.source = m.hit().source();
        a.sourceId = m.hit().sourceId();
        a.primaryName = m.hit().primaryName();
        a.matchedName = m.hit().matchedName();
        a.score = BigDecimal.valueOf(m.hit().score()).setScale(5, RoundingMode.HALF_UP);
        a.entityContentHash = m.hit().entityContentHash();
        a.explanation = String.join("\n", m.hit().explanation());
        a.status = AlertState.OPEN;
        a.createdAt = now;
        return a;
    }

    private Duration backoff(int attempts) {
        Duration initial = config.screening().retry().initialDelay();
        Duration max = config.screening().retry().maxDelay();
        long factor = 1L << Math.min(attempts - 1, 20);
        Duration d = initial.multipliedBy(factor);
        return d.compareTo(max) > 0 ? max : d;
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
