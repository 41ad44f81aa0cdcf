package io.tollgate.reporting.rest;

import java.time.temporal.ChronoUnit;
import java.time.Duration;
import static org.awaitility.Awaitility.await;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.tollgate.reporting.Fixtures;
import io.tollgate.reporting.Seed;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A filed report can be reproduced from its stored run and proven unchanged, or shown to differ. */
@QuarkusTest
class ReportRunResourceTest {

    @Test
    void shouldRecordWhoRanWhatAndReproduceItIdentically() {
        Seed.trade(Seed.Trade.of("RR-1", LocalDate.of(2026, 3, 2), "100", "USD", "BR-RU"));
        Response csv = given().auth().oauth2(Fixtures.SUPERVISOR)
                .get("/api/v1/reports/settlement-currency-mix?corridor=BR-RU&from=2026-03-01&to=2026-03-31&format=csv");
        csv.then().statusCode(200);
        String run = csv.header("X-Report-Run");
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/report-runs/" + run).then().statusCode(200)
                .body("report", equalTo("settlement-currency-mix"))
                .body("requestedBy", equalTo("sofia"))
                .body("format", equalTo("csv"))
                .body("rowCount", equalTo(1))
                .body("sha256", equalTo(Seed.sha256(csv.asString())))
                .body("parameters.corridor", equalTo("BR-RU"))
                .body("dataCutoff", equalTo(csv.header("X-Report-Data-Cutoff")));
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/report-runs/" + run + "/reproduction").then()
                .statusCode(200).body("identical", equalTo(true)).body("reproducedSha256", equalTo(Seed.sha256(csv.asString())));
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/report-runs?report=settlement-currency-mix").then()
                .statusCode(200).body("id", hasItem(Integer.valueOf(run)));
    }

    @Test
    void shouldShowADifferenceWhenATradesStatusChangedSince() {
        long trade = Seed.trade(Seed.Trade.of("RR-2", LocalDate.of(2026, 4, 6), "100", "USD", "BR-CN")
                .status("HELD", null, Instant.parse("2026-04-06T13:00:00Z")));
        String query = "corridor=BR-CN&from=2026-04-01&to=2026-04-30";
        JsonPath mix = given().auth().oauth2(Fixtures.AUDITOR)
                .get("/api/v1/reports/settlement-currency-mix?status=HELD&" + query).then().statusCode(200).extract()
                .jsonPath();
        JsonPath register = given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/reports/register?corridor=BR-CN")
                .then().statusCode(200).body("rowCount", equalTo(1)).extract().jsonPath();
        // the release comes after both cut-offs, also once the database has cut its time to the second
        Instant cutoff = Instant.parse(register.getString("dataCutoff"));
        await("a second past the cut-off").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS).isAfter(cutoff));
        Seed.redecide(trade, "CLEARED", null, Instant.now());
        // the currency mix reads statuses as they are now: the held trade is gone, the content differs
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/report-runs/" + mix.getLong("runId") + "/reproduction")
                .then().statusCode(200).body("identical", equalTo(false)).body("reproducedRowCount", equalTo(0));
        // the register reads each trade's decision as of the cut-off: unchanged
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/report-runs/" + register.getLong("runId") + "/reproduction")
                .then().statusCode(200).body("identical", equalTo(true));
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/reports/register?corridor=BR-CN").then()
                .body("rowCount", equalTo(0));
    }

    @Test
    void shouldAnswerAnUnknownRunWithProblemJson() {
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/report-runs/999999999").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/report-runs?limit=0").then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
    }
}
