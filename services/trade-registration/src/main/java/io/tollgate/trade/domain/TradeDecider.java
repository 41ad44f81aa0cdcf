package io.tollgate.trade.domain;

import io.tollgate.platform.data.BusinessCalendar;
import io.tollgate.trade.domain.rules.OwnershipRule;
import io.tollgate.trade.domain.rules.RuleBook;
import io.tollgate.trade.domain.rules.RuleOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.Set;

/**
 * Decides a trade from its screenings and the rules: BLOCKED (an identifier-certain hit on a blocking list, or
 * listed owners reaching the ownership threshold), REJECTED (a rule prohibits it), HELD (a potential match or a rule
 * that needs review), otherwise CLEARED. Without screenings the trade stays PENDING_SCREENING, whatever the rules
 * say, because a listed party could still turn a rejection into a block. After an analyst's decision on an alert the
 * trade is decided again from its latest reasons ({@link #afterAlertDecision}). Every OFAC report due date comes from
 * here ({@link #reportDue}).
 */
public final class TradeDecider {

    /** OFAC: reports of blocked property and rejected transactions are due within 10 business days (31 CFR 501.603/604). */
    static final int REPORT_BUSINESS_DAYS = 10;

    private final RuleBook rules;
    private final BusinessCalendar calendar;

    public TradeDecider(RuleBook rules, BusinessCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
    }

    /** Decides the trade on {@code decisionDate} (UTC) under the given regimes. */
    public TradeDecision decide(Trade trade, Optional<ScreeningOutcome> screening, Set<Regime> regimes,
                                LocalDate decisionDate) {
        return decide(trade, screening, regimes, decisionDate, Set.of());
    }

    /** Decides the trade; potential matches covered by a released false positive raise no alert. */
    public TradeDecision decide(Trade trade, Optional<ScreeningOutcome> screening, Set<Regime> regimes,
                                LocalDate decisionDate, Set<ReleasedMatch> released) {
        return decide(trade, screening, regimes, decisionDate, released, List.of());
    }

    /**
     * Decides a trade again (after a list change) that already has alerts: a potential match on the same subject and
     * entity as an undecided alert points at that alert instead of raising a new one; one confirmed as a true match
     * blocks (asset freeze) or rejects; an undecided alert the new screening no longer finds still holds the trade, so
     * nothing is released without four eyes.
     */
    public TradeDecision decide(Trade trade, Optional<ScreeningOutcome> screening, Set<Regime> regimes,
                                LocalDate decisionDate, Set<ReleasedMatch> released, List<RaisedAlert> raised) {
        List<DecisionReason> reasons = new ArrayList<>();
        List<PotentialMatch> matches = new ArrayList<>();
        Set<Long> used = new HashSet<>();
        Alerts alerts = new Alerts(released, raised, used);
        for (RuleOutcome r : rules.evaluate(trade, regimes)) {
            reasons.add(new DecisionReason(r.kind(), r.ruleId(), r.ruleVersion(), r.outcome(),
                    r.regime() + ": " + r.explanation(), List.of(), Map.of()));
        }
        screening.ifPresent(s -> screeningReasons(trade, s, regimes, alerts, reasons, matches));
        if (screening.isPresent()) {
            for (RaisedAlert a : raised) {
                if (a.state().undecided() && !used.contains(a.alertId())) {
                    reasons.add(new DecisionReason(ReasonKind.POTENTIAL_MATCH, "SCREEN-POTENTIAL-MATCH", "1", TradeStatus.HELD,
                            "alert " + a.alertId() + " on " + a.label() + " is still undecided (the latest screening "
                                    + "no longer finds it; an analyst closes it)", List.of(a.alertId()), Map.of()));
                }
            }
        }

        TradeStatus status = TradeStatus.CLEARED;
        for (DecisionReason r : reasons) {
            status = status.worst(r.outcome());
        }
        if (screening.isEmpty()) {
            status = TradeStatus.PENDING_SCREENING;
        }
        Optional<LocalDate> due = reportDue(status, decisionDate);
        Map<String, String> versions = new LinkedHashMap<>(rules.versions());
        versions.put("us-federal-holidays.tsv", calendar.version());
        return new TradeDecision(status, reasons, matches, due, versions);
    }

    /**
     * When the OFAC report on a trade decided {@code status} on {@code decisionDate} is due: 10 US business days later
     * for a blocked or rejected trade, none otherwise.
     *
     * @throws IllegalStateException when the holiday table does not reach that far (a deadline that silently skipped a
     *         year's holidays would be wrong): add the year to {@code rules/us-federal-holidays.tsv}
     */
    public Optional<LocalDate> reportDue(TradeStatus status, LocalDate decisionDate) {
        if (!status.reportable()) {
            return Optional.empty();
        }
        return Optional.of(calendar.plusBusinessDays(decisionDate, REPORT_BUSINESS_DAYS).orElseThrow(() ->
                new IllegalStateException("the US holiday table covers " + calendar.coverage() + ", not "
                        + decisionDate + " + " + REPORT_BUSINESS_DAYS + " business days: add that year to "
                        + "rules/us-federal-holidays.tsv")));
    }

