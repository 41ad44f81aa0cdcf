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
import io.tollgate.reporting.Seed;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** De-dollarisation on the VE-RU corridor: the dollar's share of settled value falls from 80% to 20% in three months. */
@QuarkusTest
class CurrencyMixReportTest {

    private static final String CSV = """
            period,currency,trades,amount,reporting_currency,value,share_percent,trades_without_rate,amount_without_rate,dates_without_rate\r
            2026-08,USD,2,8000.00,USD,8000.00,80.00,0,0.00,\r
            2026-08,RUB,1,160000.00,USD,2000.00,20.00,0,0.00,\r
            2026-09,RUB,1,400000.00,USD,5000.00,50.00,0,0.00,\r
            2026-09,USD,1,5000.00,USD,5000.00,50.00,0,0.00,\r
            2026-10,VES,1,320000.00,USD,8000.00,80.00,0,0.00,\r
            2026-10,USD,1,2000.00,USD,2000.00,20.00,0,0.00,\r
            2026-10,RUB,1,50000.00,USD,0.00,0.00,1,50000.00,2026-10-17\r
            """;
    private static final String QUERY = "corridor=VE-RU&from=2026-08-01&to=2026-10-31";

    private static boolean seeded;

    // once per class; not in @BeforeAll, where RestAssured does not know the test port yet
    @BeforeEach
    void seed() {
        if (!seeded) {
            Fixtures.rates(Fixtures.VE_RU_RATES);
            seedVeRu();
            seeded = true;
        }
    }

    /** The VE-RU trades of the scenario, plus trades on other corridors the filter must leave out. */
    public static void seedVeRu() {
        Seed.trade(Seed.Trade.of("VR-1", LocalDate.of(2026, 8, 10), "5000", "USD", "VE-RU"));
        Seed.trade(Seed.Trade.of("VR-2", LocalDate.of(2026, 8, 11), "3000", "USD", "VE-RU"));
        Seed.trade(Seed.Trade.of("VR-3", LocalDate.of(2026, 8, 11), "160000", "RUB", "VE-RU").rail("SPFS"));
        Seed.trade(Seed.Trade.of("VR-4", LocalDate.of(2026, 9, 14), "5000", "USD", "VE-RU"));
        Seed.trade(Seed.Trade.of("VR-5", LocalDate.of(2026, 9, 15), "400000", "RUB", "VE-RU").rail("MIR"));
        Seed.trade(Seed.Trade.of("VR-6", LocalDate.of(2026, 10, 12), "2000", "USD", "VE-RU"));
        Seed.trade(Seed.Trade.of("VR-7", LocalDate.of(2026, 10, 13), "320000", "VES", "VE-RU").rail("CIPS"));
        // a Saturday: no reference rate that day, so it is a gap, not converted with Friday's rate
        Seed.trade(Seed.Trade.of("VR-8", LocalDate.of(2026, 10, 17), "50000", "RUB", "VE-RU").rail("MIR"));
        Seed.trade(Seed.Trade.of("RV-1", LocalDate.of(2026, 8, 10), "99000", "USD", "RU-VE"));
        Seed.trade(Seed.Trade.of("CV-1", LocalDate.of(2026, 9, 14), "7000", "CNY", "CN-VE").rail("CIPS"));
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
        assertEquals(Seed.sha256(CSV), json.getString("sha256"));
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
                    .header("X-Report-Sha256", Seed.sha256(CSV))
                    .header("X-Report-Row-Count", "7")
                    .header("X-Report-Parameters", "from=2026-08-01&to=2026-10-31&period=month&corridor=VE-RU&currency=USD")
                    .header("Content-Disposition", startsWith("attachment; filename=\"settlement-currency-mix-run-"));
            assertEquals(CSV, new String(r.asByteArray(), StandardCharsets.UTF_8));
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
}
