package io.tollgate.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.system.harness.TollgateSystem;
import io.tollgate.testsupport.Chromium;
import io.tollgate.testsupport.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The screening workbench in a real headless Chromium against the packaged screening service: a screener signs in by
 * pasting a token, searches "Serguei Lavrof" and sees OFAC SDN 35233 with its explanation; a list administrator
 * uploads a truncated list file and sees why it was refused while the previous version stays current. A screenshot of
 * each step is written under {@code target/screenshots/workbench/}.
 */
class ScreeningWorkbenchBrowserIT {

    private static final Path SHOTS = Path.of("target/screenshots/workbench");

    private static TollgateSystem system;
    private static String base;

    @BeforeAll
    static void start() {
        system = TollgateSystem.start();
        system.importShared("ofac-sdn", "lists/ofac/2024-05-03/sdn.csv");
        system.awaitListsServed("ofac-sdn");
        // localhost: a browser keeps the Secure session cookie on plain HTTP there
        base = "http://localhost:" + system.screening().port();
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void shouldLetAScreenerFindLavrovAndAListAdminSeeWhyATruncatedFileIsRefused() throws Exception {
        Path profile = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "chromium-profile-");
        try (Chromium browser = Chromium.start(profile, 1440, 1400)) {
            browser.open(base + "/");
            assertEquals(base + "/login", browser.currentUrlOnceAt(base + "/login"));
            browser.screenshot(SHOTS.resolve("01-sign-in.png"));
            signIn(browser, TollgateSystem.token("sam", "screener"));
            browser.screenshot(SHOTS.resolve("02-search-form.png"));

            browser.type(browser.find("#name"), "Serguei Lavrof");
            browser.click(browser.find("#search"));
            String hit = awaitElement(browser, "#hits tr[data-entity]");
            assertTrue(browser.text(hit).contains("ofac-sdn 35233"), browser.text(hit));
            assertTrue(browser.findAll("#hits tr[data-entity]:first-child .bar").size() >= 2,
                    "the best hit's explanation is drawn as one bar per component");
            assertTrue(browser.dom().indexOf("ofac-sdn 35233") < browser.dom().lastIndexOf("class=\"bar\""));
            browser.screenshot(SHOTS.resolve("03-results.png"));

            browser.click(browser.find("#hits tr[data-entity]:first-child a"));
            String name = awaitElement(browser, "#entity-name");
            assertTrue(browser.text(name).toUpperCase().contains("LAVROV"), browser.text(name));
            browser.screenshot(SHOTS.resolve("04-entity.png"));

            browser.click(browser.find("#sign-out"));
            assertEquals(base + "/login", browser.currentUrlOnceAt(base + "/login"));
            signIn(browser, TollgateSystem.token("lena", "list-admin"));
            browser.open(base + "/lists");
            String version = browser.text(browser.find("#sources tr[data-source='ofac-sdn'] td.version"));
            browser.screenshot(SHOTS.resolve("05-lists.png"));

            byte[] full = Files.readAllBytes(SharedData.file("lists/ofac/2024-05-03/sdn.csv"));
            Path truncated = Files.write(Path.of("target/sdn-truncated.csv").toAbsolutePath(),
                    Arrays.copyOf(full, full.length / 2 + 17));
            browser.click(browser.find("#upload-source option[value='ofac-sdn']"));
            browser.type(browser.find("#upload-file"), truncated.toString());
            browser.click(browser.find("#upload"));
            String refused = awaitElement(browser, "#upload-refused");
            assertTrue(browser.text(refused).contains("truncated"), browser.text(refused));
            assertTrue(browser.text(refused).contains("current version stays in force"), browser.text(refused));
            assertEquals(version, browser.text(browser.find("#sources tr[data-source='ofac-sdn'] td.version")),
                    "the previous version is still current");
            browser.screenshot(SHOTS.resolve("06-upload-refused.png"));
        }
    }

    private static void signIn(Chromium browser, String token) throws InterruptedException {
        browser.type(browser.find("#token"), token);
        browser.click(browser.find("#sign-in"));
        assertEquals(base + "/", browser.currentUrlOnceAt(base + "/"));
    }

    private static String awaitElement(Chromium browser, String css) {
        return await(css).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .ignoreExceptions().until(() -> browser.find(css), e -> e != null && !e.isBlank());
    }
}
