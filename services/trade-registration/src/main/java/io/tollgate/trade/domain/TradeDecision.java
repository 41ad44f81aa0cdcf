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

    /**
     * This decision for a trade that stands at {@code current} with an OFAC report due on {@code due}: a report
     * already due for this status stays due when the trade is decided again the same way.
     */
    public TradeDecision continuing(TradeStatus current, Optional<LocalDate> due) {
        if (status != current || due.isEmpty()) {
            return this;
        }
        return new TradeDecision(status, reasons, potentialMatches, due, ruleVersions);
    }
}
