package io.tollgate.trade.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The four-eyes rule, without a database: the REST tests (AlertResourceTest) cover the same paths end to end. */
class AlertReviewTest {

    @Test
    void shouldAwaitASecondSupervisorAfterAFirstFalsePositive() {
        assertEquals(AlertState.AWAITING_SECOND_REVIEW, AlertReview.next(1, AlertState.OPEN,
                AlertOutcome.FALSE_POSITIVE, "anna", false, Optional.empty()));
        assertEquals(AlertState.FALSE_POSITIVE, AlertReview.next(1, AlertState.AWAITING_SECOND_REVIEW,
                AlertOutcome.FALSE_POSITIVE, "sam", true, Optional.of("anna")));
    }

    @Test
    void shouldRefuseTheSamePersonAsTheSecondPairOfEyes() {
        AlertReview.Refused e = assertThrows(AlertReview.Refused.class, () -> AlertReview.next(1,
                AlertState.AWAITING_SECOND_REVIEW, AlertOutcome.FALSE_POSITIVE, "sam", true, Optional.of("sam")));
        assertEquals(AlertReview.Refused.Why.FORBIDDEN, e.why());
        assertTrue(e.getMessage().startsWith("Four eyes: sam took the first decision on alert 1"), e.getMessage());
    }

    @Test
    void shouldKnowThePersonWhateverTheCaseTheFirstDecisionWasStoredIn() {
        // a decision stored as "Anna" before names were canonical, a second one presented as "anna"
        assertEquals(AlertReview.Refused.Why.FORBIDDEN, assertThrows(AlertReview.Refused.class, () -> AlertReview.next(1,
                AlertState.AWAITING_SECOND_REVIEW, AlertOutcome.FALSE_POSITIVE, "anna", true, Optional.of("Anna")))
                .why());
    }

    @Test
    void shouldLeaveAnEscalatedOrAwaitingAlertToSupervisorsAndAClosedOneAlone() {
        assertEquals(AlertReview.Refused.Why.CONFLICT, assertThrows(AlertReview.Refused.class, () -> AlertReview.next(
                1, AlertState.ESCALATED, AlertOutcome.TRUE_MATCH, "anna", false, Optional.of("bob"))).why());
        assertEquals(AlertReview.Refused.Why.CONFLICT, assertThrows(AlertReview.Refused.class, () -> AlertReview.next(
                1, AlertState.AWAITING_SECOND_REVIEW, AlertOutcome.TRUE_MATCH, "anna", false, Optional.of("bob")))
                .why());
        assertEquals(AlertReview.Refused.Why.CONFLICT, assertThrows(AlertReview.Refused.class, () -> AlertReview.next(
                1, AlertState.TRUE_MATCH, AlertOutcome.ESCALATE, "sam", true, Optional.of("bob"))).why());
        assertEquals(AlertState.TRUE_MATCH, AlertReview.next(1, AlertState.ESCALATED, AlertOutcome.TRUE_MATCH, "sam",
                true, Optional.of("anna")));
        assertEquals(AlertState.ESCALATED, AlertReview.next(1, AlertState.OPEN, AlertOutcome.ESCALATE, "anna", false,
                Optional.empty()));
    }

    @Test
    void shouldOfferEachReviewerExactlyTheDecisionsTheRuleAccepts() {
        assertEquals(java.util.EnumSet.allOf(AlertOutcome.class), AlertReview.choices(1, AlertState.OPEN, "anna",
                false, Optional.empty()).allowed());
        // anna released it: as an analyst she cannot decide again; sam, a supervisor, may confirm or overturn
        AlertReview.Choices anna = AlertReview.choices(1, AlertState.AWAITING_SECOND_REVIEW, "anna", false,
                Optional.of("anna"));
        assertTrue(anna.allowed().isEmpty());
        assertTrue(anna.refusals().get(0).contains("awaits a supervisor"), anna.refusals().toString());
        assertEquals(java.util.EnumSet.allOf(AlertOutcome.class), AlertReview.choices(1,
                AlertState.AWAITING_SECOND_REVIEW, "sam", true, Optional.of("anna")).allowed());
        // a supervisor who released it himself may still confirm the risk, never the release
        assertEquals(java.util.EnumSet.of(AlertOutcome.TRUE_MATCH, AlertOutcome.ESCALATE), AlertReview.choices(1,
                AlertState.AWAITING_SECOND_REVIEW, "SAM", true, Optional.of("sam")).allowed());
        assertTrue(AlertReview.choices(1, AlertState.FALSE_POSITIVE, "sam", true, Optional.of("anna")).allowed()
                .isEmpty());
    }
}
