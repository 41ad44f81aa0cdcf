package io.tollgate.trade.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.tollgate.platform.security.Roles;
import io.tollgate.testsupport.DevTokens;
import io.tollgate.trade.ScreeningStubs;
import io.tollgate.trade.ScreeningWireMock;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AlertResourceTest {

    private static final String CLERK = DevTokens.token("clara", Roles.TRADE_CLERK);
    private static final String ANALYST = DevTokens.token("anna", Roles.ANALYST);
    private static final String OTHER_ANALYST = DevTokens.token("arno", Roles.ANALYST);
    private static final String SUPERVISOR = DevTokens.token("sam", Roles.SUPERVISOR);
    private static final String OTHER_SUPERVISOR = DevTokens.token("sue", Roles.SUPERVISOR);
    private static final String AUDITOR = DevTokens.token("audrey", Roles.AUDITOR);

    private static final String LAVROF_TRADE = """
            {"reference": "PO-9001", "tradeDate": "2026-11-22", "amount": "9000.00", "currency": "EUR",
             "paymentRail": "SWIFT", "origin": {"country": "DE"}, "destination": {"country": "VE"},
             "goods": [{"hsCode": "0901", "description": "green coffee", "quantity": 20, "value": "9000.00"}],
             "parties": [
               {"role": "SELLER", "name": "Hamburger Kaffeekontor GmbH", "type": "organization", "country": "DE"},
               {"role": "OTHER", "name": "Serguei Lavrof", "type": "person", "country": "RU", "birthDate": "1950-03-21"}]}
            """;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    private String tradeId;
    private String alertId;
    /** A fresh version of the listed entity per test, so releases in one test do not suppress alerts in another. */
    private String entityVersion;

    @BeforeEach
    void heldTrade() {
        ScreeningWireMock.server().resetAll();
        circuitBreakers.resetAll();
        entityVersion = UUID.randomUUID().toString();
        ScreeningWireMock.server().stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.noHits(),
                ScreeningStubs.lavrovByName(entityVersion)));
        var r = given().auth().oauth2(CLERK).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body(LAVROF_TRADE).post("/api/v1/trades").then().statusCode(201)
                .body("status", equalTo("HELD")).extract();
        tradeId = r.path("id").toString();
        alertId = r.path("alerts[0].id").toString();
    }

    private ValidatableResponse decide(String token, String decision) {
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"decision\": \"" + decision + "\", \"reason\": \"born 1950-03-21 but a different person\"}")
                .post("/api/v1/alerts/" + alertId + "/decisions").then();
    }

    private ValidatableResponse trade() {
        return given().auth().oauth2(ANALYST).get("/api/v1/trades/" + tradeId).then().statusCode(200);
    }

    @Test
    void shouldReleaseAHeldTradeOnlyAfterAnAnalystAndADifferentSupervisor() {
        decide(ANALYST, "FALSE_POSITIVE").statusCode(200)
                .body("alert.status", equalTo("AWAITING_SECOND_REVIEW"))
                .body("tradeStatus", equalTo("HELD"));
        trade().body("status", equalTo("HELD"));

        decide(SUPERVISOR, "FALSE_POSITIVE").statusCode(200)
                .body("alert.status", equalTo("FALSE_POSITIVE"))
                .body("decisions.decidedBy", contains("anna", "sam"))
                .body("decisions.decidedAs", contains("analyst", "supervisor"))
                .body("tradeStatus", equalTo("CLEARED"));
        trade().body("status", equalTo("CLEARED")).body("reasons.kind", contains("RELEASED_MATCH"));
    }

    @Test
    void shouldRefuseTheSameSupervisorAsTheSecondPairOfEyes() {
        decide(SUPERVISOR, "FALSE_POSITIVE").statusCode(200);

        decide(SUPERVISOR, "FALSE_POSITIVE").statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("Four eyes"));
        trade().body("status", equalTo("HELD"));
        decide(OTHER_SUPERVISOR, "FALSE_POSITIVE").statusCode(200).body("tradeStatus", equalTo("CLEARED"));
    }

    @Test
    void shouldRefuseTheFirstReviewerAsSecondWhateverTheCaseOfHerName() {
        // anna decides as analyst; a supervisor token naming "ANNA" is still anna
        decide(ANALYST, "FALSE_POSITIVE").statusCode(200);

        decide(DevTokens.token("ANNA", Roles.SUPERVISOR), "FALSE_POSITIVE").statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("Four eyes"));
        trade().body("status", equalTo("HELD"));
        decide(SUPERVISOR, "FALSE_POSITIVE").statusCode(200).body("tradeStatus", equalTo("CLEARED"))
                .body("decisions.decidedBy", contains("anna", "sam"));
    }

    @Test
    void shouldNotLetASecondAnalystReleaseWhatAnAnalystDecided() {
        decide(ANALYST, "FALSE_POSITIVE").statusCode(200);

        decide(OTHER_ANALYST, "FALSE_POSITIVE").statusCode(409).body("detail", containsString("awaits a supervisor"));
    }

    @Test
    void shouldBlockTheTradeWhenTheMatchIsConfirmed() {
        decide(ANALYST, "TRUE_MATCH").statusCode(200)
                .body("alert.status", equalTo("TRUE_MATCH"))
                .body("tradeStatus", equalTo("BLOCKED"));
        trade().body("status", equalTo("BLOCKED")).body("reportDueDate", notNullValue())
                .body("reasons.kind", contains("CONFIRMED_MATCH"));
        decide(SUPERVISOR, "FALSE_POSITIVE").statusCode(409).body("detail", containsString("closed"));
    }

    @Test
    void shouldLetExactlyOneOfTwoConcurrentDecisionsWin() {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> calls = Stream.of(ANALYST, OTHER_ANALYST)
                .map(token -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return decide(token, "FALSE_POSITIVE").extract().statusCode();
                })).toList();
        start.countDown();

        List<Integer> statuses = calls.stream().map(CompletableFuture::join).sorted().toList();
        assertEquals(List.of(200, 409), statuses);
        given().auth().oauth2(AUDITOR).get("/api/v1/trades/" + tradeId + "/audit").then().statusCode(200)
                .body("findAll { it.eventType == 'ALERT_DECIDED' }.size()", equalTo(1));
    }

    @Test
    void shouldLetNeitherClerksNorAuditorsDecide() {
        decide(CLERK, "FALSE_POSITIVE").statusCode(403);
        decide(AUDITOR, "FALSE_POSITIVE").statusCode(403);
        given().auth().oauth2(ANALYST).contentType("application/json").body("{\"decision\": \"MAYBE\"}")
                .post("/api/v1/alerts/" + alertId + "/decisions").then().statusCode(400)
                .body("violations.field", hasItems("decision", "reason"));
        given().auth().oauth2(ANALYST).contentType("application/json")
                .body("{\"decision\": \"ESCALATE\", \"reason\": \"x\"}")
                .post("/api/v1/alerts/999999999/decisions").then().statusCode(404);
    }

    @Test
    void shouldListAlertsByStatusAndAge() {
        given().auth().oauth2(ANALYST).queryParam("status", "OPEN").get("/api/v1/alerts").then().statusCode(200)
                .body("id.collect { it.toString() }", hasItem(alertId))
                .body("status", everyItem(equalTo("OPEN")));
        given().auth().oauth2(ANALYST).queryParam("status", "OPEN").queryParam("olderThan", "P1D")
                .get("/api/v1/alerts").then().statusCode(200)
                .body("id.collect { it.toString() }", not(hasItem(alertId)));
        given().auth().oauth2(ANALYST).queryParam("olderThan", "a day").get("/api/v1/alerts").then().statusCode(400)
                .body("violations.field", contains("olderThan"));
    }

    @Test
    void shouldShowAuditorsEveryEventOfTheTrade() {
        decide(ANALYST, "FALSE_POSITIVE").statusCode(200);
        decide(SUPERVISOR, "FALSE_POSITIVE").statusCode(200);

        given().auth().oauth2(AUDITOR).get("/api/v1/trades/" + tradeId + "/audit").then().statusCode(200)
                .body("eventType", contains("TRADE_REGISTERED", "TRADE_SCREENED", "ALERT_RAISED", "RULES_EVALUATED",
                        "STATUS_CHANGED", "ALERT_DECIDED", "ALERT_DECIDED", "STATUS_CHANGED"))
                .body("retentionClass", everyItem(equalTo("OFAC-10Y")))
                .body("find { it.eventType == 'TRADE_SCREENED' }.details.listVersions.ofac-sdn", equalTo(12))
                .body("findAll { it.eventType == 'ALERT_DECIDED' }.actor", contains("anna", "sam"))
                .body("find { it.eventType == 'TRADE_REGISTERED' }.actor", equalTo("clara"));
        given().auth().oauth2(ANALYST).get("/api/v1/trades/" + tradeId + "/audit").then().statusCode(403);
        given().auth().oauth2(AUDITOR).get("/api/v1/trades/999999999/audit").then().statusCode(404);
    }

    @Test
    void shouldNotHoldTheSamePartyAgainOnceReleasedUntilItsDataChanges() {
        decide(ANALYST, "FALSE_POSITIVE").statusCode(200);
        decide(SUPERVISOR, "FALSE_POSITIVE").statusCode(200);
        ScreeningWireMock.server().resetAll();
        ScreeningWireMock.server().stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.noHits(),
                ScreeningStubs.lavrovByName(entityVersion)));

        given().auth().oauth2(CLERK).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body(LAVROF_TRADE.replace("PO-9001", "PO-9002"))
                .post("/api/v1/trades").then().statusCode(201)
                .body("status", equalTo("CLEARED"))
                .body("alerts", org.hamcrest.Matchers.empty())
                .body("reasons.kind", contains("SUPPRESSED_MATCH"))
                .body("reasons[0].alertIds[0].toString()", equalTo(alertId));
        given().auth().oauth2(CLERK).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body(LAVROF_TRADE.replace("1950-03-21", "1950-03-22"))
                .post("/api/v1/trades").then().statusCode(201)
                .body("status", equalTo("HELD"));
        // the list changed the entity: the release no longer covers it
        ScreeningWireMock.server().resetAll();
        ScreeningWireMock.server().stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.noHits(),
                ScreeningStubs.lavrovByName("after-list-update-" + entityVersion)));
        given().auth().oauth2(CLERK).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body(LAVROF_TRADE.replace("PO-9001", "PO-9003"))
                .post("/api/v1/trades").then().statusCode(201)
                .body("status", equalTo("HELD"));
    }
}