    /**
     * The trade's decision after an analyst's decision on one of its alerts: its latest decision's reasons, with each
     * potential match replaced by what its alerts became — all released as false positives (four eyes): the match is
     * released and no longer holds the trade; one confirmed as a true match: it blocks (asset-freeze list) or rejects;
     * otherwise it still holds. Empty when the status stays what it is (nothing new to record).
     *
     * @param latest the reasons of the trade's latest decision
     * @param alerts the trade's alerts as they stand now
     */
    public Optional<TradeDecision> afterAlertDecision(TradeStatus current, List<DecisionReason> latest,
                                                      List<RaisedAlert> alerts, LocalDate decisionDate) {
        if (current == TradeStatus.PENDING_SCREENING || latest.isEmpty()) {
            return Optional.empty(); // not decided yet: the screening decides it
        }
        Map<Long, RaisedAlert> byId = alerts.stream().collect(Collectors.toMap(RaisedAlert::alertId,
                Function.identity()));
        List<DecisionReason> reasons = new ArrayList<>();
        TradeStatus status = TradeStatus.CLEARED;
        for (DecisionReason r : latest) {
            DecisionReason updated = r;
            if (r.kind() == ReasonKind.POTENTIAL_MATCH && !r.alertIds().isEmpty()) {
                List<RaisedAlert> its = r.alertIds().stream().map(byId::get).toList();
                if (its.stream().allMatch(a -> a.state() == AlertState.FALSE_POSITIVE)) {
                    updated = new DecisionReason(ReasonKind.RELEASED_MATCH, r.ruleId(), r.ruleVersion(),
                            TradeStatus.CLEARED, r.explanation() + " - false positive (four eyes)", r.alertIds(),
                            r.listVersions());
                } else {
                    Optional<RaisedAlert> confirmed = its.stream().filter(a -> a.state() == AlertState.TRUE_MATCH)
                            .findFirst();
                    if (confirmed.isPresent()) {
                        updated = new DecisionReason(ReasonKind.CONFIRMED_MATCH, r.ruleId(), r.ruleVersion(),
                                rules.blocking(confirmed.get().source()) ? TradeStatus.BLOCKED : TradeStatus.REJECTED,
                                r.explanation() + " - confirmed true match", r.alertIds(), r.listVersions());
                    }
                }
            }
            reasons.add(updated);
            status = status.worst(updated.outcome());
        }
        if (status == current) {
            return Optional.empty();
        }
        return Optional.of(new TradeDecision(status, reasons, List.of(), reportDue(status, decisionDate), Map.of()));
    }

    /** What is known of earlier alerts while deciding: released false positives and the trade's own alerts. */
    private record Alerts(Set<ReleasedMatch> released, List<RaisedAlert> raised, Set<Long> used) {
    }

    private void screeningReasons(Trade trade, ScreeningOutcome s, Set<Regime> regimes, Alerts alerts,
                                  List<DecisionReason> reasons, List<PotentialMatch> matches) {
        String sourcesVersion = rules.versions().get("list-sources.tsv");
        for (int i = 0; i < trade.parties().size(); i++) {
            Party party = trade.parties().get(i);
            PartyScreening ps = s.parties().get(i);
            Set<Long> seen = new HashSet<>();
            for (ListHit hit : ps.hits()) {
                if (!seen.add(hit.entityId())) {
                    continue;
                }
                if (hit.identifierMatch() && rules.blocking(hit.source())) {
                    reasons.add(new DecisionReason(ReasonKind.LISTED_PARTY, "SCREEN-IDENTIFIER-BLOCKING", sourcesVersion,
                            TradeStatus.BLOCKED, party.role() + " " + party.name() + " is " + hit.label()
                            + " (identifier match, score " + hit.score() + "; " + hit.source() + " is an asset freeze)",
                            List.of(), ps.listVersions()));
                } else {
                    potentialMatch(reasons, matches, alerts, i, -1, ScreeningSubject.of(party), party.name(), ps, hit,
                            party.role() + " " + party.name() + " may be " + hit.label() + " (score " + hit.score()
                                    + (hit.identifierMatch() ? ", identifier match on a list that is not a freeze" : "")
                                    + ")");
                }
            }
            ownership(trade, s, regimes, alerts, i, reasons, matches);
        }
    }

