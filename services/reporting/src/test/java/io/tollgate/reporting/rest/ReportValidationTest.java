package io.tollgate.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.tollgate.reporting.Fixtures;
import org.junit.jupiter.api.Test;

/** Bad parameters, unknown reports and the wrong caller are problem+json, never a report. */
@QuarkusTest
class ReportValidationTest {

    @Test
    void shouldNameEveryInvalidParameter() {
        given().auth().oauth2(Fixtures.AUDITOR)
                .get("/api/v1/reports/settlement-currency-mix?from=2026-02-30&corridor=VERU&currency=JPY&period=week")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", containsString("validation"))
                .body("violations.field", hasItems("from", "corridor", "currency", "period"))
                .body("violations.find { it.field == 'corridor' }.message", containsString("VE-RU"));
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/reports/exposure?from=2026-10-01&to=2026-09-01").then()
                .statusCode(400).body("violations[0].field", equalTo("from"));
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/reports/register?asOf=tomorrow&status=OPEN").then()
                .statusCode(400).body("violations.field", hasItems("asOf", "status"));
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/reports/screening-operations?sla=24h").then()
                .statusCode(400).body("violations[0].field", equalTo("sla"));
    }

    @Test
    void shouldRefuseAParameterTheReportDoesNotTake() {
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/reports/exposure?corridr=VE-RU").then().statusCode(400)
                .body("violations[0].field", equalTo("corridr"));
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/reports/exposure?format=xml").then().statusCode(400)
                .body("violations[0].field", equalTo("format"));
    }

    @Test
    void shouldAnswerAnUnknownReportWith404() {
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/reports/blocked-property").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("settlement-currency-mix"));
    }

    @Test
    void shouldLetOnlyAuditorsAndSupervisorsRead() {
        given().auth().oauth2(Fixtures.ANALYST).get("/api/v1/reports/exposure").then().statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/v1/reports/exposure").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/reports").then().statusCode(200)
                .body("name", hasItem("list-change-impact"));
    }
}
