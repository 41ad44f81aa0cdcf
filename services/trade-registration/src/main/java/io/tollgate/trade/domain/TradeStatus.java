package io.tollgate.trade.domain;

/** Where a trade stands; the decision is the most severe outcome of its reasons. */
public enum TradeStatus {
    CLEARED(0), HELD(1), REJECTED(2), BLOCKED(3), PENDING_SCREENING(-1);

    private final int severity;

    TradeStatus(int severity) {
        this.severity = severity;
    }

    /** The more severe of the two outcomes (PENDING_SCREENING is not an outcome and never wins). */
    public TradeStatus worst(TradeStatus other) {
        return other.severity > severity ? other : this;
    }

    /** Whether OFAC expects a report (blocked property or rejected transaction) within 10 business days. */
    public boolean reportable() {
        return this == BLOCKED || this == REJECTED;
    }
}
