package io.tollgate.trade.config;

import io.tollgate.trade.domain.TradeDecider;
import io.tollgate.trade.domain.rules.RuleBook;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The one {@link TradeDecider}: the rule tables and the US holiday calendar shipped in {@code rules/}, read once. */
public class DecisionRules {

    @Produces
    @Singleton
    TradeDecider decider() {
        return new TradeDecider(RuleBook.standard(), RuleBook.usFederalCalendar());
    }
}
