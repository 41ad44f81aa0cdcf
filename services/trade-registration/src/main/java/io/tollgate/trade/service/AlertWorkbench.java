package io.tollgate.trade.service;

import io.tollgate.platform.data.CallerNames;
import io.tollgate.trade.api.TradeApi;
import io.tollgate.trade.client.ListedEntities;
import io.tollgate.trade.config.TradeConfig;
import io.tollgate.trade.domain.AlertReview;
import io.tollgate.trade.domain.AlertState;
import io.tollgate.trade.domain.review.ComparedSubject;
import io.tollgate.trade.domain.review.ListedRecord;
import io.tollgate.trade.domain.review.PartyComparison;
import io.tollgate.trade.repository.AlertDecisionEntity;
import io.tollgate.trade.repository.AlertEntity;
import io.tollgate.trade.repository.AlertStore;
import io.tollgate.trade.repository.WorkbenchReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the alert pages show: the queue of alerts waiting for a decision (oldest first, against the SLA, with counts
 * per status and the supervisors' own queue of alerts awaiting a second review) and one alert for review (the party
 * beside the listed entity, the explanation, the trade's other reasons, earlier decisions on the same party and
 * entity, and which decisions {@link AlertReview} lets the reviewer take). Reads only; decisions go through
 * {@link AlertService}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AlertWorkbench {

    /** The states of an alert that still waits for someone. */
    public static final List<AlertState> UNDECIDED = List.of(AlertState.OPEN, AlertState.ESCALATED,
            AlertState.AWAITING_SECOND_REVIEW);

    /** Closed alerts are counted over this period before now (alerts waiting for a decision: all of them). */
    public static final Duration CLOSED_COUNTED = Duration.ofDays(30);

    private final WorkbenchReads reads;
    private final AlertStore alerts;
    private final TradeQueries trades;
    private final ListedEntities entities;
    private final TradeConfig.Workbench config;

    public AlertWorkbench(WorkbenchReads reads, AlertStore alerts, TradeQueries trades, ListedEntities entities,
                          TradeConfig config) {
        this.reads = reads;
        this.alerts = alerts;
        this.trades = trades;
        this.entities = entities;
        this.config = config.workbench();
    }

    /** A row of a queue: the alert, how long it has waited, and whether the reviewer took its last decision. */
    public record QueueRow(WorkbenchReads.QueuedAlert alert, Duration waited, boolean overdue,
                           boolean decidedLastByYou) {
    }

    /** The queue page: a page of rows, the filter's total, counts per status, the second-review queue. */
    public record Queue(List<QueueRow> rows, long total, int offset, int pageSize, Map<AlertState, Long> counts,
                        List<QueueRow> awaitingSecondReview, long awaitingSecondReviewTotal, List<String> sources,
                        Duration sla) {
    }

    /** The alert queue for {@code user}; supervisors also get the alerts awaiting a second review. */
    public Queue queue(WorkbenchReads.AlertFilter filter, int offset, String user, boolean supervisor, Instant now) {
        int size = config.pageSize();
        Function<WorkbenchReads.QueuedAlert, QueueRow> row = a -> {
            Duration waited = Duration.between(a.raisedAt(), now);
            return new QueueRow(a, waited, waited.compareTo(config.alertSla()) > 0,
                    a.lastDecidedBy().map(by -> CallerNames.samePerson(by, user)).orElse(false));
        };
        List<QueueRow> rows = reads.queue(filter, offset, size).stream().map(row).toList();
        long total = offset == 0 && rows.size() < size ? rows.size() : reads.queueSize(filter);
        List<QueueRow> second = List.of();
        long secondTotal = 0;
        if (supervisor) {
            WorkbenchReads.AlertFilter awaiting = new WorkbenchReads.AlertFilter(
                    List.of(AlertState.AWAITING_SECOND_REVIEW), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
            second = reads.queue(awaiting, 0, size).stream().map(row).toList();
            secondTotal = second.size() < size ? second.size() : reads.queueSize(awaiting);
        }
        WorkbenchReads.Counts counts = reads.counts(now.minus(CLOSED_COUNTED));
        return new Queue(rows, total, offset, size, counts.byStatus(), second, secondTotal, counts.undecidedSources(),
                config.alertSla());
    }

    /** An earlier alert on the same party data and listed entity, with its decisions. */
    public record EarlierAlert(WorkbenchReads.SameSubjectAlert alert, List<WorkbenchReads.AlertDecisionRow> decisions) {
    }

    /**
     * One alert for review.
     *
     * @param subject what was screened, as registered (a party, or one of its declared owners)
     * @param listed the listed entity's record, when the screening service gave it
     * @param listedUnavailable why it did not, in words
     * @param comparison the subject beside the listed record, field by field (empty without the record)
     * @param otherReasons the trade's reasons that are not this alert
     * @param choices what this reviewer may decide now (four eyes)
     * @param firstDecisionMissing the alert awaits a second review but its first decision is not on record
     */
    public record Review(TradeApi.AlertView alert, TradeApi.TradeView trade, String subjectRole,
                         ComparedSubject subject, Optional<ListedRecord> listed, Optional<String> listedUnavailable,
                         List<PartyComparison.Row> comparison, List<TradeApi.Reason> otherReasons,
                         List<TradeApi.AlertDecisionView> decisions, List<EarlierAlert> earlier,
                         AlertReview.Choices choices, boolean firstDecisionMissing) {
    }

    /** The review page of an alert, if it exists. */
    public Optional<Review> review(long alertId, String user, boolean supervisor, String bearerToken) {
        Optional<AlertEntity> found = alerts.find(alertId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AlertEntity a = found.get();
        TradeApi.TradeView trade = trades.find(a.tradeId).orElseThrow();
        List<AlertDecisionEntity> decided = alerts.decisions(alertId);
        Optional<String> last = decided.isEmpty() ? Optional.empty()
                : Optional.of(decided.get(decided.size() - 1).decidedBy);
        AlertReview.Choices choices = AlertReview.choices(alertId, a.status, user, supervisor, last);
        TradeApi.PartyData party = a.partyPosition < trade.parties().size() ? trade.parties().get(a.partyPosition)
                : null;
        ComparedSubject subject = subject(a, party);
        Optional<ListedRecord> listed = Optional.empty();
        Optional<String> unavailable = Optional.empty();
        try {
            listed = entities.find(a.entityId, bearerToken);
            if (listed.isEmpty()) {
                unavailable = Optional.of("the screening service no longer knows entity " + a.entityId);
            }
        } catch (RuntimeException e) {
            unavailable = Optional.of(ListedEntities.why(e));
        }
        List<PartyComparison.Row> comparison = listed.map(l -> PartyComparison.compare(subject, l)).orElse(List.of());
        List<TradeApi.Reason> others = trade.reasons().stream()
                .filter(r -> r.alertIds() == null || !r.alertIds().contains(alertId)).toList();
        List<WorkbenchReads.SameSubjectAlert> same = reads.sameSubject(a.subjectHash, a.entityId, alertId, 20);
        Map<Long, List<WorkbenchReads.AlertDecisionRow>> byAlert = reads.decisionsOn(same.stream()
                .map(WorkbenchReads.SameSubjectAlert::id).toList()).stream()
                .collect(Collectors.groupingBy(WorkbenchReads.AlertDecisionRow::alertId));
        List<EarlierAlert> earlier = same.stream().map(s -> new EarlierAlert(s, byAlert.getOrDefault(s.id(),
                List.of()))).toList();
        String role = party == null ? "" : a.ownerPosition == null ? party.role()
                : "declared owner of " + party.role() + " " + party.name();
        return Optional.of(new Review(TradeMapper.toView(a), trade, role, subject, listed, unavailable, comparison,
                others, decided.stream().map(d -> new TradeApi.AlertDecisionView(d.id, d.outcome, d.reason,
                        d.decidedBy, d.decidedAs, d.decidedAt)).toList(), earlier, choices,
                a.status == AlertState.AWAITING_SECOND_REVIEW && decided.isEmpty()));
    }

    // the party (or its declared owner) as registered; the alert's stored name if the trade no longer has it
    private static ComparedSubject subject(AlertEntity a, TradeApi.PartyData party) {
        if (party == null) {
            return new ComparedSubject(a.subjectName, "", Optional.empty(), Optional.empty(), List.of(), List.of());
        }
        if (a.ownerPosition != null && party.owners() != null && a.ownerPosition < party.owners().size()) {
            TradeApi.Owner o = party.owners().get(a.ownerPosition);
            return new ComparedSubject(o.name(), o.type(), Optional.empty(), Optional.empty(), List.of(), List.of());
        }
        return new ComparedSubject(party.name(), party.type(), Optional.ofNullable(party.birthDate()),
                Optional.ofNullable(party.country()), party.identifiers() == null ? List.of()
                : party.identifiers().stream().map(i -> new ListedRecord.Identifier(i.type(), i.value())).toList(),
                party.owners() == null ? List.of() : party.owners().stream().map(TradeApi.Owner::name).toList());
    }
}
