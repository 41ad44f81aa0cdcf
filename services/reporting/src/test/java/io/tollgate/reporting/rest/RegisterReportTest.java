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
        // a reference a spreadsheet would run as a formula (stored before printable-text validation, or from an
        // upstream system): the filed CSV must show it as text
        Seed.trade(Seed.Trade.of("=HYPERLINK(\"http://evil.example/x\",\"open\")", LocalDate.of(2026, 11, 25), "5",
                "USD", "KP-CU").status("BLOCKED", LocalDate.of(2026, 12, 9), Instant.parse("2026-11-25T10:00:00Z")));
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

    @Test
    void shouldWriteAFormulaLikeCellAsTextInTheCsvAndHashWhatItWrites() {
        var response = given().auth().oauth2(Fixtures.AUDITOR)
                .get("/api/v1/reports/register?corridor=KP-CU&asOf=2026-12-11&format=csv").then().statusCode(200)
                .extract();
        String csv = response.asString();
        // the cell starts with an apostrophe (quoted, as it holds quotes and commas): never with "="
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil.example/x\"\",\"\"open\"\")\""),
                csv);
        org.junit.jupiter.api.Assertions.assertFalse(csv.contains(",=HYPERLINK") || csv.contains("\n=HYPERLINK")
                || csv.contains(",\"=HYPERLINK"), csv);
        // numbers keep their sign and stay numbers
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains(",-"), "negative day counts stay plain: " + csv);
        String stamped = response.header("X-Report-SHA256");
        org.junit.jupiter.api.Assertions.assertEquals(Seed.sha256(csv), stamped, "the stamp covers the file as written");
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/reports/register?corridor=KP-CU&asOf=2026-12-11").then()
                .statusCode(200).body("notes", org.hamcrest.Matchers.hasItem(containsString("apostrophe")));
    }
}
