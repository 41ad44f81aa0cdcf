package io.tollgate.trade.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.tollgate.platform.problem.Problem;
import io.tollgate.platform.problem.ProblemException;
import io.tollgate.platform.problem.ProblemType;
import io.tollgate.trade.api.TradeApi;
import io.tollgate.trade.client.ScreeningClient;
import io.tollgate.trade.client.ScreeningRefusedException;
import io.tollgate.trade.config.TradeConfig;
import io.tollgate.trade.domain.DecisionReason;
import io.tollgate.trade.domain.PartyScreening;
import io.tollgate.trade.domain.PotentialMatch;
import io.tollgate.trade.domain.RaisedAlert;
import io.tollgate.trade.domain.ReleasedMatch;
import io.tollgate.trade.domain.ScreeningQuery;
import io.tollgate.trade.domain.ScreeningOutcome;
import io.tollgate.trade.domain.Trade;
import io.tollgate.trade.domain.TradeDecider;
import io.tollgate.trade.domain.TradeDecision;
import io.tollgate.trade.domain.TradeStatus;
import io.tollgate.trade.domain.rules.BusinessCalendar;
import io.tollgate.trade.domain.rules.RuleBook;
import io.tollgate.trade.repository.AlertEntity;
import io.tollgate.trade.repository.AuditLog;
import io.tollgate.trade.repository.DecisionEntity;
import io.tollgate.trade.repository.TradeStore;
import io.tollgate.trade.repository.TradeEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

/**
 * Registers trades: stores them, screens every party and owner, applies the rules and records the decision, its
 * alerts and the audit trail. The screening call runs between two transactions so that no database transaction waits
 * on the network; a trade whose screening fails is stored PENDING_SCREENING and retried in the background.
 */
@ApplicationScoped
public class TradeService {

    private static final Logger LOG = Logger.getLogger(TradeService.class);
    private static final String SYSTEM = "system";
    /** Longer than a registration's screening can take (timeout x attempts), so the job never races it. */
    private static final Duration IN_FLIGHT_GRACE = Duration.ofMinutes(2);

    private final ScreeningClient screening;
    private final TradeMapper mapper;
    private final AuditLog audit;
    private final TradeConfig config;
    private final TradeDecider decider;
    private final TradeStore store;

    public TradeService(ScreeningClient screening, TradeMapper mapper, AuditLog audit, TradeConfig config,
                        TradeStore store) {
        this.screening = screening;
        this.mapper = mapper;
        this.audit = audit;
        this.config = config;
        this.store = store;
        this.decider = new TradeDecider(RuleBook.standard(), BusinessCalendar.usFederal());
    }

    /** The outcome of a registration: the trade, and whether it was created now or replayed for the same key. */
    public record Registration(TradeApi.TradeView trade, boolean created) {
    }

    /** Registers a trade under an idempotency key, screening with the caller's bearer token. */
    public Registration register(String idempotencyKey, TradeApi.TradeRequest request, String user,
                                 String bearerToken) {
        requireCurrency(request.currency());
        requireOwnershipAtMostWhole(request);
        String hash = sha256(mapper.write(request));
        // one transaction for the key check and the insert, and the trade is decided from what was stored in memory:
        // a registration costs two commits (store, decision) and no reads of what it just wrote
        Stored stored;
        try {
            stored = QuarkusTransaction.requiringNew().call(() -> {
                Optional<Long> replay = replay(user, idempotencyKey, hash);
                return replay.isPresent() ? new Stored(replay.get(), null)
                        : new Stored(-1, insertNew(idempotencyKey, hash, request, user));
            });
        } catch (PersistenceException e) {
            if (!duplicateKey(e)) {
                throw e; // e.g. the database is unreachable: not a conflict (the platform answers 503)
            }
            // the key's primary key refused a second insert: another request with this key won the race
            throw ProblemException.conflict("Idempotency-Key " + idempotencyKey + " is being used by another request");
        }
        if (stored.trade() == null) {
            return new Registration(find(stored.replayOf()).orElseThrow(), false);
        }
        TradeEntity t = stored.trade();
        Attempt attempt = screenAndDecide(t.id, mapper.toDomain(t), bearerToken, user);
        Decided d = attempt.decided();
        t.status = d.status().name();
        t.reportDueDate = d.decision().reportDueDate;
        t.decidedAt = d.decidedAt();
        return new Registration(mapper.toView(t, Optional.of(d.decision()), d.alerts()), true);
    }

    private static boolean duplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLIntegrityConstraintViolationException
                    || t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    /** What the key check and insert gave: the trade stored now (with its parties in memory), or the original's id. */
    private record Stored(long replayOf, TradeEntity trade) {
    }

