package io.tollgate.reporting.rest.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.tollgate.reporting.Fixtures;
import io.tollgate.reporting.Seed;
import io.tollgate.testsupport.Chromium;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dashboard after the demonstration's data (what {@code make demo} loads): the rate files of
 * {@code tools/demo/rates/} imported through the API, and the trades {@code tools/demo/DemoHistory.java} generates,
 * stored as trade-registration stores them. Headless Chromium checks that the currency chart has a series per
 * currency, that the dollar's fall is said in one sentence, and that the rail mix and the corridors are drawn; the
 * screenshots are kept under {@code target/screenshots/}.
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
class DemoDashboardBrowserTest {

    private static final Path REPO = Path.of("").toAbsolutePath().getParent().getParent();
    private static final String DEMO = "/?from=2021-12-01&to=2023-11-30";

    @TestHTTPResource("/")
    URL root;

    @Test
    void shouldTellTheShiftAwayFromTheDollarWithASeriesPerCurrency() throws Exception {
        try (Stream<Path> files = Files.list(REPO.resolve("tools/demo/rates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                Fixtures.rates(Files.readAllBytes(f), "text/csv");
            }
        }
        Seed.trades(demoTrades());
        String base = root.toString().replaceAll("/$", "");
        Path profile = Files.createTempDirectory(Path.of("target"), "chromium-profile-");
        try (Chromium browser = Chromium.start(profile, 1440, 4200)) {
            browser.open(base + "/login");
            browser.type(browser.find("#token"), Fixtures.AUDITOR);
            browser.click(browser.find("#sign-in"));
            browser.currentUrlOnceAt(base + "/");
            browser.open(base + DEMO);
            browser.screenshot(Path.of("target/screenshots/dashboard-demo.png"));
            Files.writeString(Path.of("target/screenshots/dashboard-demo.html"), browser.dom());

            Matcher summary = Pattern.compile("USD share of trade value, all corridors: (\\d+) % → (\\d+) % from "
                    + "2021-12 to 2023-11").matcher(browser.text(browser.find("#summary")));
            assertTrue(summary.matches(), browser.text(browser.find("#summary")));
            assertTrue(Integer.parseInt(summary.group(1)) > 2 * Integer.parseInt(summary.group(2)),
                    "the dollar's share at least halves: " + summary.group());

            Set<String> series = new TreeSet<>();
            for (String g : browser.findAll("#currency-mix-chart g.series")) {
                series.add(browser.attribute(g, "data-currency"));
            }
            assertEquals(Set.of("AED", "CNY", "EUR", "INR", "RUB", "TRY", "USD", "VES"), series);
            for (String currency : series) {
                assertTrue(browser.findAll("#currency-mix-chart g.series[data-currency='" + currency
                        + "'] rect.segment").size() >= 10, currency + " is drawn over the months");
            }
            assertEquals(24, browser.findAll("#currency-mix-chart g.series[data-currency='USD'] rect.segment").size());
            // the generated bolivar series is said to be generated
            assertTrue(browser.text(browser.find("#rate-sources .generated")).startsWith("VES→USD GENERATED-DEMO"),
                    browser.text(browser.find("#rate-sources")));
            assertTrue(browser.text(browser.find("#rate-sources")).contains("RUB→USD CBR"));

            Set<String> rails = new TreeSet<>();
            for (String g : browser.findAll("#rail-mix-chart g.series")) {
                rails.add(browser.attribute(g, "data-rail"));
            }
            assertEquals(Set.of("CENTRAL_BANK", "CIPS", "MIR", "SPFS", "SWIFT"), rails);
            assertEquals(7, browser.findAll("#corridors figure.multiple").size());
            assertTrue(browser.text(browser.find("#corridors figure.multiple[data-corridor='VE-RU']"))
                    .contains("USD "), "each corridor says its own change");
        }
    }

    // the bodies DemoHistory.java emits, stored as trade-registration would store them once cleared
    private static List<Seed.Trade> demoTrades() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, REPO.resolve("tools/demo/DemoHistory.java").toString(), "emit")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<Seed.Trade> trades = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        Instant registered = Instant.now().minusSeconds(5);
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()))) {
            String line;
            while ((line = lines.readLine()) != null) {
                JsonNode t = json.readTree(line);
                trades.add(Seed.Trade.of(t.path("reference").asText(), LocalDate.parse(t.path("tradeDate").asText()),
                        t.path("amount").asText(), t.path("currency").asText(), t.path("origin").path("country")
                                .asText() + "-" + t.path("destination").path("country").asText())
                        .rail(t.path("paymentRail").asText()).registeredAt(registered));
            }
        }
        assertTrue(p.waitFor(5, TimeUnit.MINUTES) && p.exitValue() == 0, "DemoHistory.java emit failed");
        assertEquals(3000, trades.size());
        return trades;
    }
}
