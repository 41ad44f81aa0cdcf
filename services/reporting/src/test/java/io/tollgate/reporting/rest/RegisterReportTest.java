package io.tollgate.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.tollgate.reporting.Fixtures;
import io.tollgate.reporting.Seed;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The blocked, held and rejected register with its deadlines, on corridor KP-SY. */
@QuarkusTest
class RegisterReportTest {

    private static boolean seeded;

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        // blocked on Friday 20 November 2026: trade-registration dates the OFAC report 10 US business days later,
        // across Thanksgiving (26 November): Monday 7 December
        Seed.trade(Seed.Trade.of("KS-BLOCKED", LocalDate.of(2026, 11, 19), "250000", "USD", "KP-SY")
                .status("BLOCKED", LocalDate.of(2026, 12, 7), Instant.parse("2026-11-20T15:30:00Z")));
        Seed.trade(Seed.Trade.of("KS-REJECTED", LocalDate.of(2026, 11, 2), "1200", "EUR", "KP-SY")
                .status("REJECTED", LocalDate.of(2026, 11, 16), Instant.parse("2026-11-02T09:00:00Z")));
        Seed.trade(Seed.Trade.of("KS-HELD", LocalDate.of(2026, 11, 24), "80", "USD", "KP-SY").rail("MIR")
                .status("HELD", null, Instant.parse("2026-11-24T10:00:00Z")));
        long released = Seed.trade(Seed.Trade.of("KS-RELEASED", LocalDate.of(2026, 11, 20), "10", "USD", "KP-SY")
                .status("HELD", null, Instant.parse("2026-11-20T10:00:00Z")));
        Seed.redecide(released, "CLEARED", null, Instant.parse("2026-11-23T10:00:00Z"));
        seeded = true;
    }

    @Test
    void shouldCountDownToTheDueDateAcrossTheFederalHoliday() {
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/reports/register?corridor=KP-SY&asOf=2026-11-25").then()
                .statusCode(200)
                .body("rows.reference", contains("KS-REJECTED", "KS-BLOCKED", "KS-HELD"))
                .body("rows[1].status", equalTo("BLOCKED"))
                .body("rows[1].report_due_date", equalTo("2026-12-07"))
                .body("rows[1].days_left", equalTo(12))
                .body("rows[1].business_days_left", equalTo(7))
                .body("rows[1].overdue", equalTo(false))
                .body("rows[1].reasons", containsString("LISTED_PARTY SCREEN-IDENTIFIER-BLOCKING"))
                .body("rows[0].days_left", equalTo(-9))
                .body("rows[0].business_days_left", equalTo(-7))
                .body("rows[0].overdue", equalTo(true))
                .body("rows[2].report_due_date", nullValue())
                .body("rows[2].overdue", equalTo(false))
                .body("parameters.asOf", equalTo("2026-11-25"))
                .body("parameters.status", equalTo("BLOCKED,HELD,REJECTED"));
    }

    @Test
    void shouldShowTheStatusAsOfTheDecisionsBeforeTheCutoff() {
        // on the due day itself nothing is left, the day after it is overdue
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/reports/register?corridor=KP-SY&status=BLOCKED&asOf=2026-12-07")
                .then().statusCode(200).body("rows", hasSize(1)).body("rows[0].business_days_left", equalTo(0))
                .body("rows[0].overdue", equalTo(false));
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/reports/register?corridor=KP-SY&status=BLOCKED&asOf=2026-12-08")
                .then().statusCode(200).body("rows[0].business_days_left", equalTo(-1))
                .body("rows[0].overdue", equalTo(true));
        // decided in a window: the released trade was HELD then, but its latest decision now is CLEARED
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/reports/register?corridor=KP-SY&status=HELD").then()
                .statusCode(200).body("rows.reference", contains("KS-HELD"));
    }
}