    // keys are per caller: another user's identical key is another request
    private Optional<Long> replay(String user, String key, String hash) {
        Optional<TradeStore.UsedKey> found = store.usedKey(user, key);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TradeStore.UsedKey existing = found.get();
        if (!existing.requestHash().equals(hash)) {
            throw ProblemException.conflict("Idempotency-Key " + key + " was already used for trade "
                    + existing.tradeId() + " with a different body");
        }
        return Optional.of(existing.tradeId());
    }

    private TradeEntity insertNew(String key, String hash, TradeApi.TradeRequest request, String user) {
        Instant now = now();
        TradeEntity t = mapper.toEntity(request);
        t.status = TradeStatus.PENDING_SCREENING.name();
        t.registeredBy = user;
        t.registeredAt = now;
        // the registration screens it right away; the background job only takes over if that never finishes
        t.nextScreeningAt = now.plus(IN_FLIGHT_GRACE);
        store.insert(t, user, key, hash, now);
        audit.append(t.id, "TRADE_REGISTERED", user, Map.of("reference", t.reference, "idempotencyKey", key,
                "requestSha256", hash, "status", t.status));
        return t;
    }

    /** What became of a screening attempt: the decision recorded, and whether screening refused the token. */
    private record Attempt(Decided decided, boolean refused) {

        TradeStatus status() {
            return decided.status();
        }
    }

    /** A recorded decision: the trade's new status, the decision row, the alerts raised now, when. */
    private record Decided(TradeStatus status, DecisionEntity decision, List<AlertEntity> alerts, Instant decidedAt) {
    }

    /** Screens a stored trade and records the decision; a failed screening leaves it PENDING_SCREENING. */
    private Attempt screenAndDecide(long tradeId, Trade trade, String bearerToken, String actor) {
        return screenAndDecide(tradeId, trade, bearerToken, actor, Map.of());
    }

    /**
     * Screens and decides; {@code cause} is empty for a first screening and says why for a re-screening, whose
     * failure changes nothing and is thrown to the caller.
     */
    private Attempt screenAndDecide(long tradeId, Trade trade, String bearerToken, String actor,
                                    Map<String, ?> cause) {
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
        Decided decided = QuarkusTransaction.requiringNew().call(() -> decide(tradeId, trade, result, failure,
                failureEvent, actor, cause));
        return new Attempt(decided, refused);
    }

