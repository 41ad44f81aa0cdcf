package io.tollgate.trade.domain.rules;

import io.tollgate.trade.domain.Regime;
import java.math.BigDecimal;

/**
 * When listed owners make a party blocked under one regime.
 *
 * @param inclusive whether a share equal to the threshold already blocks (OFAC: 50% or more)
 * @param listedOwnerMinScore the screening score from which a name-only hit on an owner counts as the listed owner
 */
public record OwnershipRule(String ruleId, String version, Regime regime, BigDecimal thresholdPercent,
                            boolean inclusive, double listedOwnerMinScore) {

    /** Whether an aggregated share reaches the threshold. */
    public boolean reached(BigDecimal share) {
        int c = share.compareTo(thresholdPercent);
        return inclusive ? c >= 0 : c > 0;
    }
}
