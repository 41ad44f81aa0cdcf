package io.tollgate.trade.domain;

import io.tollgate.trade.domain.rules.BusinessCalendar;
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
import java.util.Optional;
import java.util.Set;

/**
 * Decides a trade from its screenings and the rules: BLOCKED (an identifier-certain hit on a blocking list, or
 * listed owners reaching the ownership threshold), REJECTED (a rule prohibits it), HELD (a potential match or a rule
 * that needs review), otherwise CLEARED. Without screenings the trade stays PENDING_SCREENING, whatever the rules
 * say, because a listed party could still turn a rejection into a block.
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
        List<DecisionReason> reasons = new ArrayList<>();
        List<PotentialMatch> matches = new ArrayList<>();
        for (RuleOutcome r : rules.evaluate(trade, regimes)) {
            reasons.add(new DecisionReason(r.kind(), r.ruleId(), r.ruleVersion(), r.outcome(),
                    r.regime() + ": " + r.explanation(), List.of(), Map.of()));
        }
        screening.ifPresent(s -> screeningReasons(trade, s, regimes, released, reasons, matches));

        TradeStatus status = TradeStatus.CLEARED;
        for (DecisionReason r : reasons) {
            status = status.worst(r.outcome());
        }
        if (screening.isEmpty()) {
            status = TradeStatus.PENDING_SCREENING;
        }
        Optional<LocalDate> due = status.reportable()
                ? Optional.of(calendar.plusBusinessDays(decisionDate, REPORT_BUSINESS_DAYS))
                : Optional.empty();
        Map<String, String> versions = new LinkedHashMap<>(rules.versions());
        versions.put("us-federal-holidays.tsv", calendar.version());
        return new TradeDecision(status, reasons, matches, due, versions);
    }

    private void screeningReasons(Trade trade, ScreeningOutcome s, Set<Regime> regimes, Set<ReleasedMatch> released,
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
                    reasons.add(new DecisionReason("LISTED_PARTY", "SCREEN-IDENTIFIER-BLOCKING", sourcesVersion,
                            TradeStatus.BLOCKED, party.role() + " " + party.name() + " is " + hit.label()
                            + " (identifier match, score " + hit.score() + "; " + hit.source() + " is an asset freeze)",
                            List.of(), ps.listVersions()));
                } else {
                    potentialMatch(reasons, matches, released, i, -1, ScreeningQuery.of(party), party.name(), ps, hit,
                            party.role() + " " + party.name() + " may be " + hit.label() + " (score " + hit.score()
                                    + (hit.identifierMatch() ? ", identifier match on a list that is not a freeze" : "")
                                    + ")");
                }
            }
            ownership(trade, s, regimes, released, i, reasons, matches);
        }
    }

    private void ownership(Trade trade, ScreeningOutcome s, Set<Regime> regimes, Set<ReleasedMatch> released,
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
                potentialMatch(reasons, matches, released, partyIndex, ownerIndex, ScreeningQuery.of(owner),
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
                belowThresholdAlerts.add(() -> potentialMatch(reasons, matches, released, partyIndex, ownerIndex,
                        ScreeningQuery.of(owner), owner.name(), os, hit, "owner " + owner.name() + " (" + pct(owner.percentage()) + "% of " + party.name()
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
                reasons.add(new DecisionReason("OWNERSHIP", rule.get().ruleId(), rule.get().version(),
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

    private static void potentialMatch(List<DecisionReason> reasons, List<PotentialMatch> matches,
                                       Set<ReleasedMatch> released, int partyIndex, int ownerIndex,
                                       ScreeningQuery query, String subject, PartyScreening ps, ListHit hit,
                                       String explanation) {
        String fingerprint = query.fingerprint();
        Optional<ReleasedMatch> release = released.stream().filter(r -> r.covers(fingerprint, hit)).findFirst();
        if (release.isPresent()) {
            reasons.add(new DecisionReason("SUPPRESSED_MATCH", "SCREEN-RELEASED-FALSE-POSITIVE", "1",
                    TradeStatus.CLEARED, explanation + "; released as a false positive in alert "
                    + release.get().alertId() + " for the same party data and entity version",
                    List.of(release.get().alertId()), ps.listVersions()));
            return;
        }
        matches.add(new PotentialMatch(reasons.size(), partyIndex, ownerIndex, subject, fingerprint,
                ps.screeningId(), hit));
        reasons.add(new DecisionReason("POTENTIAL_MATCH", "SCREEN-POTENTIAL-MATCH", "1", TradeStatus.HELD,
                explanation, List.of(), ps.listVersions()));
    }
}
