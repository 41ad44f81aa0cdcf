package io.tollgate.trade.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tollgate.platform.problem.ProblemException;
import io.tollgate.platform.problem.ProblemType;
import io.tollgate.trade.api.TradeApi;
import io.tollgate.trade.domain.TradeStatus;
import io.tollgate.trade.domain.rules.BusinessCalendar;
import io.tollgate.trade.domain.rules.RuleBook;
import io.tollgate.trade.repository.AlertDecisionEntity;
import io.tollgate.trade.repository.AlertEntity;
import io.tollgate.trade.repository.AuditLog;
import io.tollgate.trade.repository.DecisionEntity;
import io.tollgate.trade.repository.TradeEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
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

/**
 * Alerts and the decisions on them, with four eyes: a FALSE_POSITIVE by one person (analyst or supervisor) awaits a
 * FALSE_POSITIVE by a different supervisor before the alert is closed and the trade can be released; a TRUE_MATCH
 * closes the alert at once and blocks (asset-freeze list) or rejects the trade, since confirming a risk needs no
 * second opinion. Concurrent decisions on one alert: the alert's version column lets exactly one win.
 */
@ApplicationScoped
@Transactional
public class AlertService {

    /** Alert states. */
    static final String OPEN = "OPEN";
    static final String ESCALATED = "ESCALATED";
    static final String AWAITING_SECOND_REVIEW = "AWAITING_SECOND_REVIEW";
    static final String FALSE_POSITIVE = "FALSE_POSITIVE";
    static final String TRUE_MATCH = "TRUE_MATCH";

    private static final TypeReference<List<TradeApi.Reason>> REASONS = new TypeReference<>() {
    };

    private final AuditLog audit;
    private final TradeMapper mapper;
    private final ObjectMapper json;
    private final RuleBook rules = RuleBook.standard();
    private final BusinessCalendar calendar = BusinessCalendar.usFederal();

    public AlertService(AuditLog audit, TradeMapper mapper, ObjectMapper json) {
        this.audit = audit;
        this.mapper = mapper;
        this.json = json;
    }

    /** Alerts by status and age, oldest first, at most 500. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TradeApi.AlertView> search(Optional<String> status, Optional<Duration> olderThan) {
        StringBuilder q = new StringBuilder("1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        status.ifPresent(s -> {
            q.append(" and status = :status");
            params.put("status", s);
        });
        olderThan.ifPresent(d -> {
            q.append(" and createdAt <= :before");
            params.put("before", Instant.now().minus(d));
        });
        q.append(" order by createdAt, id");
        return AlertEntity.<AlertEntity>find(q.toString(), params).page(0, 500).list().stream()
                .map(TradeMapper::toView).toList();
    }

    /** Records a decision by {@code user}, who holds the given roles, and re-decides the trade. */
    public TradeApi.AlertDecisionResult decide(long alertId, TradeApi.AlertDecisionRequest request, String user,
                                               boolean supervisor) {
        AlertEntity alert = AlertEntity.findById(alertId);
        if (alert == null) {
            throw ProblemException.notFound("No alert " + alertId);
        }
        List<AlertDecisionEntity> before = AlertDecisionEntity.ofAlert(alertId);
        String decidedAs = supervisor ? "supervisor" : "analyst";
        String next = nextState(alert, before, request.decision(), user, supervisor);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String from = alert.status;
        alert.status = next;
        try {
            // the version check happens here, so a concurrent decision fails now rather than at commit
            AlertEntity.flush();
        } catch (OptimisticLockException e) {
            throw ProblemException.conflict("Alert " + alertId + " was decided by someone else at the same time");
        }
        AlertDecisionEntity d = new AlertDecisionEntity();
        d.alertId = alertId;
        d.outcome = request.decision();
        d.reason = request.reason();
        d.decidedBy = user;
        d.decidedAs = decidedAs;
        d.decidedAt = now;
        d.persist();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("alertId", alertId);
        details.put("decision", request.decision());
        details.put("reason", request.reason());
        details.put("as", decidedAs);
        details.put("alertStatus", from + " -> " + next);
        audit.append(alert.tradeId, "ALERT_DECIDED", user, details);
        String tradeStatus = redecideTrade(alert.tradeId, user, now);
        try {
            // the trade's version check, now rather than at commit: a re-screening may have decided it meanwhile
            TradeEntity.flush();
        } catch (OptimisticLockException e) {
            throw ProblemException.conflict("Trade " + alert.tradeId + " was decided again (re-screened) while alert "
                    + alertId + " was being decided; nothing was recorded, decide it again");
        }
        List<AlertDecisionEntity> after = new ArrayList<>(before);
        after.add(d);
        return new TradeApi.AlertDecisionResult(TradeMapper.toView(alert), after.stream().map(x ->
                new TradeApi.AlertDecisionView(x.id, x.outcome, x.reason, x.decidedBy, x.decidedAs, x.decidedAt))
                .toList(), tradeStatus);
    }

