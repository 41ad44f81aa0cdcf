package io.tollgate.trade.domain;

import io.tollgate.platform.data.CallerNames;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The four-eyes rule on alerts: a FALSE_POSITIVE by one person (analyst or supervisor) awaits a FALSE_POSITIVE by a
 * different supervisor before the alert is closed and the trade can be released; a TRUE_MATCH closes the alert at
 * once, since confirming a risk needs no second opinion; ESCALATE hands it to a supervisor. Closed alerts take no
 * further decision.
 */
public final class AlertReview {

    private AlertReview() {
    }

    /** A decision the rule does not allow; nothing is recorded. */
    public static final class Refused extends RuntimeException {

        /** CONFLICT: the alert's state does not take it; FORBIDDEN: the same person cannot be the second pair of eyes. */
        public enum Why {
            CONFLICT, FORBIDDEN
        }

        private final Why why;

        Refused(Why why, String message) {
            super(message);
            this.why = why;
        }

        public Why why() {
            return why;
        }
    }

    /**
     * The alert's state after {@code user}'s decision.
     *
     * @param lastDecidedBy who took the alert's latest decision, if anyone
     * @throws Refused when the state does not take this decision from this person
     */
    public static AlertState next(long alertId, AlertState state, AlertOutcome decision, String user,
                                  boolean supervisor, Optional<String> lastDecidedBy) {
        switch (state) {
            case FALSE_POSITIVE, TRUE_MATCH -> throw new Refused(Refused.Why.CONFLICT, "Alert " + alertId
                    + " is closed (" + state + ")");
            case AWAITING_SECOND_REVIEW -> {
                String first = lastDecidedBy.orElse("");
                if (!supervisor) {
                    throw new Refused(Refused.Why.CONFLICT, "Alert " + alertId + " was decided FALSE_POSITIVE by "
                            + first + " and awaits a supervisor");
                }
                // one person however the name is written (decisions stored before names were canonical included)
                if (CallerNames.samePerson(first, user) && decision == AlertOutcome.FALSE_POSITIVE) {
                    throw new Refused(Refused.Why.FORBIDDEN, "Four eyes: " + user + " took the first decision on "
                            + "alert " + alertId + "; a different supervisor must confirm it");
                }
                return switch (decision) {
                    case FALSE_POSITIVE -> AlertState.FALSE_POSITIVE;
                    case TRUE_MATCH -> AlertState.TRUE_MATCH;
                    case ESCALATE -> AlertState.ESCALATED;
                };
            }
            case ESCALATED -> {
                if (!supervisor) {
                    throw new Refused(Refused.Why.CONFLICT, "Alert " + alertId + " is escalated to a supervisor");
                }
                return firstReview(decision);
            }
            default -> {
                return firstReview(decision);
            }
        }
    }

    /**
     * What {@code user} may decide on the alert now, by asking {@link #next} for each outcome (so a page shows
     * exactly what the rule would accept): the outcomes allowed, and why the others are refused.
     */
    public record Choices(Set<AlertOutcome> allowed, List<String> refusals) {

        /** Whether this person may decide anything. */
        public boolean any() {
            return !allowed.isEmpty();
        }
    }

    /** The decisions {@link #next} accepts from {@code user} on an alert in {@code state}. */
    public static Choices choices(long alertId, AlertState state, String user, boolean supervisor,
                                  Optional<String> lastDecidedBy) {
        Set<AlertOutcome> allowed = EnumSet.noneOf(AlertOutcome.class);
        List<String> refusals = new ArrayList<>();
        for (AlertOutcome outcome : AlertOutcome.values()) {
            try {
                next(alertId, state, outcome, user, supervisor, lastDecidedBy);
                allowed.add(outcome);
            } catch (Refused e) {
                if (!refusals.contains(e.getMessage())) {
                    refusals.add(e.getMessage());
                }
            }
        }
        return new Choices(allowed, refusals);
    }

    private static AlertState firstReview(AlertOutcome decision) {
        return switch (decision) {
            case FALSE_POSITIVE -> AlertState.AWAITING_SECOND_REVIEW;
            case TRUE_MATCH -> AlertState.TRUE_MATCH;
            case ESCALATE -> AlertState.ESCALATED;
        };
    }
}
