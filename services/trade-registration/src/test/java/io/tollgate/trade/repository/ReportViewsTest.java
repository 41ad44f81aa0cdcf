package io.tollgate.trade.repository;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.tollgate.platform.security.Roles;
import io.tollgate.testsupport.DevTokens;
import io.tollgate.trade.ScreeningStubs;
import io.tollgate.trade.ScreeningWireMock;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportViewsTest {

    private static final String CLERK = DevTokens.token("clara", Roles.TRADE_CLERK);

    @Inject
    EntityManager em;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @Test
    void shouldPublishTradesAndAlertsThroughTheReportingViews() {
        ScreeningWireMock.server().resetAll();
        circuitBreakers.resetAll();
        ScreeningWireMock.server().stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.lavrovByName()));
        String body = """
                {"reference": "RPT-1", "tradeDate": "2026-11-23", "amount": "777.50", "currency": "CNY",
                 "paymentRail": "CIPS", "origin": {"country": "CN"}, "destination": {"country": "VE"},
                 "goods": [], "parties": [{"role": "OTHER", "name": "Serguei Lavrof", "type": "person"}]}
                """;
        long id = ((Number) given().auth().oauth2(CLERK).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body(body).post("/api/v1/trades").then().statusCode(201)
                .extract().path("id")).longValue();

        Object[] trade = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "SELECT corridor, currency, amount, payment_rail, status, registered_at"
                        + " FROM report_trade_v WHERE trade_id = ?1").setParameter(1, id).getSingleResult());
        assertEquals("CN-VE", trade[0]);
        assertEquals("CNY", trade[1]);
        assertEquals(0, new BigDecimal("777.50").compareTo((BigDecimal) trade[2]));
        assertEquals("CIPS", trade[3]);
        assertEquals("HELD", trade[4]);
        assertNotNull(trade[5]);

        List<?> alerts = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT source_id, status, raised_at, entity_id, entity_content_hash, decision_count, first_decided_by"
                        + " FROM report_alert_v WHERE trade_id = ?1").setParameter(1, id).getResultList());
        assertEquals(1, alerts.size());
        Object[] alert = (Object[]) alerts.get(0);
        assertEquals("35233", alert[0]);
        assertEquals("OPEN", alert[1]);
        assertNotNull(alert[2]);
        assertNotNull(alert[3]);
        assertEquals(0L, ((Number) alert[5]).longValue());
        assertNull(alert[6]);

        Object[] decision = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "SELECT status, reasons FROM report_decision_v WHERE trade_id = ?1").setParameter(1, id)
                .getSingleResult());
        assertEquals("HELD", decision[0]);
        assertTrue(((String) decision[1]).contains("POTENTIAL_MATCH"), (String) decision[1]);
    }
}
