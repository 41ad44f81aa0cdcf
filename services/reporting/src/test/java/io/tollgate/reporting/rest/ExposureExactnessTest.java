package io.tollgate.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.tollgate.reporting.Fixtures;
import io.tollgate.reporting.Seed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Exposure as of now reads the summary (whole months, the alerted trades) and the trades of the part months at the
 * ends of the range; a reproduction of the same run reads the trade views alone. Both must give the same report, and
 * every change (a trade registered, an alert raised or released, a rate imported) must show in the next report.
 */
@QuarkusTest
@TestProfile(ExposureExactnessTest.ShortLookBack.class)
class ExposureExactnessTest {

    /**
     * A look-back of two seconds instead of ten minutes (the stored timestamps here have whole seconds): with the
     * default every refresh would rebuild every trade the test seeds, so a change the refresh failed to notice would
     * go unseen. The first trades are stamped a minute back, before the first report (which builds the summary).
     */
    public static class ShortLookBack implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tollgate.reporting.exposure-summary.late-commit-margin", "PT2S");
        }
    }

    private static final String PART_MONTHS = "/api/v1/reports/exposure?corridor=GE-AM&from=2024-07-15&to=2024-09-20";
    private static final String WHOLE_MONTHS = "/api/v1/reports/exposure?corridor=GE-AM&from=2024-07-01&to=2024-09-30";
    private static final String EVERYTHING = "/api/v1/reports/exposure?from=2023-01-02&to=2027-12-30";

    // "dimension key trades value held/blocked/rejected without_rate" of the corridor and program rows
    private static List<String> lines(JsonPath report) {
        List<Map<String, Object>> rows = report.getList("rows");
        return rows.stream().filter(r -> List.of("CORRIDOR", "PROGRAM").contains(r.get("dimension")))
                .map(r -> r.get("dimension") + " " + r.get("key") + " " + r.get("trades") + " " + r.get("value") + " "
                        + r.get("held_trades") + "/" + r.get("blocked_trades") + "/" + r.get("rejected_trades") + " "
                        + r.get("trades_without_rate")).toList();
    }

    // a GE-AM trade registered at a given time
    private static Seed.Trade trade(String reference, LocalDate tradeDate, String amount, String currency,
                                    Instant registered) {
        return Seed.Trade.of(reference, tradeDate, amount, currency, "GE-AM").registeredAt(registered);
    }

    // the report as of now, checked against its reproduction from the trade views
    private static List<String> report(String url) {
        JsonPath report = given().auth().oauth2(Fixtures.AUDITOR).get(url).then().statusCode(200).extract().jsonPath();
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/report-runs/" + report.getLong("runId") + "/reproduction")
                .then().statusCode(200).body("identical", equalTo(true));
        return lines(report);
    }

    @Test
    void shouldGiveOverPartMonthsWhatTheTradesGiveAndFollowEveryChange() {
        Fixtures.rates("Date,USD,RUB\n2024-07-22,1.25,100\n2024-09-06,1.25,100\n");
        long version = Seed.listVersion("exactness-test-list", Instant.parse("2024-06-01T08:00:00Z"), 1, 1, 0, 0);
        long entity = Seed.listedEntity("exactness-test-list", "G1", version, "ADDED", Seed.sha256("G1"),
                List.of("GEORGIA-TEST"));
        Instant before = Instant.now().minusSeconds(60);
        Seed.trade(trade("GA-1", LocalDate.of(2024, 7, 10), "100", "USD", before));
        long held = Seed.trade(trade("GA-2", LocalDate.of(2024, 7, 22), "200", "EUR", before)
                .status("HELD", null, before));
        long alert = Seed.alert(held, entity, Seed.sha256("G1"), "OPEN", before);
        Seed.trade(trade("GA-3", LocalDate.of(2024, 8, 15), "300", "USD", before));
        Seed.trade(trade("GA-4", LocalDate.of(2024, 9, 6), "1000", "RUB", before).rail("SPFS")
                .status("BLOCKED", LocalDate.of(2024, 9, 20), before));
        Seed.trade(trade("GA-5", LocalDate.of(2024, 9, 25), "50", "USD", before));

        // 15 July to 20 September: GA-2 (250 USD), GA-3 and GA-4 (12.50 USD); not GA-1 and GA-5
        assertEquals(List.of("CORRIDOR GE-AM 3 562.5 1/1/0 0", "PROGRAM GEORGIA-TEST 1 250.0 1/0/0 0",
                "PROGRAM (not attributed) 1 12.5 0/1/0 0"), report(PART_MONTHS));
        assertEquals(List.of("CORRIDOR GE-AM 5 712.5 1/1/0 0", "PROGRAM GEORGIA-TEST 1 250.0 1/0/0 0",
                "PROGRAM (not attributed) 1 12.5 0/1/0 0"), report(WHOLE_MONTHS));

        // registered after that report: one in the part month at the end, one in a whole month
        Seed.trade(trade("GA-6", LocalDate.of(2024, 9, 10), "1000", "USD", Instant.now()));
        Seed.trade(trade("GA-7", LocalDate.of(2024, 8, 20), "10", "USD", Instant.now()));
        // held with an alert, on a day without a USD rate: counted, not valued
        long unrated = Seed.trade(trade("GA-8", LocalDate.of(2024, 8, 22), "100", "EUR", Instant.now())
                .status("HELD", null, Instant.now()));
        Seed.alert(unrated, entity, Seed.sha256("G1"), "OPEN", Instant.now());
        assertEquals(List.of("CORRIDOR GE-AM 6 1572.5 2/1/0 1", "PROGRAM GEORGIA-TEST 2 250.0 2/0/0 1",
                "PROGRAM (not attributed) 1 12.5 0/1/0 0"), report(PART_MONTHS));

        // the first alert released as a false positive: its held trade is no longer attributed to the program
        Seed.alertDecision(alert, "FALSE_POSITIVE", "anna", "analyst", Instant.now());
        Seed.alertStatus(alert, "FALSE_POSITIVE");
        assertEquals(List.of("CORRIDOR GE-AM 6 1572.5 2/1/0 1", "PROGRAM (not attributed) 2 262.5 1/1/0 0",
                "PROGRAM GEORGIA-TEST 1 0.0 1/0/0 1"), report(PART_MONTHS));

        // the missing rate imported: the trade and its alert are valued
        Fixtures.rates("Date,USD\n2024-08-22,1.5\n");
        assertEquals(List.of("CORRIDOR GE-AM 6 1722.5 2/1/0 0", "PROGRAM (not attributed) 2 262.5 1/1/0 0",
                "PROGRAM GEORGIA-TEST 1 150.0 1/0/0 0"), report(PART_MONTHS));

        // and over every corridor and all the other tests' trades, the summary still gives what the trades give
        report(EVERYTHING);
    }
}
