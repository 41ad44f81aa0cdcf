package io.tollgate.trade.service;

import io.tollgate.platform.problem.ProblemException;
import io.tollgate.platform.problem.ProblemType;
import io.tollgate.trade.api.TradeApi;
import io.tollgate.trade.domain.AlertOutcome;
import io.tollgate.trade.domain.AlertReview;
import io.tollgate.trade.domain.AlertState;
import io.tollgate.trade.domain.TradeStatus;
import io.tollgate.trade.repository.AlertDecisionEntity;
import io.tollgate.trade.repository.AlertEntity;
import io.tollgate.trade.repository.AlertStore;
import io.tollgate.trade.repository.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Alerts and the decisions on them: records an analyst's or supervisor's decision as {@link AlertReview} (four eyes)
 * allows it, then has the trade decided again ({@link DecisionRecorder#afterAlertDecision}). Concurrent decisions on
 * one alert: the alert's version column lets exactly one win; a re-screening of the trade meanwhile: the trade's.
 */
@ApplicationScoped
@Transactional
public class AlertService {

    private final AlertStore alerts;
    private final DecisionRecorder recorder;
    private final AuditLog audit;

    public AlertService(AlertStore alerts, DecisionRecorder recorder, AuditLog audit) {
        this.alerts = alerts;
        this.recorder = recorder;
        this.audit = audit;
    }

    /** Alerts by status and age, oldest first, at most 500. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TradeApi.AlertView> search(Optional<AlertState> status, Optional<Duration> olderThan) {
        StringBuilder q = new StringBuilder("1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        status.ifPresent(s -> {
            q.append(" and a.status = :status");
            params.put("status", s);
        });
        olderThan.ifPresent(d -> {
            q.append(" and a.createdAt <= :before");
            params.put("before", Instant.now().minus(d));
        });
        return alerts.search(q.toString(), params, 500).stream().map(TradeMapper::toView).toList();
    }

    /** Records a decision by {@code user}, who holds the given roles, and decides the trade again. */
    public TradeApi.AlertDecisionResult decide(long alertId, TradeApi.AlertDecisionRequest request, String user,
                                               boolean supervisor) {
        AlertEntity alert = alerts.find(alertId).orElseThrow(() -> ProblemException.notFound("No alert " + alertId));
        AlertOutcome outcome = AlertOutcome.valueOf(request.decision());
        List<AlertDecisionEntity> before = alerts.decisions(alertId);
        String decidedAs = supervisor ? "supervisor" : "analyst";
        AlertState next;
        try {
            next = AlertReview.next(alertId, alert.status, outcome, user, supervisor,
                    before.isEmpty() ? Optional.empty() : Optional.of(before.get(before.size() - 1).decidedBy));
        } catch (AlertReview.Refused e) {
            throw e.why() == AlertReview.Refused.Why.FORBIDDEN
                    ? new ProblemException(ProblemType.FORBIDDEN, e.getMessage())
                    : ProblemException.conflict(e.getMessage());
        }
        Instant now = DecisionRecorder.now();
        AlertState from = alert.status;
        alert.status = next;
        try {
            // the version check happens here, so a concurrent decision fails now rather than at commit
            alerts.flush();
        } catch (OptimisticLockException e) {
            throw ProblemException.conflict("Alert " + alertId + " was decided by someone else at the same time");
        }
        AlertDecisionEntity d = new AlertDecisionEntity();
        d.alertId = alertId;
        d.outcome = outcome;
        d.reason = request.reason();
        d.decidedBy = user;
        d.decidedAs = decidedAs;
        d.decidedAt = now;
        alerts.insert(d);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("alertId", alertId);
        details.put("decision", outcome.name());
        details.put("reason", request.reason());
        details.put("as", decidedAs);
        details.put("alertStatus", from + " -> " + next);
        audit.append(alert.tradeId, "ALERT_DECIDED", user, details);
        TradeStatus tradeStatus;
        try {
            // the trade's version check, now rather than at commit: a re-screening may have decided it meanwhile
            tradeStatus = recorder.afterAlertDecision(alert.tradeId, user, now);
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
}
