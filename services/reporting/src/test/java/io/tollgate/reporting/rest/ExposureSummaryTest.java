package io.tollgate.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.tollgate.reporting.Fixtures;
import io.tollgate.reporting.Seed;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Exposure over whole months reads the monthly summary: a trade registered, a status changed or a rate imported after
 * the last report shows in the next one, and the summary gives exactly what the trades themselves give.
 */
@QuarkusTest
class ExposureSummaryTest {

    private static final String URL = "/api/v1/reports/exposure?from=2025-06-01&to=2025-06-30&corridor=PA-PE";

    private static ValidatableResponse corridor() {
        return given().auth().oauth2(Fixtures.AUDITOR).get(URL).then().statusCode(200);
    }

    @Test
    void shouldFollowNewTradesStatusChangesAndRatesIntoTheSummary() {
        long first = Seed.trade(Seed.Trade.of("PP-1", LocalDate.of(2025, 6, 2), "100", "USD", "PA-PE"));
        corridor().body("rows[0].trades", equalTo(1)).body("rows[0].value", equalTo(100.0f));

        Seed.trade(Seed.Trade.of("PP-2", LocalDate.of(2025, 6, 3), "100", "EUR", "PA-PE"));
        corridor().body("rows[0].trades", equalTo(2)).body("rows[0].value", equalTo(100.0f))
                .body("rows[0].trades_without_rate", equalTo(1));

        Fixtures.rates("Date,USD\n2025-06-03,1.1\n");
        corridor().body("rows[0].value", equalTo(210.0f)).body("rows[0].trades_without_rate", equalTo(0));

        Seed.redecide(first, "HELD", null, Instant.now());
        long run = ((Number) corridor().body("rows[0].held_trades", equalTo(1))
                .body("rows[0].held_share_percent", equalTo(47.62f)).extract().path("runId")).longValue();

        // produced again from the trades themselves at the run's cut-off: the same content
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/report-runs/" + run + "/reproduction").then()
                .statusCode(200).body("identical", equalTo(true));
        // and a range that is not whole months (its part month read from the trades) gives the same figures
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/reports/exposure?from=2025-06-02&to=2025-06-30&corridor=PA-PE")
                .then().statusCode(200).body("rows[0].value", equalTo(210.0f)).body("rows[0].held_trades", equalTo(1));
    }
}
