package io.tollgate.trade.rest.pages;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.tollgate.platform.security.Roles;
import io.tollgate.testsupport.DevTokens;
import io.tollgate.testsupport.WebForms;
import io.tollgate.trade.ScreeningStubs;
import io.tollgate.trade.ScreeningWireMock;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The alert queue and the alert review page as a browser uses them (session cookie, CSRF token in the form): roles,
 * the party beside the listed entity, four eyes on the page and behind it, a decision that meets another one.
 */
@QuarkusTest
class AlertPagesTest {

    private static final String CLERK = DevTokens.token("clara", Roles.TRADE_CLERK);
    private static final String ANALYST = DevTokens.token("anna", Roles.ANALYST);
    private static final String OTHER_ANALYST = DevTokens.token("arno", Roles.ANALYST);
    private static final String SUPERVISOR = DevTokens.token("sam", Roles.SUPERVISOR);
    private static final String AUDITOR = DevTokens.token("audrey", Roles.AUDITOR);

    static final String LAVROF_TRADE = """
            {"reference": "PG-%s", "tradeDate": "2026-11-22", "amount": "9000.00", "currency": "EUR",
             "paymentRail": "SWIFT", "origin": {"country": "DE"}, "destination": {"country": "VE"},
             "goods": [{"hsCode": "0901", "description": "green coffee", "quantity": 20, "value": "9000.00"}],
             "parties": [
               {"role": "SELLER", "name": "Hamburger Kaffeekontor GmbH", "type": "organization", "country": "DE"},
               {"role": "OTHER", "name": "Serguei Lavrof", "type": "person", "country": "RU", "birthDate": "1950-03-21"}]}
            """;

    // OFAC SDN 35233 as the screening service's GET /api/v1/entities/{id} answers
    static final String LAVROV = """
            {"id": 9911, "listed": true, "firstVersionId": 1, "lastChangedVersionId": 1, "removedVersionId": null,
             "contentHash": "c0ffee", "entity": {"source": "ofac-sdn", "sourceId": "35233", "type": "PERSON",
             "names": [{"full": "LAVROV, Sergei Viktorovich", "kind": "PRIMARY"}],
             "birthDates": [{"from": {"year": 1950, "month": 3, "day": 21}, "to": null, "approximate": false}],
             "placesOfBirth": [], "nationalities": ["RU"], "citizenships": [], "gender": "male", "addresses": [],
             "identifiers": [], "programs": ["RUSSIA-EO14024"], "listedOn": null, "remarks": null, "links": [],
             "sourceRecord": {"file": "sdn.csv", "line": 17012, "element": null}}}
            """;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;
    @Inject
    AgroalDataSource db;

    private String tradeId;
    private String alertId;
    private String reference;

