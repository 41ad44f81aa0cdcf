package io.tollgate.reporting.rest.dashboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tollgate.reporting.Fixtures;
import io.tollgate.reporting.Scenarios;
import io.tollgate.reporting.Seed;
import io.tollgate.testsupport.Chromium;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dashboard in a real headless Chromium: sign in through the form, open the VE-RU view, check the chart and the
 * register against the seeded data, fetch the CSV the page links to with the browser's own session, and keep
 * screenshots under {@code target/}.
 */
@QuarkusTest
class DashboardBrowserTest {

    private static final String VE_RU = "/?corridor=VE-RU&from=2026-08-01&to=2026-10-31&asOf=2026-11-25"
            + "&ratePolicy=trade-date";

    // the test profile's tollgate.web.public-url.trade and .screening
    private static final String TRADE_PAGES = "http://trade.tollgate.test:8082";
    private static final String SCREENING_PAGES = "http://screening.tollgate.test:8081";

    @TestHTTPResource("/")
    URL root;

    @Test
    void shouldDrawTheCurrencyMixAndTheRegisterFromTheSeededData() throws Exception {
        Scenarios.veRu();
        long blocked = seedPage();
        String base = root.toString().replaceAll("/$", "");
        Path profile = Files.createTempDirectory(Path.of("target"), "chromium-profile-");
        try (Chromium browser = Chromium.start(profile, 1440, 2700)) {
            browser.open(base + "/");
            assertTrue(browser.currentUrl().endsWith("/login"), browser.currentUrl());
            browser.screenshot(Path.of("target/screenshots/login.png"));
            browser.type(browser.find("#token"), Fixtures.AUDITOR);
            browser.click(browser.find("#sign-in"));
            String signedIn = browser.currentUrlOnceAt(base + "/");
            assertEquals(base + "/", signedIn);
            browser.screenshot(Path.of("target/screenshots/dashboard.png"));

            browser.open(base + VE_RU);
            String dom = browser.dom();
            Files.writeString(Path.of("target/screenshots/dashboard-ve-ru.html"), dom);
            browser.screenshot(Path.of("target/screenshots/dashboard-ve-ru.png"));

            // the change in one sentence, a series per currency
            assertEquals("USD share of VE-RU trade value: 80 % → 20 % from 2026-08 to 2026-10",
                    browser.text(browser.find("#summary")));
            assertEquals(List.of("USD", "VES", "RUB"), browser.findAll("#currency-mix-chart g.series").stream()
                    .map(g -> browser.attribute(g, "data-currency")).toList());
            // the chart: the dollar's share of each month, and the bars drawn to scale (the plot is 250 px high)
            assertEquals("80.00", share(browser, "2026-08", "USD"));
            assertEquals("20.00", share(browser, "2026-08", "RUB"));
            assertEquals("50.00", share(browser, "2026-09", "USD"));
            assertEquals("50.00", share(browser, "2026-09", "RUB"));
            assertEquals("20.00", share(browser, "2026-10", "USD"));
            assertEquals("80.00", share(browser, "2026-10", "VES"));
            assertEquals(200, Integer.parseInt(browser.attribute(segment(browser, "2026-08", "USD"), "height")));
            assertEquals(50, Integer.parseInt(browser.attribute(segment(browser, "2026-10", "USD"), "height")));
            browser.click(browser.find("#currency-mix details.table-details summary"));
            assertEquals(List.of("80.00%", "20.00%", "50.00%", "50.00%", "80.00%", "20.00%", "0.00%"),
                    browser.findAll("#currency-mix-table td.share").stream().map(browser::text).toList());
            assertTrue(browser.text(browser.find("#currency-mix")).contains("2026-10-17"),
                    "the Saturday without a rate is named");

            // the register: blocked on Friday 20 November, due across Thanksgiving on 7 December
            String row = browser.find("#register-table tr[data-trade='" + blocked + "']");
            assertTrue(browser.text(row).contains("BLOCKED"), browser.text(row));
            assertEquals("2026-12-07", browser.text(browser.find("#register-table tr[data-trade='" + blocked
                    + "'] td.due-date")));
            assertEquals("7 business days (12 days)", browser.text(browser.find("#register-table tr[data-trade='"
                    + blocked + "'] td.due")));
            assertEquals("1", browser.text(browser.find("#register-overdue")));
            // the reasons as compact labels, the full text on demand; the row links to the trade's page
            String label = browser.find("#register-table tr[data-trade='" + blocked + "'] td.reason .code");
            assertEquals("LISTED_PARTY:SCREEN-IDENTIFIER-BLOCKING", browser.text(label));
            assertTrue(browser.attribute(label, "title").contains("BUYER_BANK Banco X is ofac-sdn 26727"),
                    browser.attribute(label, "title"));
            assertEquals(TRADE_PAGES + "/trades/" + blocked, browser.attribute(browser.find(
                    "#register-table tr[data-trade='" + blocked + "'] a.trade"), "href"));
            assertTrue(browser.text(browser.find("#stamp")).contains("ofac-sdn v"), "lists in force are stamped");

            // nothing on the page comes from elsewhere: the only outside URLs are links to the other services' pages
            String withoutTradeLinks = dom.replaceAll("href=\"(" + TRADE_PAGES + "|" + SCREENING_PAGES + ")/[^\"]*\"",
                    "");
            assertFalse(withoutTradeLinks.contains("http://") || withoutTradeLinks.contains("https://"),
                    "the page references an external URL");
            assertTrue(browser.findAll("script").isEmpty(), "the page has a script");

            // the CSV link works with the browser's own session and serves exactly the figures drawn
            String href = browser.attribute(browser.find("#currency-mix-csv"), "href");
            assertTrue(href.contains("format=csv") && href.contains("corridor=VE-RU"), href);
            String session = browser.cookie("tollgate_token").path("value").asText();
            String csv = given().cookie("tollgate_token", session).get(href.replace(base, "")).then().statusCode(200)
                    .extract().asString();
            assertEquals(Scenarios.VE_RU_CSV, csv);
        }
    }

