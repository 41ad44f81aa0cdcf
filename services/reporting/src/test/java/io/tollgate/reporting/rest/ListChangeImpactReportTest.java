package io.tollgate.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.tollgate.reporting.Fixtures;
import io.tollgate.reporting.Seed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two versions of a list, and the alerts each version's changes produced. */
@QuarkusTest
class ListChangeImpactReportTest {

    private static final String SOURCE = "impact-test-list";
    private static boolean seeded;

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        long v1 = Seed.listVersion(SOURCE, Instant.parse("2026-06-01T06:00:00Z"), 3, 3, 0, 0);
        long x1 = Seed.listedEntity(SOURCE, "X1", v1, "ADDED", "h-x1", List.of("SDGT"));
        long x2 = Seed.listedEntity(SOURCE, "X2", v1, "ADDED", "h-x2", List.of("SDGT"));
        long x3 = Seed.listedEntity(SOURCE, "X3", v1, "ADDED", "h-x3", List.of("SDGT"));
        long v2 = Seed.listVersion(SOURCE, Instant.parse("2026-07-01T06:00:00Z"), 2, 0, 1, 1);
        Seed.change(v2, SOURCE, x2, "X2", "CHANGED", "h-x2b");
        Seed.change(v2, SOURCE, x3, "X3", "REMOVED", null);
        long t1 = Seed.trade(Seed.Trade.of("LI-1", LocalDate.of(2026, 6, 10), "10", "USD", "AE-AF"));
        long t2 = Seed.trade(Seed.Trade.of("LI-2", LocalDate.of(2026, 6, 15), "10", "USD", "AE-AF"));
        long t3 = Seed.trade(Seed.Trade.of("LI-3", LocalDate.of(2026, 7, 2), "10", "USD", "AE-AF"));
        Seed.alert(t1, x1, "h-x1", "OPEN", Instant.parse("2026-06-10T12:00:00Z"));
        long fp = Seed.alert(t2, x2, "h-x2", "FALSE_POSITIVE", Instant.parse("2026-06-15T12:00:00Z"));
        Seed.alertDecision(fp, "FALSE_POSITIVE", "anna", "analyst", Instant.parse("2026-06-15T13:00:00Z"));
        Seed.alertDecision(fp, "FALSE_POSITIVE", "sofia", "supervisor", Instant.parse("2026-06-15T14:00:00Z"));
        long tm = Seed.alert(t3, x2, "h-x2b", "TRUE_MATCH", Instant.parse("2026-07-02T12:00:00Z"));
        Seed.alertDecision(tm, "TRUE_MATCH", "anna", "analyst", Instant.parse("2026-07-02T13:00:00Z"));
        Seed.alert(t3, x2, "h-x2b", "OPEN", Instant.parse("2026-07-03T12:00:00Z"));
        seeded = true;
    }

    @Test
    void shouldTieEachAlertToTheVersionThatIntroducedTheContentItMatched() {
        given().auth().oauth2(Fixtures.AUDITOR)
                .get("/api/v1/reports/list-change-impact?from=2026-05-01&to=2026-07-31&source=" + SOURCE).then()
                .statusCode(200)
                .body("rows.source", contains(SOURCE, SOURCE))
                .body("rows.entities", contains(3, 2))
                .body("rows.added", contains(3, 0))
                .body("rows.removed", contains(0, 1))
                .body("rows.changed", contains(0, 1))
                .body("rows.alerts_raised", contains(2, 2))
                .body("rows.trades_alerted", contains(2, 1))
                .body("rows.alerts_open", contains(1, 1))
                .body("rows.alerts_false_positive", contains(1, 0))
                .body("rows.alerts_true_match", contains(0, 1))
                .body("listVersions.source", hasItem(SOURCE));
    }
}
