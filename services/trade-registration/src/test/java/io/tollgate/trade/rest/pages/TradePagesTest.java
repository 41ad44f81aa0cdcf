package io.tollgate.trade.rest.pages;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.tollgate.platform.security.Roles;
import io.tollgate.testsupport.DevTokens;
import io.tollgate.testsupport.WebForms;
import io.tollgate.trade.ScreeningStubs;
import io.tollgate.trade.ScreeningWireMock;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The trade pages as a browser uses them: registering from the form (the API's validation messages, the same
 * service), search, the trade's page with its audit trail for auditors, roles, and hostile text shown as text.
 */
@QuarkusTest
class TradePagesTest {

    private static final String CLERK = DevTokens.token("clara", Roles.TRADE_CLERK);
    private static final String ANALYST = DevTokens.token("anna", Roles.ANALYST);
    private static final String AUDITOR = DevTokens.token("audrey", Roles.AUDITOR);
    private static final String SCRIPT = "<script>alert(1)</script>";

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    void screeningFindsNobody() {
        ScreeningWireMock.server().resetAll();
        circuitBreakers.resetAll();
        ScreeningWireMock.server().stubFor(ScreeningStubs.noHitsForEveryParty());
    }

    private static ValidatableResponse page(String token, String path) {
        return given().redirects().follow(false).cookie(WebForms.SESSION_COOKIE, token).get(path).then();
    }

    private static RequestSpecification trade(String reference, String buyer) {
        return trade(reference, buyer, "form-" + UUID.randomUUID());
    }

    private static RequestSpecification trade(String reference, String buyer, String key) {
        return WebForms.signedIn(CLERK).form()
                .formParam("idempotencyKey", key)
                .formParam("reference", reference).formParam("tradeDate", "2026-11-20")
                .formParam("amount", "125000.00").formParam("currency", "EUR").formParam("paymentRail", "SWIFT")
                .formParam("originCountry", "de").formParam("originSubdivision", "")
                .formParam("destinationCountry", "VE").formParam("destinationSubdivision", "")
                .formParam("partyRole", "SELLER", "BUYER", "OTHER")
                .formParam("partyName", "Hamburger Kaffeekontor GmbH", buyer, "")
                .formParam("partyType", "organization", "organization", "person")
                .formParam("partyCountry", "DE", "VE", "")
                .formParam("partyBirthDate", "", "", "")
                .formParam("identifierType", "LEI", "BIC", "BIC")
                .formParam("identifierValue", "", "CAFEVECA", "")
                .formParam("ownerName", "", "", "")
                .formParam("ownerType", "person", "person", "person")
                .formParam("ownerPercentage", "", "", "")
                .formParam("goodsHsCode", "0901", "")
                .formParam("goodsDescription", "green coffee", "")
                .formParam("goodsQuantity", "20", "")
                .formParam("goodsValue", "125000", "");
    }

    private static long registered(ValidatableResponse r) {
        String location = r.statusCode(303).header("Location", startsWith("/trades/")).extract().header("Location");
        assertTrue(location.endsWith("?registered=1"), location);
        return Long.parseLong(location.substring("/trades/".length(), location.indexOf('?')));
    }

    @Test
    void shouldRegisterATradeFromTheFormAndShowItsPage() {
        String reference = "FORM-" + UUID.randomUUID().toString().substring(0, 8);
        long id = registered(trade(reference, "Cafe Venezuela SA").post("/trades/new").then());
        page(CLERK, "/trades/" + id + "?registered=1").statusCode(200).contentType(containsString("text/html"))
                .body(containsString("Trade " + reference + " is registered: CLEARED."))
                .body(containsString("125,000.00 EUR"))
                .body(containsString("BIC CAFEVECA"))
                .body(containsString("green coffee"))
                .body(containsString("DE → VE"))
                .body(containsString(" UTC"))
                // the clerk is no auditor: no audit trail
                .body(not(containsString("id=\"audit\"")));
        // the API sees the same trade, registered by the clerk
        given().auth().oauth2(AUDITOR).get("/api/v1/trades/" + id).then().statusCode(200)
                .body("reference", equalTo(reference)).body("registeredBy", equalTo("clara"))
                .body("parties.size()", equalTo(2)).body("origin.country", equalTo("DE"));
        page(AUDITOR, "/trades/" + id).statusCode(200).body(containsString("id=\"audit\""))
                .body(containsString("TRADE_REGISTERED"));
        page(ANALYST, "/trades?reference=" + reference).statusCode(200)
                .body(containsString("data-trade=\"" + id + "\""));
        page(ANALYST, "/trades?status=CLEARED&corridor=DE-VE&from=2026-11-20&to=2026-11-20").statusCode(200)
                .body(containsString("data-trade=\"" + id + "\""));
        page(ANALYST, "/trades?status=HELD&reference=" + reference).statusCode(200)
                .body(not(containsString("data-trade=\"" + id + "\"")));
    }

    @Test
    void shouldRegisterOneTradeWhenTheSameFormIsSubmittedTwice() {
        String reference = "TWICE-" + UUID.randomUUID().toString().substring(0, 8);
        String key = "form-" + UUID.randomUUID();
        long first = registered(trade(reference, "Cafe Venezuela SA", key)
                .post("/trades/new").then());
        long second = registered(trade(reference, "Cafe Venezuela SA", key)
                .post("/trades/new").then());
        assertEquals(first, second);
    }

