package io.tollgate.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.tollgate.reporting.Fixtures;
import io.tollgate.reporting.Scenarios;
import io.tollgate.reporting.Seed;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** De-dollarisation on the VE-RU corridor: the dollar's share of settled value falls from 80% to 20% in three months. */
@QuarkusTest
class CurrencyMixReportTest {

    private static final String QUERY = "corridor=VE-RU&from=2026-08-01&to=2026-10-31&ratePolicy=trade-date";

    // not in @BeforeAll, where RestAssured does not know the test port yet
    @BeforeEach
    void seed() {
        Scenarios.veRu();
    }

    @Test
    void shouldShowTheDollarShareFallFromEightyToTwentyPercentInJson() {
        JsonPath json = given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/reports/settlement-currency-mix?" + QUERY)
                .then().statusCode(200).contentType("application/json").extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertEquals("settlement-currency-mix", json.getString("report"));
        assertEquals("VE-RU", json.getString("parameters.corridor"));
        assertEquals("month", json.getString("parameters.period"));
        assertEquals("USD", json.getString("parameters.currency"));
        assertEquals(7, json.getInt("rowCount"));
        assertEquals(java.util.List.of("2026-08", "2026-08", "2026-09", "2026-09", "2026-10", "2026-10", "2026-10"),
                json.getList("rows.period"));
        assertEquals(java.util.List.of("USD", "RUB", "RUB", "USD", "VES", "USD", "RUB"), json.getList("rows.currency"));
        assertEquals(java.util.List.of("80.00", "20.00", "50.00", "50.00", "80.00", "20.00", "0.00"),
                json.getList("rows.share_percent", java.math.BigDecimal.class).stream()
                        .map(java.math.BigDecimal::toPlainString).toList());
        assertEquals(java.util.List.of("2026-10-17"), json.getList("rows[6].dates_without_rate"));
        assertEquals(1, json.getList("notes").size());
        assertEquals(Seed.sha256(Scenarios.VE_RU_CSV), json.getString("sha256"));
        assertEquals("/api/v1/report-runs/" + json.getLong("runId"), json.getString("links.run"));
    }

    @Test
    void shouldServeTheSameFiguresAsCsvWhoseHashIsTheStampedOne() {
        for (Response r : new Response[] {
                given().auth().oauth2(Fixtures.AUDITOR).accept("text/csv").get("/api/v1/reports/settlement-currency-mix?"
                        + QUERY),
                given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/reports/settlement-currency-mix?format=csv&"
                        + QUERY)}) {
            r.then().statusCode(200).contentType(startsWith("text/csv"))
                    .header("X-Report-Sha256", Seed.sha256(Scenarios.VE_RU_CSV))
                    .header("X-Report-Row-Count", "7")
                    .header("X-Report-Parameters", "from=2026-08-01&to=2026-10-31&period=month&corridor=VE-RU&currency=USD"
                            + "&ratePolicy=trade-date")
                    .header("X-Report-Rate-Sources", "RUB>USD=ECB via EUR;VES>USD=ECB via EUR")
                    .header("Content-Disposition", startsWith("attachment; filename=\"settlement-currency-mix-run-"));
            assertEquals(Scenarios.VE_RU_CSV, new String(r.asByteArray(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void shouldBucketByQuarterAndFilterByRailAndStatus() {
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/reports/settlement-currency-mix?period=quarter&" + QUERY)
                .then().statusCode(200)
                .body("rows.period", contains("2026-Q3", "2026-Q3", "2026-Q4", "2026-Q4", "2026-Q4"))
                .body("rows[0].currency", equalTo("USD")).body("rows[0].share_percent", equalTo(65.00f))
                .body("rows[1].currency", equalTo("RUB")).body("rows[1].share_percent", equalTo(35.00f));
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/reports/settlement-currency-mix?rail=MIR&" + QUERY)
                .then().statusCode(200).body("rows", hasSize(2)).body("rows.currency", contains("RUB", "RUB"))
                .body("rows[0].trades_without_rate", equalTo(0)).body("rows[1].trades_without_rate", equalTo(1));
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/reports/settlement-currency-mix?status=BLOCKED&" + QUERY)
                .then().statusCode(200).body("rows", hasSize(0)).body("parameters.status", equalTo("BLOCKED"));
    }

    @Test
    void shouldConvertToAnotherConfiguredReportingCurrency() {
        // in EUR: 8000 USD / 1.25 = 6400 EUR, 160000 RUB / 100 = 1600 EUR: the shares do not move
        given().auth().oauth2(Fixtures.SUPERVISOR).get("/api/v1/reports/settlement-currency-mix?currency=EUR&" + QUERY)
                .then().statusCode(200)
                .body("rows[0].value", equalTo(6400.00f)).body("rows[0].share_percent", equalTo(80.00f))
                .body("rows[1].value", equalTo(1600.00f)).body("rows.reporting_currency", hasItem("EUR"));
    }

    @Test
    void shouldConvertTheSaturdayTradeWithTheLastPublishedRateByDefault() {
        JsonPath json = given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/reports/settlement-currency-mix?"
                        + "corridor=VE-RU&from=2026-08-01&to=2026-10-31").then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertEquals("last-published", json.getString("parameters.ratePolicy"));
        assertEquals("4", json.getString("parameters.rateMaxAge"));
        // the Saturday's 50,000 RUB take Tuesday's rate (the last published, 4 days before): 625 USD
        assertEquals(java.util.List.of("VES", "USD", "RUB"), json.getList("rows.currency").subList(4, 7));
        assertEquals("625.00", json.getString("rows[6].value"));
        assertEquals(0, json.getInt("rows[6].trades_without_rate"));
        assertEquals(java.util.List.of("2026-10-17:2026-10-13"), json.getList("rows[6].earlier_rate_dates"));
        assertEquals("last-published/4", json.getString("rows[6].rate_policy"));
        assertEquals(java.util.List.of("RUB", "VES"), json.getList("rateSources.currency"));
        assertEquals(java.util.List.of("ECB", "ECB"), json.getList("rateSources.sources"));
        assertEquals(1, json.getInt("rateSources[0].tradeDatesOnEarlierRate"));
        assertEquals(true, json.getList("notes", String.class).stream().anyMatch(n -> n.contains("earlier")
                || n.contains("last rate published")));
        // a policy is part of the content: the same trades under trade-date hash differently
        org.junit.jupiter.api.Assertions.assertNotEquals(Seed.sha256(Scenarios.VE_RU_CSV), json.getString("sha256"));

        // younger than the Saturday's last rate: unconverted again
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/reports/settlement-currency-mix?corridor=VE-RU"
                        + "&from=2026-10-01&to=2026-10-31&rateMaxAge=3").then().statusCode(200)
                .body("rows.find { it.currency == 'RUB' }.trades_without_rate", equalTo(1))
                .body("parameters.rateMaxAge", equalTo("3"));
    }
}
