package io.tollgate.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.tollgate.reporting.Fixtures;
import io.tollgate.reporting.Seed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exposure by corridor, counterparty country, rail and sanctions program, in February 2025. */
@QuarkusTest
class ExposureReportTest {

    private static final String RATES = """
            Date,USD,RUB
            2025-02-03,1.04,105
            2025-02-04,1.04,105
            """;
    private static boolean seeded;

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        Fixtures.rates(RATES);
        LocalDate mon = LocalDate.of(2025, 2, 3);
        LocalDate tue = LocalDate.of(2025, 2, 4);
        Instant decided = Instant.parse("2025-02-04T15:00:00Z");
        long version = Seed.listVersion("exposure-test-list", Instant.parse("2025-01-15T08:00:00Z"), 2, 2, 0, 0);
        long russia = Seed.listedEntity("exposure-test-list", "E1", version, "ADDED", Seed.sha256("E1"),
                List.of("RUSSIA-EO14024"));
        long both = Seed.listedEntity("exposure-test-list", "E2", version, "ADDED", Seed.sha256("E2"),
                List.of("RUSSIA-EO14024", "UKRAINE-EO13662"));
        Seed.trade(Seed.Trade.of("EX-1", mon, "1000", "USD", "AE-IR").status("REJECTED", LocalDate.of(2025, 2, 19),
                decided));
        Seed.trade(Seed.Trade.of("EX-2", mon, "3000", "USD", "AE-IR"));
        long held = Seed.trade(Seed.Trade.of("EX-3", mon, "5000", "USD", "RU-VE").rail("MIR").status("HELD", null,
                decided));
        Seed.alert(held, russia, Seed.sha256("E1"), "OPEN", decided);
        long blocked = Seed.trade(Seed.Trade.of("EX-4", tue, "1000", "EUR", "RU-VE").rail("SPFS")
                .status("BLOCKED", LocalDate.of(2025, 2, 19), decided));
        long tm = Seed.alert(blocked, both, Seed.sha256("E2"), "TRUE_MATCH", decided);
        Seed.alertDecision(tm, "TRUE_MATCH", "anna", "analyst", decided.plusSeconds(600));
        long released = Seed.trade(Seed.Trade.of("EX-5", tue, "2000", "USD", "VE-RU").rail("CIPS"));
        long fp = Seed.alert(released, russia, Seed.sha256("E1"), "FALSE_POSITIVE", decided);
        Seed.alertDecision(fp, "FALSE_POSITIVE", "anna", "analyst", decided.plusSeconds(600));
        Seed.alertDecision(fp, "FALSE_POSITIVE", "sofia", "supervisor", decided.plusSeconds(1200));
        // a Saturday, no rate of its own: under trade-date counted, not valued; under last-published Tuesday's rate
        Seed.trade(Seed.Trade.of("EX-6", LocalDate.of(2025, 2, 8), "10000", "RUB", "VE-RU").rail("CIPS")
                .status("HELD", null, Instant.parse("2025-02-08T15:00:00Z")));
        seeded = true;
    }

    private static List<String> lines(String query) {
        List<Map<String, Object>> rows = given().auth().oauth2(Fixtures.AUDITOR)
                .get("/api/v1/reports/exposure?from=2025-02-01&to=2025-02-28" + query).then().statusCode(200)
                .extract().jsonPath().getList("rows");
        return rows.stream().map(r -> r.get("dimension") + " " + r.get("key") + " " + r.get("trades")
                + " " + r.get("value") + " " + r.get("held_trades") + "/" + r.get("blocked_trades") + "/"
                + r.get("rejected_trades") + " " + r.get("held_share_percent") + "/" + r.get("blocked_share_percent")
                + "/" + r.get("rejected_share_percent") + " " + r.get("trades_without_rate")).toList();
    }

    @Test
    void shouldBreakExposureDownByCorridorCountryRailAndProgram() {
        assertEquals(List.of(
                "CORRIDOR RU-VE 2 6040.0 1/1/0 82.78/17.22/0.0 0",
                "CORRIDOR AE-IR 2 4000.0 0/0/1 0.0/0.0/25.0 0",
                "CORRIDOR VE-RU 2 2000.0 1/0/0 0.0/0.0/0.0 1",
                "COUNTRY RU 4 8040.0 2/1/0 62.19/12.94/0.0 1",
                "COUNTRY VE 4 8040.0 2/1/0 62.19/12.94/0.0 1",
                "COUNTRY AE 2 4000.0 0/0/1 0.0/0.0/25.0 0",
                "COUNTRY IR 2 4000.0 0/0/1 0.0/0.0/25.0 0",
                "RAIL MIR 1 5000.0 1/0/0 100.0/0.0/0.0 0",
                "RAIL SWIFT 2 4000.0 0/0/1 0.0/0.0/25.0 0",
                "RAIL CIPS 2 2000.0 1/0/0 0.0/0.0/0.0 1",
                "RAIL SPFS 1 1040.0 0/1/0 0.0/100.0/0.0 0",
                "PROGRAM RUSSIA-EO14024 2 6040.0 1/1/0 82.78/17.22/0.0 0",
                "PROGRAM UKRAINE-EO13662 1 1040.0 0/1/0 0.0/100.0/0.0 0",
                "PROGRAM (not attributed) 2 1000.0 1/0/1 0.0/0.0/100.0 1"), lines("&ratePolicy=trade-date"));
    }

    @Test
    void shouldValueTheSaturdayTradeWithTuesdaysRateUnderLastPublished() {
        // 10,000 RUB at Tuesday's 1.04 / 105 = 99.05 USD; the summary (the configured policy) and the views (another
        // maximum age, and the same policy's lookback in SQL) agree
        List<String> expected = List.of(
                "CORRIDOR RU-VE 2 6040.0 1/1/0 82.78/17.22/0.0 0",
                "CORRIDOR AE-IR 2 4000.0 0/0/1 0.0/0.0/25.0 0",
                "CORRIDOR VE-RU 2 2099.05 1/0/0 4.72/0.0/0.0 0",
                "COUNTRY RU 4 8139.05 2/1/0 62.65/12.78/0.0 0",
                "COUNTRY VE 4 8139.05 2/1/0 62.65/12.78/0.0 0",
                "COUNTRY AE 2 4000.0 0/0/1 0.0/0.0/25.0 0",
                "COUNTRY IR 2 4000.0 0/0/1 0.0/0.0/25.0 0",
                "RAIL MIR 1 5000.0 1/0/0 100.0/0.0/0.0 0",
                "RAIL SWIFT 2 4000.0 0/0/1 0.0/0.0/25.0 0",
                "RAIL CIPS 2 2099.05 1/0/0 4.72/0.0/0.0 0",
                "RAIL SPFS 1 1040.0 0/1/0 0.0/100.0/0.0 0",
                "PROGRAM RUSSIA-EO14024 2 6040.0 1/1/0 82.78/17.22/0.0 0",
                "PROGRAM (not attributed) 2 1099.05 1/0/1 9.01/0.0/90.99 0",
                "PROGRAM UKRAINE-EO13662 1 1040.0 0/1/0 0.0/100.0/0.0 0");
        assertEquals(expected, lines(""));
        assertEquals(expected, lines("&rateMaxAge=6"));
        // three days back reach Wednesday at most: no rate
        assertEquals("CORRIDOR VE-RU 2 2000.0 1/0/0 0.0/0.0/0.0 1", lines("&rateMaxAge=3").get(2));
    }

    @Test
    void shouldFilterByCorridorAndServeCsv() {
        String csv = given().auth().oauth2(Fixtures.AUDITOR)
                .get("/api/v1/reports/exposure?from=2025-02-01&to=2025-02-28&corridor=AE-IR&format=csv").then()
                .statusCode(200).extract().asString();
        assertEquals("""
                dimension,key,trades,reporting_currency,value,held_trades,blocked_trades,rejected_trades,held_share_percent,blocked_share_percent,rejected_share_percent,trades_without_rate,rate_policy\r
                CORRIDOR,AE-IR,2,USD,4000.00,0,0,1,0.00,0.00,25.00,0,last-published/4\r
                COUNTRY,AE,2,USD,4000.00,0,0,1,0.00,0.00,25.00,0,last-published/4\r
                COUNTRY,IR,2,USD,4000.00,0,0,1,0.00,0.00,25.00,0,last-published/4\r
                RAIL,SWIFT,2,USD,4000.00,0,0,1,0.00,0.00,25.00,0,last-published/4\r
                PROGRAM,(not attributed),1,USD,1000.00,0,0,1,0.00,0.00,100.00,0,last-published/4\r
                """, csv);
    }
}