    private static String segment(Chromium browser, String period, String currency) {
        return browser.find("#currency-mix-chart rect.segment[data-period='" + period + "'][data-currency='"
                + currency + "']");
    }

    private static String share(Chromium browser, String period, String currency) {
        return browser.attribute(segment(browser, period, currency), "data-share");
    }

    // what else a morning's dashboard shows: a register with deadlines, screenings and alerts, fresh list versions
    private static long seedPage() {
        long blocked = Seed.trade(Seed.Trade.of("INV-2026-1187", LocalDate.of(2026, 11, 19), "1250000", "RUB", "VE-RU")
                .rail("MIR").status("BLOCKED", LocalDate.of(2026, 12, 7), Instant.parse("2026-11-20T15:30:00Z")));
        Seed.trade(Seed.Trade.of("INV-2026-1102", LocalDate.of(2026, 11, 2), "84000", "USD", "VE-RU")
                .status("REJECTED", LocalDate.of(2026, 11, 16), Instant.parse("2026-11-02T09:12:00Z")));
        long held = Seed.trade(Seed.Trade.of("INV-2026-1203", LocalDate.of(2026, 11, 24), "310000", "VES", "VE-RU")
                .rail("CIPS").status("HELD", null, Instant.parse("2026-11-24T10:05:00Z")));
        for (String[] t : new String[][] {{"CN-RU", "CNY", "CIPS"}, {"IN-RU", "USD", "SWIFT"}, {"AE-IR", "USD", "SWIFT"},
                {"TR-RU", "EUR", "SWIFT"}}) {
            for (int m = 8; m <= 10; m++) {
                Seed.trade(Seed.Trade.of("PG-" + t[0] + "-" + m, LocalDate.of(2026, m, m == 9 ? 14 : m + 2), "40000", t[1],
                        t[0]).rail(t[2]));
            }
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        for (int d = 1; d <= 20; d++) {
            for (int i = 0; i < 3 + (d * 7) % 9; i++) {
                Seed.screening(now.minus(Duration.ofDays(d)).plus(Duration.ofMinutes(i)), i % 4 == 0 ? 1 : 0);
            }
        }
        long sdn = Seed.listVersion("ofac-sdn", now.minus(Duration.ofDays(2)), 17844, 12, 3, 41);
        Seed.listVersion("un", now.minus(Duration.ofDays(9)), 1001, 0, 1, 4);
        long entity = Seed.listedEntity("ofac-sdn", "51243", sdn, "ADDED", Seed.sha256("51243"),
                List.of("RUSSIA-EO14024"));
        long alert = Seed.alert(held, entity, Seed.sha256("51243"), "AWAITING_SECOND_REVIEW",
                now.minus(Duration.ofHours(30)));
        Seed.alertDecision(alert, "FALSE_POSITIVE", "anna", "analyst", now.minus(Duration.ofHours(20)));
        Seed.alert(blocked, entity, Seed.sha256("51243"), "OPEN", now.minus(Duration.ofHours(5)));
        return blocked;
    }
}
