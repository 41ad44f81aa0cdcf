package io.tollgate.trade.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The decision on a trade: status, every reason, the alerts to raise, the OFAC report due date when one is owed,
 * and the versions of the rule tables applied.
 */
public record TradeDecision(TradeStatus status, List<DecisionReason> reasons, List<PotentialMatch> potentialMatches,
                            Optional<LocalDate> reportDueDate, Map<String, String> ruleVersions) {

    public TradeDecision {
        reasons = List.copyOf(reasons);
        potentialMatches = List.copyOf(potentialMatches);
        ruleVersions = Map.copyOf(ruleVersions);
    }
}
