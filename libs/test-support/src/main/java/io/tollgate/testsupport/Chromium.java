package io.tollgate.testsupport;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.awaitility.core.ConditionTimeoutException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A real headless Chromium driven over the W3C WebDriver protocol by Debian's chromedriver, with nothing but the JDK's
 * HTTP client. Installs the Debian packages {@code chromium} and {@code chromium-driver} when they are missing
 * (CI runs as root). Flags: headless, no sandbox (root), no GPU, no QUIC, no background networking, component
 * updates or sync, and a fresh profile directory.
 */
public final class Chromium implements AutoCloseable {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process driver;
    private final String base;
    private final String session;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Chromium(Process driver, String base, String session) {
        this.driver = driver;
        this.base = base;
        this.session = session;
    }

    /** Installs Chromium if needed, starts chromedriver on a free port and opens a browser session. */
    public static Chromium start(Path profile, int width, int height) throws Exception {
        ensureInstalled();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process driver = new ProcessBuilder(DRIVER.toString(), "--port=" + port)
                .redirectErrorStream(true).redirectOutput(Path.of("target/chromedriver.log").toFile()).start();
        String base = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newHttpClient();
        try {
            // an IOException: chromedriver is still starting
            await("chromedriver ready").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .ignoreException(IOException.class).until(() -> {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/status"))
                                .build(), HttpResponse.BodyHandlers.ofString());
                        return r.statusCode() == 200
                                && JSON.readTree(r.body()).path("value").path("ready").asBoolean();
                    });
        } catch (ConditionTimeoutException e) {
            driver.destroy();
            throw new IllegalStateException("chromedriver did not start; see target/chromedriver.log", e);
        }
        List<String> args = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=" + width + "," + height);
        Map<String, Object> caps = Map.of("capabilities", Map.of("alwaysMatch", Map.of("browserName", "chrome",
                "goog:chromeOptions", Map.of("binary", BROWSER.toString(), "args", args))));
        try {
            JsonNode created = call(http, "POST", base + "/session", caps);
            return new Chromium(driver, base, created.path("value").path("sessionId").asText());
        } catch (RuntimeException e) {
            driver.destroy();
            throw e;
        }
    }

    public void open(String url) {
        call("POST", "/url", Map.of("url", url));
    }

    public String currentUrl() {
        return call("GET", "/url", null).path("value").asText();
    }

    /**
     * The current URL once it is {@code expected}, or whatever it is after five seconds: a click that submits a form
     * returns before the browser has followed the answer's redirect when the machine is busy.
     */
    public String currentUrlOnceAt(String expected) throws InterruptedException {
        try {
            return await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                    .until(this::currentUrl, expected::equals);
        } catch (ConditionTimeoutException e) {
            return currentUrl(); // the caller's assertion says what it was instead
        }
    }

    /** The DOM as the browser rendered it (what {@code chromium --dump-dom} prints). */
    public String dom() {
        return call("GET", "/source", null).path("value").asText();
    }

    /** The first element matching a CSS selector. */
    public String find(String css) {
        JsonNode v = call("POST", "/element", Map.of("using", "css selector", "value", css)).path("value");
        if (!v.has(ELEMENT)) {
            throw new AssertionError("no element " + css + " on " + currentUrl());
        }
        return v.path(ELEMENT).asText();
    }

    /** Every element matching a CSS selector. */
    public List<String> findAll(String css) {
        List<String> ids = new ArrayList<>();
        call("POST", "/elements", Map.of("using", "css selector", "value", css)).path("value")
                .forEach(e -> ids.add(e.path(ELEMENT).asText()));
        return ids;
    }

    public String attribute(String element, String name) {
        return call("GET", "/element/" + element + "/attribute/" + name, null).path("value").asText(null);
    }

    public String text(String element) {
        return call("GET", "/element/" + element + "/text", null).path("value").asText();
    }

    public void type(String element, String text) {
        call("POST", "/element/" + element + "/value", Map.of("text", text));
    }

    public void click(String element) {
        call("POST", "/element/" + element + "/click", Map.of());
    }

    /** A cookie the browser holds for the current page's site. */
    public JsonNode cookie(String name) {
        return call("GET", "/cookie/" + name, null).path("value");
    }

    /** Saves a PNG of the window. */
    public void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(call("GET", "/screenshot", null).path("value").asText()));
    }

    @Override
    public void close() {
        try {
            call("DELETE", "", null);
        } catch (RuntimeException ignored) {
            // the browser is going away anyway
        } finally {
            driver.destroy();
            try {
                driver.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private JsonNode call(String method, String path, Object body) {
        return call(http, method, base + "/session/" + session + path, body);
    }

    private static JsonNode call(HttpClient http, String method, String url, Object body) {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").method(method, publisher).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode json = JSON.readTree(r.body());
            if (r.statusCode() >= 400) {
                throw new IllegalStateException("WebDriver " + method + " " + url + " failed: " + r.body());
            }
            return json;
        } catch (IOException e) {
            throw new IllegalStateException("WebDriver " + method + " " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // CI runs as root on Debian: the test setup installs the browser it needs
    private static synchronized void ensureInstalled() throws IOException, InterruptedException {
        if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
            return;
        }
        if (apt("install", "-y", "-q", "chromium", "chromium-driver") != 0) {
            apt("update", "-q");
            apt("install", "-y", "-q", "chromium", "chromium-driver");
        }
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("Chromium is needed for the dashboard test: apt-get install -y chromium "
                    + "chromium-driver (as root) did not provide " + BROWSER + " and " + DRIVER
                    + "; see target/apt-chromium.log");
        }
    }

    private static int apt(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("apt-get"));
        cmd.addAll(List.of(args));
        Files.createDirectories(Path.of("target"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target/apt-chromium.log").toFile()));
        pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
        return pb.start().waitFor();
    }
}