    @BeforeEach
    void heldTrade() {
        ScreeningWireMock.server().resetAll();
        circuitBreakers.resetAll();
        ScreeningWireMock.server().stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.noHits(),
                ScreeningStubs.lavrovByName(UUID.randomUUID().toString())));
        ScreeningWireMock.server().stubFor(get(urlPathMatching("/api/v1/entities/9911")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(LAVROV)));
        reference = "PG-" + UUID.randomUUID().toString().substring(0, 8);
        var r = given().auth().oauth2(CLERK).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body(LAVROF_TRADE.formatted(reference.substring(3)))
                .post("/api/v1/trades").then().statusCode(201).body("status", equalTo("HELD")).extract();
        tradeId = r.path("id").toString();
        alertId = r.path("alerts[0].id").toString();
    }

    private static ValidatableResponse page(String token, String path) {
        return given().redirects().follow(false).cookie(WebForms.SESSION_COOKIE, token).get(path).then();
    }

    private ValidatableResponse decideOnThePage(String token, String decision, String reason) {
        return WebForms.signedIn(token).form().formParam("decision", decision).formParam("reason", reason)
                .post("/alerts/" + alertId + "/decisions").then();
    }

    private String alertStatus() {
        return given().auth().oauth2(ANALYST).get("/api/v1/trades/" + tradeId).then().statusCode(200).extract()
                .path("alerts[0].status");
    }

    @Test
    void shouldSendAnAnonymousBrowserToSignInAndShowOthersWhatTheirRolesOpen() {
        page(null, "/").statusCode(303).header("Location", "/login");
        page(null, "/alerts/" + alertId).statusCode(303).header("Location", "/login");
        page(CLERK, "/alerts/" + alertId).statusCode(403).contentType(containsString("text/html"))
                .body(containsString("This page needs the"));
        // the queue is the reviewers' page; a clerk lands on the trades instead
        page(CLERK, "/").statusCode(303).header("Location", "/trades");
        page(AUDITOR, "/alerts/" + alertId).statusCode(200).body(not(containsString("id=\"decision-form\"")));
        page(ANALYST, "/alerts/999999999").statusCode(404).contentType(containsString("text/html"));
        page(ANALYST, "/alerts/nope").statusCode(404);
    }

    @Test
    void shouldQueueTheOpenAlertWithItsAgeCountsAndFilters() {
        page(ANALYST, "/").statusCode(200).contentType(containsString("text/html"))
                .body(containsString("data-alert=\"" + alertId + "\""))
                .body(containsString(reference))
                .body(containsString("data-status=\"OPEN\""))
                .body(containsString(" UTC"))
                // an analyst has no second-review queue
                .body(not(containsString("id=\"second-review\"")));
        page(ANALYST, "/?corridor=DE-VE&role=OTHER&list=ofac-sdn").statusCode(200)
                .body(containsString("data-alert=\"" + alertId + "\""));
        page(ANALYST, "/?role=BUYER").statusCode(200).body(not(containsString("data-alert=\"" + alertId + "\"")));
        page(ANALYST, "/?age=24").statusCode(200).body(not(containsString("data-alert=\"" + alertId + "\"")));
        page(ANALYST, "/?status=NONSENSE&corridor=xx").statusCode(200)
                .body(containsString("status NONSENSE is not an alert status"))
                .body(containsString("corridor must be two ISO 3166 alpha-2 codes"));
        page(SUPERVISOR, "/").statusCode(200).body(containsString("id=\"second-review\""));
    }

    @Test
    void shouldShowThePartyBesideTheListedEntityWithTheExplanation() {
        page(ANALYST, "/alerts/" + alertId).statusCode(200)
                .body(containsString("id=\"comparison\""))
                .body(containsString("Serguei Lavrof"))
                .body(containsString("LAVROV, Sergei Viktorovich"))
                .body(containsString("RUSSIA-EO14024"))
                .body(containsString("data-field=\"Birth dates\""))
                .body(containsString("name.equivalent_name"))
                .body(containsString("id=\"decision-form\""))
                .body(containsString("value=\"FALSE_POSITIVE\""))
                // the reviewer's token went to the screening service, never into the page
                .body(not(containsString(ANALYST)));
    }

    @Test
    void shouldSayWhyTheListedRecordIsMissingWhenScreeningCannotGiveIt() {
        ScreeningWireMock.server().stubFor(get(urlPathMatching("/api/v1/entities/9911")).willReturn(aResponse()
                .withStatus(503)));
        page(ANALYST, "/alerts/" + alertId).statusCode(200)
                .body(containsString("id=\"listed-unavailable\""))
                .body(containsString("the screening service answered HTTP 503"))
                .body(containsString("id=\"decision-form\""));
    }

    @Test
    void shouldRecordTheFirstDecisionFromTheFormAndWithholdTheSecondFromTheSamePerson() {
        decideOnThePage(ANALYST, "FALSE_POSITIVE", "born 1950-03-21 but a different person").statusCode(303)
                .header("Location", "/alerts/" + alertId + "?decided=FALSE_POSITIVE");
        page(ANALYST, "/alerts/" + alertId + "?decided=FALSE_POSITIVE").statusCode(200)
                .body(containsString("Your decision FALSE_POSITIVE is recorded."))
                .body(containsString("AWAITING_SECOND_REVIEW"))
                // four eyes: anna gets no form, and is told why
                .body(not(containsString("id=\"decision-form\"")))
                .body(containsString("id=\"no-decision\""))
                .body(containsString("awaits a supervisor"));
        // a form she builds herself is refused behind the page as by the API
        decideOnThePage(ANALYST, "FALSE_POSITIVE", "again").statusCode(409);
        given().auth().oauth2(ANALYST).contentType("application/json")
                .body("{\"decision\": \"FALSE_POSITIVE\", \"reason\": \"again\"}")
                .post("/api/v1/alerts/" + alertId + "/decisions").then().statusCode(409);
        assertStatus("AWAITING_SECOND_REVIEW");

        // anna as a supervisor too: still the first reviewer, never the second pair of eyes
        String annaSupervisor = DevTokens.token("ANNA", Roles.SUPERVISOR);
        page(annaSupervisor, "/alerts/" + alertId).statusCode(200)
                .body(containsString("id=\"four-eyes\""))
                .body(not(containsString("value=\"FALSE_POSITIVE\"")));
        decideOnThePage(annaSupervisor, "FALSE_POSITIVE", "me again").statusCode(403)
                .body(containsString("Four eyes"));
        assertStatus("AWAITING_SECOND_REVIEW");

        page(SUPERVISOR, "/").statusCode(200).body(containsString("data-alert=\"" + alertId + "\""));
        page(SUPERVISOR, "/alerts/" + alertId).statusCode(200).body(containsString("value=\"FALSE_POSITIVE\""));
        decideOnThePage(SUPERVISOR, "FALSE_POSITIVE", "agreed: documents checked").statusCode(303);
        assertStatus("FALSE_POSITIVE");
        given().auth().oauth2(ANALYST).get("/api/v1/trades/" + tradeId).then().body("status", equalTo("CLEARED"));
    }

    @Test
    void shouldShowADecisionTakenMeanwhileAsDecidedMeanwhile() {
        page(ANALYST, "/alerts/" + alertId).statusCode(200).body(containsString("id=\"decision-form\""));
        // arno decides while anna reads
        given().auth().oauth2(OTHER_ANALYST).contentType("application/json")
                .body("{\"decision\": \"FALSE_POSITIVE\", \"reason\": \"a different person\"}")
                .post("/api/v1/alerts/" + alertId + "/decisions").then().statusCode(200);
        decideOnThePage(ANALYST, "TRUE_MATCH", "the listed person").statusCode(409)
                .contentType(containsString("text/html"))
                .body(containsString("Decided meanwhile"))
                .body(containsString("Reload the page"))
                // what she wrote is kept
                .body(containsString("the listed person"));
        assertStatus("AWAITING_SECOND_REVIEW");
    }

    @Test
    void shouldRequireACommentAndACsrfToken() {
        decideOnThePage(ANALYST, "FALSE_POSITIVE", "  ").statusCode(400)
                .body(containsString("reason must not be blank"));
        WebForms.signedIn(ANALYST).withoutToken().formParam("decision", "TRUE_MATCH").formParam("reason", "forged")
                .post("/alerts/" + alertId + "/decisions").then().statusCode(403);
        // another browser's token does not do either
        WebForms other = WebForms.signedIn(OTHER_ANALYST);
        given().redirects().follow(false).cookie(WebForms.SESSION_COOKIE, ANALYST)
                .cookie(WebForms.CSRF_COOKIE, other.csrfCookie()).formParam("csrf", other.csrfToken())
                .formParam("decision", "TRUE_MATCH").formParam("reason", "forged")
                .post("/alerts/" + alertId + "/decisions").then().statusCode(403);
        assertStatus("OPEN");
    }

    @Test
    void shouldShowAnAlertAwaitingASecondReviewWhoseFirstDecisionIsMissing() throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE trade_alert SET status = 'AWAITING_SECOND_REVIEW' WHERE id = " + alertId);
        }
        page(SUPERVISOR, "/alerts/" + alertId).statusCode(200)
                .body(containsString("first decision is not on record"));
        page(ANALYST, "/alerts/" + alertId).statusCode(200);
        page(SUPERVISOR, "/").statusCode(200).body(containsString("not on record"));
    }

    @Test
    void shouldKeepThePagesOutOfTheOpenApiDocument() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.keySet()", not(org.hamcrest.Matchers.hasItem("/")))
                .body("paths.keySet()", not(org.hamcrest.Matchers.hasItem("/alerts/{id}")))
                .body("paths.keySet()", not(org.hamcrest.Matchers.hasItem("/alerts/{id}/decisions")))
                .body("paths.keySet()", not(org.hamcrest.Matchers.hasItem("/trades/new")))
                .body("paths.keySet()", org.hamcrest.Matchers.hasItem("/api/v1/alerts/{id}/decisions"));
    }

    private void assertStatus(String expected) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, alertStatus());
    }
}
