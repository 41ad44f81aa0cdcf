package io.tollgate.trade.repository;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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
                "SELECT corridor, currency, amount, payment_rail, status, party_count, alert_count"
                        + " FROM report_trade_v WHERE trade_id = ?1").setParameter(1, id).getSingleResult());
        assertEquals("CN-VE", trade[0]);
        assertEquals("CNY", trade[1]);
        assertEquals(0, new BigDecimal("777.50").compareTo((BigDecimal) trade[2]));
        assertEquals("CIPS", trade[3]);
        assertEquals("HELD", trade[4]);
        assertEquals(1L, ((Number) trade[5]).longValue());
        assertEquals(1L, ((Number) trade[6]).longValue());

        List<?> alerts = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT source_id, status, raised_at FROM report_alert_v WHERE trade_id = ?1").setParameter(1, id)
                .getResultList());
        assertEquals(1, alerts.size());
        assertEquals("35233", ((Object[]) alerts.get(0))[0]);
        assertNotNull(((Object[]) alerts.get(0))[2]);

        Number decisions = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM report_decision_v WHERE trade_id = ?1 AND status = 'HELD'")
                .setParameter(1, id).getSingleResult());
        assertEquals(1L, decisions.longValue());
    }
}
