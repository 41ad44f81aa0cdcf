package io.tollgate.trade.domain;

import java.util.List;
import java.util.Map;

/**
 * Why a trade has its status: the rule (id and version) or the screening that gave an outcome.
 *
 * @param alertIds the alerts this reason raised (filled in once they are stored)
 * @param listVersions the list versions the screening behind this reason used (empty for trade rules)
 */
public record DecisionReason(ReasonKind kind, String ruleId, String ruleVersion, TradeStatus outcome, String explanation,
                             List<Long> alertIds, Map<String, Long> listVersions) {

    public DecisionReason {
        alertIds = alertIds == null ? List.of() : List.copyOf(alertIds);
        listVersions = listVersions == null ? Map.of() : Map.copyOf(listVersions);
    }

    /** The same reason, pointing at the alert stored for it. */
    public DecisionReason withAlertIds(List<Long> ids) {
        return new DecisionReason(kind, ruleId, ruleVersion, outcome, explanation, ids, listVersions);
    }
}
