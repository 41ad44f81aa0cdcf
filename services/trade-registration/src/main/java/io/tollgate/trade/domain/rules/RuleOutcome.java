package io.tollgate.trade.domain.rules;

import io.tollgate.trade.domain.ReasonKind;
import io.tollgate.trade.domain.Regime;
import io.tollgate.trade.domain.TradeStatus;

/**
 * A rule that applied to a trade.
 *
 * @param kind EMBARGO, GOODS, RAIL or PROHIBITED_COUNTERPARTY
 * @param ruleVersion the version of the table the rule came from
 */
public record RuleOutcome(ReasonKind kind, String ruleId, String ruleVersion, Regime regime, TradeStatus outcome,
                          String explanation) {
}