    private Decided decide(long tradeId, Trade trade, Optional<ScreeningOutcome> outcome, String error,
                           String failureEvent, String actor, Map<String, ?> cause) {
        TradeStore.Standing t = store.standing(tradeId).orElseThrow(() -> new IllegalStateException(
                "trade " + tradeId + " is not stored"));
        // a re-screening decides with the trade's alerts as they stand now, read in this transaction after the
        // trade's version: an alert decided while the screening call ran (confirmed, or released by a second pair of
        // eyes) is honoured; a decision after this read that changes the trade's status also changes its version, so
        // the write below is refused and the caller tries again
        List<RaisedAlert> raised = cause.isEmpty() ? List.of() : AlertEntity.ofTrade(tradeId).stream()
                .map(TradeMapper::toRaised).toList();
        Instant now = now();
        Set<ReleasedMatch> released = Set.copyOf(store.releasedFor(trade.screeningQueries().stream()
                .map(ScreeningQuery::fingerprint).collect(Collectors.toSet())));
        // the decision's events, appended together at the end in this order
        List<AuditLog.Entry> events = new ArrayList<>();
        TradeDecision decision = decider.decide(trade, outcome, config.regimes(), LocalDate.ofInstant(now,
                ZoneOffset.UTC), released, raised);
        if (outcome.isPresent()) {
            Map<String, Object> screened = new LinkedHashMap<>(cause);
            screened.put("screeningIds", outcome.get().screeningIds());
            screened.put("listVersions", outcome.get().listVersions());
            events.add(AuditLog.Entry.now(cause.isEmpty() ? "TRADE_SCREENED" : "TRADE_RESCREENED", actor, screened));
        } else {
            t.screeningAttempts++;
            t.nextScreeningAt = now.plus(backoff(t.screeningAttempts));
            t.lastScreeningError = truncate(error, 512);
            events.add(AuditLog.Entry.now(failureEvent, actor, Map.of("attempt", t.screeningAttempts,
                    "error", t.lastScreeningError, "nextAttemptAt", t.nextScreeningAt.toString())));
        }
        List<DecisionReason> reasons = new ArrayList<>(decision.reasons());
        List<AlertEntity> alerts = new ArrayList<>();
        for (PotentialMatch m : decision.potentialMatches()) {
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
            a.status = "OPEN";
            a.createdAt = now;
            a.persist();
            alerts.add(a);
            AlertEntity.flush();
            reasons.set(m.reasonIndex(), reasons.get(m.reasonIndex()).withAlertIds(List.of(a.id)));
            events.add(AuditLog.Entry.now("ALERT_RAISED", actor, Map.of("alertId", a.id, "subject", a.subjectName,
                    "listedEntity", m.hit().label(), "score", a.score, "screeningId", a.screeningId)));
        }
        List<TradeApi.Reason> stored = reasons.stream().map(r -> new TradeApi.Reason(r.kind(), r.ruleId(),
                r.ruleVersion(), r.outcome().name(), r.explanation(), r.alertIds(), r.listVersions())).toList();
        events.add(AuditLog.Entry.now("RULES_EVALUATED", actor, Map.of("ruleVersions", decision.ruleVersions(),
                "regimes", config.regimes().stream().map(Enum::name).sorted().toList(), "reasons", stored)));
        DecisionEntity d = new DecisionEntity();
        d.tradeId = tradeId;
        d.status = decision.status().name();
        d.reasons = mapper.write(stored);
        d.ruleVersions = mapper.write(decision.ruleVersions());
        d.listVersions = mapper.write(outcome.map(ScreeningOutcome::listVersions).orElse(Map.of()));
        d.screeningIds = mapper.write(outcome.map(ScreeningOutcome::screeningIds).orElse(List.of()));
        // an OFAC report already due for this status stays due when the trade is decided again the same way
        d.reportDueDate = decision.status().name().equals(t.status) && t.reportDueDate != null ? t.reportDueDate
                : decision.reportDueDate().orElse(null);
        d.decidedBy = actor;
        d.decidedAt = now;
        store.insert(d);
        if (!t.status.equals(decision.status().name())) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("from", t.status);
            change.put("to", decision.status().name());
            change.put("decisionId", d.id);
            if (d.reportDueDate != null) {
                change.put("ofacReportDue", d.reportDueDate.toString());
            }
            events.add(AuditLog.Entry.now("STATUS_CHANGED", actor, change));
        }
        audit.appendAll(tradeId, events);
        t.status = decision.status().name();
        t.reportDueDate = d.reportDueDate;
        if (decision.status() != TradeStatus.PENDING_SCREENING) {
            t.decidedAt = now;
            t.nextScreeningAt = null;
        }
        store.save(t);
        return new Decided(decision.status(), d, alerts, t.decidedAt);
    }

    /**
     * Screens trades left PENDING_SCREENING whose next attempt is due, with the service token; returns how many were
     * decided. Each trade is claimed first (its next attempt moved on in one conditional UPDATE), so replicas running
     * this job at the same time never screen the same trade twice. Stops at the first failure, since the screening
     * service is then most likely still down (or refuses the service token, which is logged as an error).
     */
    public int retryPending() {
        Optional<String> token = serviceToken();
        if (token.isEmpty()) {
            LOG.debug("no trade.screening.service-token: pending trades wait");
            return 0;
        }
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> TradeEntity
                .<TradeEntity>find("status = ?1 and nextScreeningAt <= ?2 order by nextScreeningAt",
                        TradeStatus.PENDING_SCREENING.name(), now())
                .page(0, config.screening().retry().batchSize()).list().stream().map(t -> t.id).toList());
        int decided = 0;
        for (long id : due) {
            if (!claim(id)) {
                continue; // another replica took it
            }
            Trade trade = QuarkusTransaction.requiringNew().call(() -> mapper.toDomain(TradeEntity.findById(id)));
            Attempt attempt = screenAndDecide(id, trade, token.get(), SYSTEM);
            if (attempt.refused()) {
                LOG.errorf("the screening service refuses trade registration's service token "
                        + "(TOLLGATE_TRADE_SERVICE_TOKEN); pending trades wait until it is replaced");
            }
            if (attempt.status() == TradeStatus.PENDING_SCREENING) {
                break;
            }
            decided++;
        }
        return decided;
    }

    /** Takes a due pending trade for this replica: moves its next attempt past the in-flight grace, if still due. */
    private boolean claim(long tradeId) {
        try {
            return tryClaim(tradeId);
        } catch (PersistenceException | QuarkusTransactionException e) {
            // a lock wait or deadlock with another replica working on the same trade: it is theirs
            LOG.debugf("trade %d not claimed: %s", tradeId, e.toString());
            return false;
        }
    }

    private boolean tryClaim(long tradeId) {
        return QuarkusTransaction.requiringNew().call(() -> TradeEntity.getEntityManager().createNativeQuery(
                        "UPDATE trade SET next_screening_at = ?1, version = version + 1"
                                + " WHERE id = ?2 AND status = ?3 AND next_screening_at <= ?4")
                .setParameter(1, now().plus(IN_FLIGHT_GRACE)).setParameter(2, tradeId)
                .setParameter(3, TradeStatus.PENDING_SCREENING.name()).setParameter(4, now())
                .executeUpdate() == 1);
    }

    /**
     * Re-screens a decided trade after a list change, with the service token, and records the new decision (keeping
     * its alerts and their decisions); throws if screening fails, leaving the trade as it was.
     */
    public TradeStatus rescreen(long tradeId, String bearerToken, Map<String, ?> cause) {
        if (cause.isEmpty()) {
            throw new IllegalArgumentException("a re-screening needs its cause");
        }
        record Loaded(Trade trade, String status) {
        }
        Loaded loaded = QuarkusTransaction.requiringNew().call(() -> {
            TradeEntity t = TradeEntity.findById(tradeId);
            return new Loaded(mapper.toDomain(t), t.status);
        });
        if (TradeStatus.PENDING_SCREENING.name().equals(loaded.status())) {
            return TradeStatus.PENDING_SCREENING; // the retry job screens it with the current lists anyway
        }
        return screenAndDecide(tradeId, loaded.trade(), bearerToken, SYSTEM, cause).status();
    }

    /** The service token for background work, if configured. */
    public Optional<String> serviceToken() {
        return config.screening().serviceToken().filter(s -> !s.isBlank());
    }

    /** A trade with its latest decision and alerts. */
    public Optional<TradeApi.TradeView> find(long id) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            TradeEntity t = TradeEntity.findById(id);
            return Optional.ofNullable(t).map(this::view);
        });
    }

    /** Trades by status, trade-date range and corridor (e.g. RU-VE), newest first, at most 500. */
    public List<TradeApi.TradeView> search(Optional<TradeStatus> status, Optional<LocalDate> from,
                                           Optional<LocalDate> to, Optional<String> corridor) {
        StringBuilder q = new StringBuilder("1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        status.ifPresent(s -> {
            q.append(" and status = :status");
            params.put("status", s.name());
        });
        from.ifPresent(f -> {
            q.append(" and tradeDate >= :from");
            params.put("from", f);
        });
        to.ifPresent(f -> {
            q.append(" and tradeDate <= :to");
            params.put("to", f);
        });
        corridor.ifPresent(c -> {
            q.append(" and corridor = :corridor");
            params.put("corridor", c);
        });
        q.append(" order by id desc");
        return QuarkusTransaction.joiningExisting().call(() -> TradeEntity.<TradeEntity>find(q.toString(), params)
                .page(0, 500).list().stream().map(this::view).toList());
    }

    /** A trade's audit trail, if the trade exists. */
    public Optional<List<TradeApi.AuditEventView>> audit(long id) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            if (TradeEntity.findById(id) == null) {
                return Optional.empty();
            }
            return Optional.of(audit.ofTrade(id).stream().map(e -> new TradeApi.AuditEventView(e.id(), e.eventType(),
                    e.actor(), e.occurredAt(), e.retentionClass(), mapper.tree(e.details()))).toList());
        });
    }

    private TradeApi.TradeView view(TradeEntity t) {
        return mapper.toView(t, DecisionEntity.latest(t.id), AlertEntity.ofTrade(t.id));
    }

    private Duration backoff(int attempts) {
        Duration initial = config.screening().retry().initialDelay();
        Duration max = config.screening().retry().maxDelay();
        long factor = 1L << Math.min(attempts - 1, 20);
        Duration d = initial.multipliedBy(factor);
        return d.compareTo(max) > 0 ? max : d;
    }

    private static void requireCurrency(String code) {
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ProblemException(ProblemType.VALIDATION, "currency " + code + " is not an ISO 4217 code",
                    List.of(new Problem.Violation("currency", "must be an ISO 4217 currency code")));
        }
    }

    // declared shares above 100% are a typing error that would distort the ownership aggregation
    private static void requireOwnershipAtMostWhole(TradeApi.TradeRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < request.parties().size(); i++) {
            TradeApi.PartyData p = request.parties().get(i);
            BigDecimal total = p.owners() == null ? BigDecimal.ZERO : p.owners().stream()
                    .map(TradeApi.Owner::percentage).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.compareTo(BigDecimal.valueOf(100)) > 0) {
                violations.add(new Problem.Violation("parties[" + i + "].owners",
                        "declared shares add up to " + total.stripTrailingZeros().toPlainString() + "%, more than 100%"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "Declared owners hold more than 100% of a party",
                    violations);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String truncate(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
