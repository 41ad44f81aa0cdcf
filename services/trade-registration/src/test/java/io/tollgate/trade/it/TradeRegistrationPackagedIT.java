package io.tollgate.trade.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.tollgate.testsupport.DevTokens;
import io.tollgate.testsupport.PackagedApplication;
import io.tollgate.testsupport.PackagedServiceContract;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The packaged trade-registration service (the jar here; the native executable under {@code -Dnative}): besides the
 * suite's edge promises, a trade goes through the rule tables read from the class path and the audit JSON written
 * outside the REST layer. The screening service is pointed at a closed port, so the trade waits PENDING_SCREENING —
 * never cleared unscreened.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = PackagedApplication.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "quarkus.rest-client.screening.url", value = "http://127.0.0.1:9"))
class TradeRegistrationPackagedIT extends PackagedServiceContract {

    @Override
    protected String expectedApiTitle() {
        return "Tollgate Trade registration API";
    }

    @Test
    void shouldHoldATradeAsPendingWhenScreeningIsUnreachableAndAuditIt() {
        String reference = "IT-" + UUID.randomUUID();
        String body = """
                {"reference": "%s", "tradeDate": "2026-11-20", "amount": "125000.00", "currency": "RUB",
                 "paymentRail": "MIR", "origin": {"country": "RU"}, "destination": {"country": "VE"},
                 "goods": [{"hsCode": "100199", "description": "wheat", "quantity": 500, "value": "125000.00"}],
                 "parties": [{"role": "BUYER_BANK", "name": "Banco Central de Venezuela", "type": "organization",
                              "country": "VE", "identifiers": [{"type": "BIC", "value": "BCVEVECA"}], "owners": []}]}
                """.formatted(reference);
        long id = given().auth().oauth2(DevTokens.token("carla", "trade-clerk")).contentType("application/json")
                .header("Idempotency-Key", reference).body(body).post("/api/v1/trades").then().statusCode(201)
                .body("status", equalTo("PENDING_SCREENING")).extract().jsonPath().getLong("id");

        given().auth().oauth2(DevTokens.token("audrey", "auditor")).get("/api/v1/trades/" + id + "/audit").then()
                .statusCode(200).body("eventType", hasItems("TRADE_REGISTERED", "SCREENING_FAILED"));
    }
}
