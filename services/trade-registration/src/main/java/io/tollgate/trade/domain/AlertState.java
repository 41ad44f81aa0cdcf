package io.tollgate.trade.domain;

/** Where the analysts' decisions have left an alert; stored and shown by name. */
public enum AlertState {
    /** Raised, nobody has decided it yet. */
    OPEN,
    /** Handed to a supervisor. */
    ESCALATED,
    /** Decided a false positive once; a different supervisor must confirm it (four eyes). */
    AWAITING_SECOND_REVIEW,
    /** Released: closed, and the same party data against the same entity version is not raised again. */
    FALSE_POSITIVE,
    /** Confirmed: closed, the trade is blocked or rejected. */
    TRUE_MATCH;

    /** Whether the alert still waits for a decision (and so still holds its trade). */
    public boolean undecided() {
        return this != FALSE_POSITIVE && this != TRUE_MATCH;
    }
}