    private static String nextState(AlertEntity alert, List<AlertDecisionEntity> before, String decision, String user,
                                    boolean supervisor) {
        switch (alert.status) {
            case FALSE_POSITIVE, TRUE_MATCH -> throw ProblemException.conflict("Alert " + alert.id + " is closed ("
                    + alert.status + ")");
            case AWAITING_SECOND_REVIEW -> {
                AlertDecisionEntity first = before.get(before.size() - 1);
                if (!supervisor) {
                    throw ProblemException.conflict("Alert " + alert.id + " was decided FALSE_POSITIVE by "
                            + first.decidedBy + " and awaits a supervisor");
                }
                if (first.decidedBy.equals(user) && FALSE_POSITIVE.equals(decision)) {
                    throw new ProblemException(ProblemType.FORBIDDEN, "Four eyes: " + user + " took the first "
                            + "decision on alert " + alert.id + "; a different supervisor must confirm it");
                }
                return switch (decision) {
                    case "FALSE_POSITIVE" -> FALSE_POSITIVE;
                    case "TRUE_MATCH" -> TRUE_MATCH;
                    default -> ESCALATED;
                };
            }
            case ESCALATED -> {
                if (!supervisor) {
                    throw ProblemException.conflict("Alert " + alert.id + " is escalated to a supervisor");
                }
                return switch (decision) {
                    case "FALSE_POSITIVE" -> AWAITING_SECOND_REVIEW;
                    case "TRUE_MATCH" -> TRUE_MATCH;
                    default -> ESCALATED;
                };
            }
            default -> {
                return switch (decision) {
                    case "FALSE_POSITIVE" -> AWAITING_SECOND_REVIEW;
                    case "TRUE_MATCH" -> TRUE_MATCH;
                    default -> ESCALATED;
                };
            }
        }
    }

    /**
     * The trade's status after an alert decision: the latest decision's reasons, with each potential match replaced
     * by what its alert became (released, confirmed, or still open).
     */
    private String redecideTrade(long tradeId, String user, Instant now) {
        TradeEntity t = TradeEntity.findById(tradeId);
        Optional<DecisionEntity> latest = DecisionEntity.latest(tradeId);
        if (latest.isEmpty() || TradeStatus.PENDING_SCREENING.name().equals(t.status)) {
            return t.status;
        }
        List<TradeApi.Reason> reasons = new ArrayList<>();
        TradeStatus status = TradeStatus.CLEARED;
        for (TradeApi.Reason r : read(latest.get().reasons)) {
            TradeApi.Reason updated = r;
            if ("POTENTIAL_MATCH".equals(r.kind()) && !r.alertIds().isEmpty()) {
                List<AlertEntity> alerts = r.alertIds().stream().map(id -> AlertEntity.<AlertEntity>findById(id))
                        .toList();
                if (alerts.stream().allMatch(a -> FALSE_POSITIVE.equals(a.status))) {
                    updated = new TradeApi.Reason("RELEASED_MATCH", r.ruleId(), r.ruleVersion(), "CLEARED",
                            r.explanation() + " - false positive (four eyes)", r.alertIds(), r.listVersions());
                } else if (alerts.stream().anyMatch(a -> TRUE_MATCH.equals(a.status))) {
                    AlertEntity confirmed = alerts.stream().filter(a -> TRUE_MATCH.equals(a.status)).findFirst()
                            .orElseThrow();
                    String outcome = rules.blocking(confirmed.source) ? "BLOCKED" : "REJECTED";
                    updated = new TradeApi.Reason("CONFIRMED_MATCH", r.ruleId(), r.ruleVersion(), outcome,
                            r.explanation() + " - confirmed true match", r.alertIds(), r.listVersions());
                }
            }
            reasons.add(updated);
            status = status.worst(TradeStatus.valueOf(updated.outcome()));
        }
        if (status.name().equals(t.status)) {
            return t.status;
        }
        DecisionEntity d = new DecisionEntity();
        d.tradeId = tradeId;
        d.status = status.name();
        d.reasons = mapper.write(reasons);
        d.ruleVersions = latest.get().ruleVersions;
        d.listVersions = latest.get().listVersions;
        d.screeningIds = latest.get().screeningIds;
        d.reportDueDate = status.reportable() ? calendar.plusBusinessDays(LocalDate.ofInstant(now, ZoneOffset.UTC), 10)
                : null;
        d.decidedBy = user;
        d.decidedAt = now;
        d.persist();
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("from", t.status);
        change.put("to", status.name());
        change.put("decisionId", d.id);
        if (d.reportDueDate != null) {
            change.put("ofacReportDue", d.reportDueDate.toString());
        }
        audit.append(tradeId, "STATUS_CHANGED", user, change);
        t.status = status.name();
        t.reportDueDate = d.reportDueDate;
        t.decidedAt = now;
        return t.status;
    }

    private List<TradeApi.Reason> read(String text) {
        try {
            return json.readValue(text, REASONS);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored reasons", e);
        }
    }
}
