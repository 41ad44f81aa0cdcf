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
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Screening operations over 3-5 March 2025. */
@QuarkusTest
class OperationsReportTest {

    private static boolean seeded;

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        for (String at : List.of("2025-03-03T08:00:00Z", "2025-03-03T08:05:00Z", "2025-03-04T09:00:00Z",
                "2025-03-04T10:00:00Z")) {
            Seed.screening(Instant.parse(at), 0);
        }
        Seed.screening(Instant.parse("2025-03-03T08:10:00Z"), 2);
        long t1 = Seed.trade(Seed.Trade.of("OP-1", LocalDate.of(2025, 3, 3), "10", "USD", "GB-FR")
                .registeredAt(Instant.parse("2025-03-03T09:00:00Z")));
        long t2 = Seed.trade(Seed.Trade.of("OP-2", LocalDate.of(2025, 3, 3), "10", "USD", "GB-FR")
                .registeredAt(Instant.parse("2025-03-03T09:30:00Z")));
        long t3 = Seed.trade(Seed.Trade.of("OP-3", LocalDate.of(2025, 3, 4), "10", "USD", "GB-FR")
                .registeredAt(Instant.parse("2025-03-04T07:00:00Z")));
        // released in 23 hours by two people (within the 24 h SLA)
        long a1 = Seed.alert(t1, 9001, "h1", "FALSE_POSITIVE", Instant.parse("2025-03-03T10:00:00Z"));
        Seed.alertDecision(a1, "FALSE_POSITIVE", "ops-anna", "analyst", Instant.parse("2025-03-03T12:00:00Z"));
        Seed.alertDecision(a1, "FALSE_POSITIVE", "ops-sven", "supervisor", Instant.parse("2025-03-04T09:00:00Z"));
        // confirmed after 49 hours (over the SLA)
        long a2 = Seed.alert(t2, 9002, "h2", "TRUE_MATCH", Instant.parse("2025-03-03T11:00:00Z"));
        Seed.alertDecision(a2, "TRUE_MATCH", "ops-anna", "analyst", Instant.parse("2025-03-05T12:00:00Z"));
        // escalated, still open
        long a3 = Seed.alert(t3, 9003, "h3", "ESCALATED", Instant.parse("2025-03-04T08:00:00Z"));
        Seed.alertDecision(a3, "ESCALATE", "ops-anna", "analyst", Instant.parse("2025-03-04T09:00:00Z"));
        seeded = true;
    }

    @Test
    void shouldCountScreeningsAlertsFalsePositivesAndDecisionsPerAnalyst() {
        List<Map<String, Object>> rows = given().auth().oauth2(Fixtures.SUPERVISOR)
                .get("/api/v1/reports/screening-operations?from=2025-03-03&to=2025-03-05").then().statusCode(200)
                .extract().jsonPath().getList("rows");
        Map<String, Map<String, Object>> byKey = rows.stream().collect(Collectors.toMap(
                r -> r.get("scope") + " " + r.get("key"), r -> r));
        assertEquals("3 1 2 2 100.0 2 0", figures(byKey.get("DAY 2025-03-03")));
        assertEquals("2 0 1 1 100.0 1 1 1 0 100.0 100.0", figures(byKey.get("DAY 2025-03-04")) + " "
                + byKey.get("DAY 2025-03-04").get("false_positives") + " " + byKey.get("DAY 2025-03-04").get("true_matches")
                + " " + byKey.get("DAY 2025-03-04").get("false_positive_rate_percent") + " "
                + byKey.get("DAY 2025-03-04").get("closed_within_sla_percent"));
        assertEquals("0 0 0 0 null 0 1", figures(byKey.get("DAY 2025-03-05")));
        Map<String, Object> total = byKey.get("TOTAL 2025-03-03/2025-03-05");
        assertEquals("5 1 3 3 100.0 3 2", figures(total));
        assertEquals(50.0f, total.get("false_positive_rate_percent"));
        assertEquals(50.0f, total.get("closed_within_sla_percent"));
        assertEquals(4, total.get("decisions"));
        assertEquals(1, total.get("escalations"));
        Map<String, Object> anna = byKey.get("ANALYST ops-anna");
        assertEquals("3 1 1 1", anna.get("decisions") + " " + anna.get("false_positives") + " " + anna.get("true_matches")
                + " " + anna.get("escalations"));
        Map<String, Object> sven = byKey.get("ANALYST ops-sven");
        assertEquals("1 1 0 0", sven.get("decisions") + " " + sven.get("false_positives") + " " + sven.get("true_matches")
                + " " + sven.get("escalations"));
        assertEquals(List.of("within-half-sla", "within-sla", "over-sla"), rows.stream()
                .filter(r -> "AGEING".equals(r.get("scope"))).map(r -> r.get("key")).toList());
    }

    private static String figures(Map<String, Object> r) {
        return r.get("screenings") + " " + r.get("screenings_with_hits") + " " + r.get("trades_registered") + " "
                + r.get("trades_alerted") + " " + r.get("alert_rate_percent") + " " + r.get("alerts_raised") + " "
                + r.get("alerts_closed");
    }
}