    @Test
    void shouldShowAPartyNamedLikeAScriptAsText() {
        String reference = "XSS-" + UUID.randomUUID().toString().substring(0, 8);
        long id = registered(trade(reference, SCRIPT).post("/trades/new").then());
        String html = page(AUDITOR, "/trades/" + id).statusCode(200).extract().asString();
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the name is shown escaped");
        assertTrue(!html.contains(SCRIPT), "the name is never markup");
        assertTrue(!html.contains(AUDITOR), "no token in the page");
        String search = page(AUDITOR, "/trades?reference=" + reference).statusCode(200).extract().asString();
        assertTrue(!search.contains("<script>"), "the search page has no script");
    }

    @Test
    void shouldListTheApisValidationMessagesOnTheForm() {
        // the same request through the API: its violations are what the form must say
        List<String> api = given().auth().oauth2(CLERK).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body("""
                        {"reference": "BAD-1", "tradeDate": "2026-11-20", "amount": "100", "currency": "eur",
                         "paymentRail": "SWIFT", "origin": {"country": "DE"}, "destination": {"country": "VE"},
                         "parties": [{"role": "BUYER", "type": "organization", "country": "VE"}]}""")
                .post("/api/v1/trades").then().statusCode(400).extract().jsonPath()
                .getList("violations.collect { it.field + ' ' + it.message }", String.class);
        assertTrue(api.contains("parties[0].name must not be blank"), api.toString());
        String html = WebForms.signedIn(CLERK).form().formParam("idempotencyKey", "form-1")
                .formParam("reference", "BAD-1").formParam("tradeDate", "2026-11-20").formParam("amount", "100")
                .formParam("currency", "eur").formParam("paymentRail", "SWIFT").formParam("originCountry", "DE")
                .formParam("destinationCountry", "VE").formParam("partyRole", "BUYER").formParam("partyName", "")
                .formParam("partyType", "organization").formParam("partyCountry", "VE")
                .post("/trades/new").then().statusCode(400).contentType(containsString("text/html"))
                .extract().asString();
        for (String violation : api) {
            // the form upper-cases codes as a clerk means them, so the currency's case is no problem there
            if (!violation.startsWith("currency")) {
                assertTrue(html.contains(violation), violation + " is not on the page");
            }
        }
        // what the service checks beyond the request's form, as the API says it; what does not parse, named
        WebForms.signedIn(CLERK).form().formParam("idempotencyKey", "form-2").formParam("reference", "BAD-2")
                .formParam("tradeDate", "20.11.2026").formParam("amount", "lots").formParam("currency", "XYZ")
                .formParam("paymentRail", "SWIFT").formParam("originCountry", "DE")
                .formParam("destinationCountry", "VE").formParam("partyRole", "BUYER")
                .formParam("partyName", "Cafe SA").formParam("partyType", "organization")
                .post("/trades/new").then().statusCode(400)
                .body(containsString("tradeDate wrong type or format"))
                .body(containsString("amount wrong type or format"))
                // the values stay in the form
                .body(containsString("value=\"Cafe SA\""));
        WebForms.signedIn(CLERK).form().formParam("idempotencyKey", "form-3").formParam("reference", "BAD-3")
                .formParam("tradeDate", "2026-11-20").formParam("amount", "10").formParam("currency", "XYZ")
                .formParam("paymentRail", "SWIFT").formParam("originCountry", "DE")
                .formParam("destinationCountry", "VE").formParam("partyRole", "BUYER")
                .formParam("partyName", "Cafe SA").formParam("partyType", "organization")
                .post("/trades/new").then().statusCode(400)
                .body(containsString("currency XYZ is not an ISO 4217 code"));
    }

    @Test
    void shouldLetOnlyClerksRegisterAndRefuseAFormWithoutItsToken() {
        page(null, "/trades").statusCode(303).header("Location", "/login");
        page(ANALYST, "/trades/new").statusCode(403).body(containsString("This page needs the"));
        page(CLERK, "/trades/new").statusCode(200).body(containsString("name=\"csrf\""))
                .body(containsString("name=\"idempotencyKey\"")).body(containsString("<label for=\"reference\""));
        String reference = "NOCSRF-" + UUID.randomUUID().toString().substring(0, 8);
        WebForms.signedIn(CLERK).withoutToken().formParam("reference", reference).formParam("partyName", "X")
                .post("/trades/new").then().statusCode(403);
        WebForms.signedIn(ANALYST).form().formParam("reference", reference).post("/trades/new").then()
                .statusCode(403);
        given().auth().oauth2(AUDITOR).get("/api/v1/trades?corridor=DE-VE").then().statusCode(200)
                .body("reference", not(org.hamcrest.Matchers.hasItem(reference)));
        page(ANALYST, "/trades/999999999").statusCode(404);
        page(ANALYST, "/trades?status=SOMETIMES&from=yesterday").statusCode(200)
                .body(containsString("status must be CLEARED, HELD, BLOCKED, REJECTED or PENDING_SCREENING"))
                .body(containsString("from must be a date YYYY-MM-DD"));
    }
}