    private void ownership(Trade trade, ScreeningOutcome s, Set<Regime> regimes, Alerts alerts,
                           int partyIndex, List<DecisionReason> reasons, List<PotentialMatch> matches) {
        Party party = trade.parties().get(partyIndex);
        if (party.owners().isEmpty()) {
            return;
        }
        // the lowest score any applied regime accepts decides which owner hits are certain enough to add up
        double minScore = regimes.stream().map(rules::ownership).flatMap(Optional::stream)
                .mapToDouble(OwnershipRule::listedOwnerMinScore).min().orElse(1.0);
        BigDecimal listedShare = BigDecimal.ZERO;
        List<String> path = new ArrayList<>();
        Map<String, Long> versions = new LinkedHashMap<>();
        List<Runnable> belowThresholdAlerts = new ArrayList<>();
        for (int j = 0; j < party.owners().size(); j++) {
            DeclaredOwner owner = party.owners().get(j);
            PartyScreening os = s.owners().get(partyIndex).get(j);
            Optional<ListHit> listed = os.hits().stream()
                    .filter(h -> rules.blocking(h.source()) && (h.identifierMatch() || h.score() >= minScore))
                    .findFirst();
            int ownerIndex = j;
            for (ListHit hit : os.hits()) {
                if (listed.isPresent() && listed.get() == hit) {
                    continue;
                }
                potentialMatch(reasons, matches, alerts, partyIndex, ownerIndex, ScreeningSubject.of(owner),
                        owner.name(), os, hit,
                        "owner " + owner.name() + " (" + pct(owner.percentage()) + "% of " + party.name() + ") may be "
                                + hit.label() + " (score " + hit.score() + ")");
            }
            if (listed.isPresent()) {
                listedShare = listedShare.add(owner.percentage());
                path.add(owner.name() + " " + pct(owner.percentage()) + "% = " + listed.get().label()
                        + " (score " + listed.get().score() + ")");
                os.listVersions().forEach(versions::put);
                ListHit hit = listed.get();
                belowThresholdAlerts.add(() -> potentialMatch(reasons, matches, alerts, partyIndex, ownerIndex,
                        ScreeningSubject.of(owner), owner.name(), os, hit, "owner " + owner.name() + " (" + pct(owner.percentage()) + "% of " + party.name()
                                + ") is " + hit.label() + "; listed owners hold less than the blocking share"));
            }
        }
        if (path.isEmpty()) {
            return;
        }
        boolean blocked = false;
        for (Regime regime : regimes) {
            Optional<OwnershipRule> rule = rules.ownership(regime);
            if (rule.isPresent() && rule.get().reached(listedShare)) {
                blocked = true;
                reasons.add(new DecisionReason(ReasonKind.OWNERSHIP, rule.get().ruleId(), rule.get().version(),
                        TradeStatus.BLOCKED, regime + ": " + party.role() + " " + party.name()
                        + " is blocked by ownership: " + String.join(" + ", path) + " = " + pct(listedShare) + "% "
                        + (rule.get().inclusive() ? ">= " : "> ") + pct(rule.get().thresholdPercent()) + "%",
                        List.of(), versions));
            }
        }
        if (!blocked) {
            belowThresholdAlerts.forEach(Runnable::run);
        }
    }

    private static String pct(BigDecimal share) {
        return share.stripTrailingZeros().toPlainString();
    }

    private void potentialMatch(List<DecisionReason> reasons, List<PotentialMatch> matches,
                                Alerts alerts, int partyIndex, int ownerIndex,
                                ScreeningSubject query, String subject, PartyScreening ps, ListHit hit,
                                String explanation) {
        String fingerprint = query.fingerprint();
        Optional<RaisedAlert> confirmed = alerts.raised().stream()
                .filter(a -> a.state() == AlertState.TRUE_MATCH && a.concerns(fingerprint, hit)).findFirst();
        if (confirmed.isPresent()) {
            alerts.used().add(confirmed.get().alertId());
            reasons.add(new DecisionReason(ReasonKind.CONFIRMED_MATCH, "SCREEN-POTENTIAL-MATCH", "1",
                    rules.blocking(hit.source()) ? TradeStatus.BLOCKED : TradeStatus.REJECTED,
                    explanation + " - confirmed true match", List.of(confirmed.get().alertId()), ps.listVersions()));
            return;
        }
        Optional<RaisedAlert> open = alerts.raised().stream()
                .filter(a -> a.state().undecided() && a.concerns(fingerprint, hit)).findFirst();
        if (open.isPresent()) {
            alerts.used().add(open.get().alertId());
            reasons.add(new DecisionReason(ReasonKind.POTENTIAL_MATCH, "SCREEN-POTENTIAL-MATCH", "1", TradeStatus.HELD,
                    explanation, List.of(open.get().alertId()), ps.listVersions()));
            return;
        }
        Optional<ReleasedMatch> release = alerts.released().stream().filter(r -> r.covers(fingerprint, hit))
                .findFirst();
        if (release.isPresent()) {
            reasons.add(new DecisionReason(ReasonKind.SUPPRESSED_MATCH, "SCREEN-RELEASED-FALSE-POSITIVE", "1",
                    TradeStatus.CLEARED, explanation + "; released as a false positive in alert "
                    + release.get().alertId() + " for the same party data and entity version",
                    List.of(release.get().alertId()), ps.listVersions()));
            return;
        }
        matches.add(new PotentialMatch(reasons.size(), partyIndex, ownerIndex, subject, fingerprint,
                ps.screeningId(), hit));
        reasons.add(new DecisionReason(ReasonKind.POTENTIAL_MATCH, "SCREEN-POTENTIAL-MATCH", "1", TradeStatus.HELD,
                explanation, List.of(), ps.listVersions()));
    }
}
