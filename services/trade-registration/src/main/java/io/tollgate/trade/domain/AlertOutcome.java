package io.tollgate.trade.domain;

/** What an analyst or supervisor decides on an alert. */
public enum AlertOutcome {
    TRUE_MATCH, FALSE_POSITIVE, ESCALATE
}
