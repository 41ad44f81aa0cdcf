package io.tollgate.trade.service;

import static org.awaitility.Awaitility.await;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.tollgate.platform.security.Roles;
import io.tollgate.testsupport.DevTokens;
import io.tollgate.trade.ScreeningStubs;
import io.tollgate.trade.ScreeningWireMock;
import io.tollgate.trade.repository.JobLeases;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RescreeningServiceTest {

    private static final String CLERK = DevTokens.token("clara", Roles.TRADE_CLERK);
    private static final String AUDITOR = DevTokens.token("aud", Roles.AUDITOR, Roles.ANALYST);
    private static final String ANALYST = DevTokens.token("anna", Roles.ANALYST);
    private static final String FEED = "/api/v1/lists/changes";

    /** Coffee from Germany to a Venezuelan buyer who, a week later, turns out to go by a listed person's name. */
    private static final String COFFEE_TO = """
            {"reference": "PO-%s", "tradeDate": "2026-11-21", "amount": "48000.00", "currency": "EUR",
             "paymentRail": "SWIFT", "origin": {"country": "DE"}, "destination": {"country": "VE"},
             "goods": [{"hsCode": "0901", "description": "green coffee", "quantity": 200, "value": "48000.00"}],
             "parties": [
               {"role": "SELLER", "name": "Hamburger Kaffeekontor GmbH", "type": "organization", "country": "DE"},
               {"role": "BUYER", "name": "%s", "type": "person", "country": "RU", "birthDate": "1950-03-21"}]}
            """;

    @Inject
    RescreeningService rescreening;

    @Inject
    JobLeases leases;

    @Inject
    AgroalDataSource db;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    private WireMockServer stub;

    @BeforeEach
    void reset() throws Exception {
        stub = ScreeningWireMock.server();
        stub.resetAll();
        circuitBreakers.resetAll();
        // every test starts with the feed read up to here and only its own trade a candidate
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE list_feed_cursor SET position = 100");
            s.executeUpdate("UPDATE job_lease SET holder = NULL, lease_until = NULL");
            s.executeUpdate("UPDATE trade SET registered_at = '2000-01-01' WHERE status <> 'HELD'");
            s.executeUpdate("UPDATE trade SET status = 'BLOCKED' WHERE status = 'HELD'");
        }
    }

    /** Registers a trade screened against ofac-sdn version 11, the one before the changes of these tests. */
    private String register(String buyer) {
        return register(buyer, 11);
    }

    private String register(String buyer, long ofacVersion) {
        String screened = ScreeningStubs.noHits().replace("\"ofac-sdn\":12", "\"ofac-sdn\":" + ofacVersion);
        stub.stubFor(ScreeningStubs.batchAnswering(screened, screened));
        String id = given().auth().oauth2(CLERK).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body(COFFEE_TO.formatted(UUID.randomUUID(), buyer))
                .post("/api/v1/trades").then().statusCode(201).extract().path("id").toString();
        stub.resetAll();
        return id;
    }

    private void feedAnswers(long after, String changes, long next) {
        stub.stubFor(get(urlPathEqualTo(FEED)).withQueryParam("after", equalTo(String.valueOf(after)))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"after\": " + after + ", \"nextCursor\": " + next + ", \"more\": false, "
                                + "\"changes\": [" + changes + "]}")));
        stub.stubFor(get(urlPathEqualTo(FEED)).withQueryParam("after", equalTo(String.valueOf(next)))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"after\": " + next + ", \"nextCursor\": " + next + ", \"more\": false, "
                                + "\"changes\": []}")));
    }

    private static String added(long cursor, long entityId, String sourceId) {
        return added(cursor, 12, entityId, sourceId);
    }

    /** A change made by the given version of ofac-sdn (the stubbed screenings serve version 12). */
    private static String added(long cursor, long versionId, long entityId, String sourceId) {
        return "{\"cursor\": " + cursor + ", \"versionId\": " + versionId + ", \"source\": \"ofac-sdn\", \"entityId\": " + entityId
                + ", \"sourceEntityId\": \"" + sourceId + "\", \"changeType\": \"ADDED\", \"changedFields\": [], "
                + "\"contentHash\": \"ef\", \"importedAt\": \"2026-11-28T09:00:00Z\"}";
    }

    private long cursor() throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT position FROM list_feed_cursor")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void shouldHoldACounterpartyWhoBecameListedAndMoveTheCursor() throws Exception {
        String id = register("Serguei Lavrof");
        given().auth().oauth2(AUDITOR).get("/api/v1/trades/" + id).then().body("status",
                org.hamcrest.Matchers.equalTo("CLEARED"));
        feedAnswers(100, added(101, 9911, "35233"), 101);
        // bulk re-screening (seller, buyer in party order), then the touched trade's own screening
        stub.stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.noHits(), ScreeningStubs.lavrovByName("v2")));

        List<RescreeningService.Pass> passes = rescreening.followChanges();

        assertEquals(1, passes.size());
        assertEquals(1, passes.get(0).changes());
        assertEquals(1, passes.get(0).touchedTrades());
        assertEquals(1, passes.get(0).statusChanges());
        assertEquals(101, cursor());
        given().auth().oauth2(AUDITOR).get("/api/v1/trades/" + id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("HELD"))
                .body("alerts.sourceId", hasItem("35233"))
                .body("reasons.kind", hasItem("POTENTIAL_MATCH"));
        given().auth().oauth2(AUDITOR).get("/api/v1/trades/" + id + "/audit").then().statusCode(200)
                .body("eventType", hasItems("TRADE_RESCREENED", "ALERT_RAISED", "STATUS_CHANGED"))
                .body("find { it.eventType == 'TRADE_RESCREENED' }.details.feedCursor",
                        org.hamcrest.Matchers.equalTo("100..101"))
                .body("findAll { it.eventType == 'STATUS_CHANGED' }.details.to", hasItems("CLEARED", "HELD"))
                .body("findAll { it.eventType == 'STATUS_CHANGED' }.actor", hasItems("clara", "system"));
        // the feed is read with the service token
        stub.verify(getRequestedFor(urlPathEqualTo(FEED)).withHeader("Authorization",
                equalTo("Bearer test-service-token")));

        // nothing new: nothing screened, the alert is not raised twice
        stub.resetAll();
        feedAnswers(101, "", 101);
        assertTrue(rescreening.followChanges().isEmpty());
        given().auth().oauth2(AUDITOR).get("/api/v1/trades/" + id).then()
                .body("alerts.size()", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void shouldLeaveTradesAChangeDoesNotTouchAsTheyAre() throws Exception {
        String id = register("Cafe Caracas");
        feedAnswers(100, added(101, 777, "99999"), 101);
        stub.stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.noHits(), ScreeningStubs.noHits()));

        List<RescreeningService.Pass> passes = rescreening.followChanges();

        assertEquals(1, passes.size());
        assertEquals(0, passes.get(0).touchedTrades());
        assertTrue(passes.get(0).subjects() >= 2, "the trade's two parties were screened again");
        assertEquals(101, cursor());
        given().auth().oauth2(AUDITOR).get("/api/v1/trades/" + id + "/audit").then()
                .body("eventType", org.hamcrest.Matchers.not(hasItem("TRADE_RESCREENED")));
    }

    @Test
    void shouldNotScreenAgainATradeAlreadyScreenedAgainstTheChangedVersion() throws Exception {
        String id = register("Serguei Lavrof", 12);
        feedAnswers(100, added(101, 12, 9911, "35233"), 101);
        stub.stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.noHits(), ScreeningStubs.lavrovByName("v2")));

        List<RescreeningService.Pass> passes = rescreening.followChanges();

        assertEquals(1, passes.size());
        assertEquals(0, passes.get(0).subjects(), "its screening at registration already used ofac-sdn version 12");
        assertEquals(0, passes.get(0).touchedTrades());
        assertEquals(101, cursor());
        stub.verify(0, com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(ScreeningStubs.BATCH)));
        given().auth().oauth2(AUDITOR).get("/api/v1/trades/" + id).then()
                .body("status", org.hamcrest.Matchers.equalTo("CLEARED"));
    }

    @Test
    void shouldDoNothingWhileAnotherReplicaHoldsTheLease() throws Exception {
        register("Serguei Lavrof");
        assertTrue(leases.tryAcquire(RescreeningService.JOB, "other-replica", Duration.ofMinutes(5)));
        feedAnswers(100, added(101, 9911, "35233"), 101);

        assertTrue(rescreening.followChanges().isEmpty());
        assertEquals(100, cursor());
        stub.verify(0, getRequestedFor(urlPathEqualTo(FEED)));
        leases.release(RescreeningService.JOB, "other-replica");
    }

    @Test
    void shouldKeepTheCursorWhenScreeningFailsSoThePassIsDoneAgain() throws Exception {
        register("Serguei Lavrof");
        feedAnswers(100, added(101, 9911, "35233"), 101);
        stub.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(ScreeningStubs.BATCH))
                .willReturn(aResponse().withStatus(503)));

        org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> rescreening.followChanges());
        assertEquals(100, cursor());
        // the lease was given back: the next run (any replica) can try again
        assertTrue(leases.tryAcquire(RescreeningService.JOB, "other-replica", Duration.ofMinutes(5)));
        leases.release(RescreeningService.JOB, "other-replica");
    }

    @Test
    void shouldWaitForTheScreeningServiceToServeTheChangedListVersion() throws Exception {
        String id = register("Serguei Lavrof");
        // the import of version 13 is committed (in the feed) but the match index still serves version 12
        feedAnswers(100, added(101, 13, 9911, "35233"), 101);
        stub.stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.noHits(), ScreeningStubs.noHits()));

        RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> rescreening.followChanges());
        assertTrue(e.getMessage().contains("not yet version 13"), e.getMessage());
        assertEquals(100, cursor());
        given().auth().oauth2(AUDITOR).get("/api/v1/trades/" + id).then().body("status",
                org.hamcrest.Matchers.equalTo("CLEARED"));
    }

    @Test
    void shouldKeepAnAlertDecisionTakenWhileTheTradeIsScreenedAgain() throws Exception {
        // held at registration on Lavrov (screened against ofac-sdn 12 already: no bulk screening in the pass)
        String entityVersion = UUID.randomUUID().toString();
        stub.stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.noHits(), ScreeningStubs.lavrovByName(entityVersion)));
        var held = given().auth().oauth2(CLERK).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body(COFFEE_TO.formatted(UUID.randomUUID(), "Serguei Lavrof"))
                .post("/api/v1/trades").then().statusCode(201)
                .body("status", org.hamcrest.Matchers.equalTo("HELD")).extract();
        String id = held.path("id").toString();
        String alertId = held.path("alerts[0].id").toString();
        stub.resetAll();
        // a change to the alerted entity; the trade's own screening answers after 0.8 s (the test profile gives up
        // after 1 s), finding Lavrov again
        feedAnswers(100, added(101, 9911, "35233"), 101);
        stub.stubFor(post(urlEqualTo(ScreeningStubs.BATCH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/x-ndjson").withFixedDelay(800)
                .withBody(ScreeningStubs.noHits() + "\n" + ScreeningStubs.lavrovByName(entityVersion) + "\n")));

        CompletableFuture<List<RescreeningService.Pass>> pass = CompletableFuture.supplyAsync(
                () -> rescreening.followChanges());
        // while the re-screening waits for its answer, an analyst confirms the match
        await("the re-screening calling the screening service").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(10))
                .until(() -> !stub.findAll(postRequestedFor(urlEqualTo(ScreeningStubs.BATCH))).isEmpty());
        given().auth().oauth2(ANALYST).contentType("application/json")
                .body("{\"decision\": \"TRUE_MATCH\", \"reason\": \"same birth date, same person\"}")
                .post("/api/v1/alerts/" + alertId + "/decisions").then().statusCode(200)
                .body("tradeStatus", org.hamcrest.Matchers.equalTo("BLOCKED"));

        assertEquals(1, pass.get(30, TimeUnit.SECONDS).size());
        // the re-screening decided with the alert as it stood when it wrote, not as it was when it started
        given().auth().oauth2(AUDITOR).get("/api/v1/trades/" + id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("BLOCKED"))
                .body("reportDueDate", org.hamcrest.Matchers.notNullValue())
                .body("reasons.kind", hasItem("CONFIRMED_MATCH"))
                .body("alerts.size()", org.hamcrest.Matchers.equalTo(1))
                .body("alerts[0].status", org.hamcrest.Matchers.equalTo("TRUE_MATCH"));
        // and the decision did fall in the re-screening's window (taken before its new decision was written)
        List<String> events = given().auth().oauth2(AUDITOR).get("/api/v1/trades/" + id + "/audit").then()
                .statusCode(200).extract().path("eventType");
        assertTrue(events.indexOf("ALERT_DECIDED") < events.indexOf("TRADE_RESCREENED"), events.toString());
    }
}
