package io.tollgate.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.system.harness.TollgateSystem;
import io.tollgate.testsupport.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The trade workbench in a real headless Chromium against the packaged services and the real OFAC list: a clerk
 * registers a trade through the form and lands on its page HELD; analyst anna opens the alert and decides
 * FALSE_POSITIVE with a comment, and is offered no second decision (the API refuses her one too); supervisor sam
 * gives it; the trade page shows CLEARED and, to an auditor, both decisions in the audit trail. A screenshot of each
 * step goes to {@code tests/system/target/screenshots/workbench/}.
 */
class TradeWorkbenchBrowserIT {

    private static final String CLERK = TollgateSystem.token("clara", "trade-clerk");
    private static final String ANNA = TollgateSystem.token("anna", "analyst");
    private static final String SAM = TollgateSystem.token("sam", "supervisor");
    private static final String AUDITOR = TollgateSystem.token("audrey", "auditor");

    private static TollgateSystem system;
    private static Path shots;

    @BeforeAll
    static void start() throws Exception {
        // plain HTTP on 127.0.0.1: the session and CSRF cookies without Secure, as `make up` serves them
        system = TollgateSystem.start(TollgateSystem.Options.defaults()
                .withTradeEnv(Map.of("TOLLGATE_WEB_SECURE_COOKIE", "false")));
        system.importShared("ofac-sdn", "lists/ofac/2024-05-03/sdn.csv");
        system.awaitListsServed("ofac-sdn");
        system.awaitListChangesFollowed();
        shots = system.root().resolve("tests/system/target/screenshots/workbench");
        Files.createDirectories(shots);
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void shouldTakeATradeFromTheFormThroughFourEyesToCleared() throws Exception {
        String base = system.trade().baseUri().toString().replaceAll("/$", "");
        String reference = "WB-LAVROF-" + Long.toString(System.nanoTime(), 36);
        Path profile = Files.createTempDirectory(system.root().resolve("tests/system/target"), "chromium-profile-");
        try (Chromium browser = Chromium.start(profile, 1280, 2200)) {
            // 1. the clerk registers the trade through the form and lands on its page, HELD
            signIn(browser, base, CLERK);
            browser.open(base + "/trades/new");
            type(browser, "#reference", reference);
            type(browser, "#amount", "15000.00");
            type(browser, "#currency", "EUR");
            type(browser, "#originCountry", "DE");
            type(browser, "#destinationCountry", "AT");
            browser.click(browser.find("#partyRole-0 option[value='SELLER']"));
            type(browser, "#partyName-0", "Hamburger Buchvertrieb GmbH");
            type(browser, "#partyCountry-0", "DE");
            type(browser, "#partyName-1", "Serguei Lavrof");
            browser.click(browser.find("#partyType-1 option[value='person']"));
            type(browser, "#partyCountry-1", "RU");
            type(browser, "#partyBirthDate-1", "1950-03-21");
            type(browser, "#goodsHsCode-0", "490199");
            type(browser, "#goodsDescription-0", "printed books");
            type(browser, "#goodsQuantity-0", "300");
            type(browser, "#goodsValue-0", "15000.00");
            browser.screenshot(shots.resolve("trade-01-clerk-form.png"));
            browser.click(browser.find("#register"));
            awaitPath(browser, "/trades/");
            String tradeUrl = browser.currentUrl();
            assertTrue(tradeUrl.matches(".*/trades/\\d+\\?registered=1"), tradeUrl);
            String tradeId = tradeUrl.replaceAll(".*/trades/(\\d+).*", "$1");
            assertEquals("HELD", browser.text(browser.find("#trade-status")));
            assertTrue(browser.text(browser.find("#notice")).contains(reference));
            assertTrue(browser.text(browser.find("#amount")).contains("15,000.00 EUR"));
            List<String> alerts = browser.findAll("#alerts tr[data-alert]");
            assertFalse(alerts.isEmpty(), "the trade has an alert");
            String alertId = browser.attribute(alerts.get(0), "data-alert");
            assertTrue(browser.text(alerts.get(0)).contains("35233"), browser.text(alerts.get(0)));
            browser.screenshot(shots.resolve("trade-02-clerk-trade-held.png"));
            signOut(browser);

            // 2. analyst anna reviews the alert and releases it as a false positive, with a comment
            signIn(browser, base, ANNA);
            browser.open(base + "/alerts/" + alertId);
            assertEquals("OPEN", browser.text(browser.find("#alert-status")));
            assertTrue(browser.text(browser.find("#comparison")).contains("LAVROV"),
                    "the listed entity beside the party");
            browser.screenshot(shots.resolve("trade-03-anna-review.png"));
            browser.click(browser.find("#decision-FALSE_POSITIVE"));
            type(browser, "#reason", "Born 1950-03-21 like the minister, but a private buyer of books in Vienna: "
                    + "passport checked, a different person.");
            browser.click(browser.find("#decide"));
            awaitPath(browser, "?decided=FALSE_POSITIVE");
            assertEquals("AWAITING_SECOND_REVIEW", browser.text(browser.find("#alert-status")));
            // 3. anna cannot give the second decision: no form, the reason instead; the API refuses her as well
            assertTrue(browser.findAll("#decision-form").isEmpty(), "anna is offered a second decision");
            assertTrue(browser.text(browser.find("#no-decision")).contains("awaits a supervisor"));
            browser.screenshot(shots.resolve("trade-04-anna-no-second-decision.png"));
            given().baseUri(base).auth().oauth2(ANNA).contentType("application/json")
                    .body("{\"decision\": \"FALSE_POSITIVE\", \"reason\": \"me again\"}")
                    .post("/api/v1/alerts/" + alertId + "/decisions").then().statusCode(409);
            signOut(browser);

            // 4. supervisor sam sees it awaiting his second review and confirms it
            signIn(browser, base, SAM);
            browser.open(base + "/");
            assertFalse(browser.findAll("#second-review tr[data-alert='" + alertId + "']").isEmpty(),
                    "the alert is in sam's second-review queue");
            browser.screenshot(shots.resolve("trade-05-sam-queue.png"));
            browser.open(base + "/alerts/" + alertId);
            browser.click(browser.find("#decision-FALSE_POSITIVE"));
            type(browser, "#reason", "Agreed: passport and address differ from the listing.");
            browser.click(browser.find("#decide"));
            awaitPath(browser, "?decided=FALSE_POSITIVE");
            assertEquals("FALSE_POSITIVE", browser.text(browser.find("#alert-status")));
            assertEquals("CLEARED", browser.text(browser.find("#trade-status")));
            browser.screenshot(shots.resolve("trade-06-sam-released.png"));
            signOut(browser);

            // 5. the trade is CLEARED and its audit trail shows both decisions
            signIn(browser, base, AUDITOR);
            browser.open(base + "/trades/" + tradeId);
            assertEquals("CLEARED", browser.text(browser.find("#trade-status")));
            List<String> decided = browser.findAll("#audit tr[data-event='ALERT_DECIDED']").stream()
                    .map(browser::text).toList();
            assertEquals(2, decided.size(), decided.toString());
            assertTrue(decided.get(0).contains("anna") && decided.get(0).contains("FALSE_POSITIVE"), decided.get(0));
            assertTrue(decided.get(1).contains("sam") && decided.get(1).contains("FALSE_POSITIVE"), decided.get(1));
            browser.screenshot(shots.resolve("trade-07-auditor-cleared-audit.png"));
            assertFalse(browser.dom().contains(AUDITOR), "no token in the page");
        }
    }

    private static void signIn(Chromium browser, String base, String token) throws Exception {
        browser.open(base + "/login");
        type(browser, "#token", token);
        browser.click(browser.find("#sign-in"));
        await("signed in").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> !browser.currentUrl().endsWith("/login"));
    }

    private static void signOut(Chromium browser) {
        browser.click(browser.find("#sign-out"));
    }

    private static void type(Chromium browser, String css, String text) {
        browser.type(browser.find(css), text);
    }

    // a click that submits a form returns before the browser has followed the redirect on a busy machine
    private static void awaitPath(Chromium browser, String part) {
        await("at " + part).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> browser.currentUrl().contains(part));
    }
}
