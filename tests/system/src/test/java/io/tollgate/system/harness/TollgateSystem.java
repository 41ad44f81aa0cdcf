package io.tollgate.system.harness;

import io.tollgate.client.Clients;
import io.tollgate.client.StrictJson;
import io.tollgate.client.screening.ApiException;
import io.tollgate.client.screening.api.ScreeningsApi;
import io.tollgate.client.screening.model.ScreeningRequest;
import io.tollgate.client.screening.model.ScreeningResponse;
import io.tollgate.client.screening.model.Version;

import io.tollgate.testsupport.DevTokens;
import io.tollgate.testsupport.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The screening and trade-registration services running as processes against fresh schemas on the local MySQL/MariaDB
 * ({@code TOLLGATE_DB_*}), trusting the dev-only key, trade registration pointed at this screening service and given a
 * dev service token; background jobs poll every second so tests need not wait long. Start once per test class, close
 * at the end (stops both, drops the schemas unless {@code TOLLGATE_KEEP_TEST_DB} is set). Either service can be
 * stopped, killed and started again (same port, same schema) to test what happens meanwhile.
 */
public final class TollgateSystem implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration READY = Duration.ofSeconds(180);

    private final Path root;
    private final String screeningSchema;
    private final String tradeSchema;
    private final ServiceProcess screening;
    private final ServiceProcess trade;
    private final String reportingSchema;
    private final ServiceProcess reporting;
    private final String dbHost;
    private final String dbPort;

    /** Options: extra environment per service (e.g. shorter back-off), JVM arguments. */
    public record Options(Map<String, String> screeningEnv, Map<String, String> tradeEnv, List<String> screeningJvm,
                          List<String> tradeJvm, Integer databasePort) {

        /** Defaults for functional tests: small heaps, jobs every second. */
        public static Options defaults() {
            return new Options(Map.of(), Map.of(), List.of("-Xmx1g", "-XX:+UseSerialGC"),
                    List.of("-Xmx512m", "-XX:+UseSerialGC"), null);
        }

        public Options withTradeEnv(Map<String, String> env) {
            Map<String, String> merged = new HashMap<>(tradeEnv);
            merged.putAll(env);
            return new Options(screeningEnv, merged, screeningJvm, tradeJvm, databasePort);
        }

        public Options withJvm(List<String> screening, List<String> trade) {
            return new Options(screeningEnv, tradeEnv, screening, trade, databasePort);
        }

        /** Both services on a private database server on this port of 127.0.0.1 (see {@link DatabaseProcess}). */
        public Options withDatabase(DatabaseProcess database) {
            return new Options(screeningEnv, tradeEnv, screeningJvm, tradeJvm, database.port());
        }
    }

    private TollgateSystem(Options options) {
        root = projectRoot();
        String suffix = Long.toString(System.currentTimeMillis(), 36)
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36);
        screeningSchema = "t_sys_screening_" + suffix;
        tradeSchema = "t_sys_trade_" + suffix;
        reportingSchema = "t_sys_reporting_" + suffix;
        Path logs = root.resolve("tests/system/target/system-logs/" + suffix);
        int screeningPort = ServiceProcess.freePort();
        int tradePort = ServiceProcess.freePort();
        int reportingPort = ServiceProcess.freePort();

        Map<String, String> common = new HashMap<>();
        common.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", root.resolve("dev-only-keys/publicKey.pem").toString());
        dbHost = options.databasePort() == null ? Db.host() : "127.0.0.1";
        dbPort = options.databasePort() == null ? Db.port() : String.valueOf(options.databasePort());
        common.put("TOLLGATE_DB_HOST", dbHost);
        common.put("TOLLGATE_DB_PORT", dbPort);
        common.put("TOLLGATE_DB_USER", Db.user());
        common.put("TOLLGATE_DB_PASSWORD", Db.password());

        Map<String, String> s = new HashMap<>(common);
        s.put("TOLLGATE_SCREENING_SCHEMA", screeningSchema);
        s.put("TOLLGATE_SCREENING_PORT", String.valueOf(screeningPort));
        s.put("TOLLGATE_REFRESH_ENABLED", "false");
        s.putAll(options.screeningEnv());
        screening = new ServiceProcess("screening",
                root.resolve("services/screening/target/quarkus-app/quarkus-run.jar"), screeningPort, s,
                options.screeningJvm(), logs.resolve("screening.log"));

        Map<String, String> t = new HashMap<>(common);
        t.put("TOLLGATE_TRADE_SCHEMA", tradeSchema);
        t.put("TOLLGATE_TRADE_PORT", String.valueOf(tradePort));
        t.put("TOLLGATE_SCREENING_URL", "http://127.0.0.1:" + screeningPort);
        t.put("TOLLGATE_TRADE_SERVICE_TOKEN", DevTokens.token("trade-registration", List.of("service"), 24 * 3600));
        t.put("TOLLGATE_RESCREEN_EVERY", "1s");
        t.put("TRADE_SCREENING_RETRY_POLL_EVERY", "1s");
        t.put("TRADE_SCREENING_RETRY_INITIAL_DELAY", "1s");
        t.put("TRADE_SCREENING_RETRY_MAX_DELAY", "4s");
        t.putAll(options.tradeEnv());
        trade = new ServiceProcess("trade-registration",
                root.resolve("services/trade-registration/target/quarkus-app/quarkus-run.jar"), tradePort, t,
                options.tradeJvm(), logs.resolve("trade-registration.log"));

        // reporting reads the two schemas above through their published views; started only by tests that report
        Map<String, String> r = new HashMap<>(common);
        r.put("TOLLGATE_REPORTING_SCHEMA", reportingSchema);
        r.put("TOLLGATE_REPORTING_PORT", String.valueOf(reportingPort));
        r.put("TOLLGATE_TRADE_SCHEMA", tradeSchema);
        r.put("TOLLGATE_SCREENING_SCHEMA", screeningSchema);
        reporting = new ServiceProcess("reporting",
                root.resolve("services/reporting/target/quarkus-app/quarkus-run.jar"), reportingPort, r,
                List.of("-Xmx512m", "-XX:+UseSerialGC"), logs.resolve("reporting.log"));
    }

    /** Starts both services (in parallel) and waits until both are ready. */
    public static TollgateSystem start() {
        return start(Options.defaults());
    }

    public static TollgateSystem start(Options options) {
        TollgateSystem system = new TollgateSystem(options);
        try {
            system.screening.start();
            system.trade.start();
            system.screening.awaitReady(READY);
            system.trade.awaitReady(READY);
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    public ServiceProcess screening() {
        return screening;
    }

    public ServiceProcess trade() {
        return trade;
    }

    /** The reporting service, started (and awaited) on first use: most scenarios do not report. */
    public synchronized ServiceProcess reporting() {
        if (!reporting.isRunning()) {
            reporting.start().awaitReady(READY);
        }
        return reporting;
    }

    /** The project root (where {@code mvnw} is). */
    public Path root() {
        return root;
    }

    public String screeningSchema() {
        return screeningSchema;
    }

    public String tradeSchema() {
        return tradeSchema;
    }

    /** A dev-only token for the user with the roles, valid for an hour. */
    public static String token(String user, String... roles) {
        return DevTokens.token(user, roles);
    }

    /**
     * Imports a list file through the screening API as a list-admin; returns the version id. The one call not made
     * with the generated client: openapi-generator's java.net.http client writes a binary (File) request body as JSON
     * (the file's path in quotes), so the file's bytes are posted here; the answer is read into the generated,
     * strictly deserialised Version.
     */
    public long importList(String source, Path file) {
        try {
            HttpRequest request = HttpRequest.newBuilder(screening.baseUri().resolve("/api/v1/lists/" + source
                            + "/imports"))
                    .header("Authorization", "Bearer " + token("system-test-admin", "list-admin"))
                    .header("Content-Type", "application/octet-stream")
                    .timeout(Duration.ofMinutes(2))
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 && r.statusCode() != 201) {
                throw new IllegalStateException("import of " + file + " as " + source + ": HTTP " + r.statusCode()
                        + " " + r.body());
            }
            return StrictJson.strict(io.tollgate.client.screening.ApiClient.createDefaultObjectMapper())
                    .readValue(r.body(), Version.class).getId();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Imports a file of the shared folder (e.g. {@code lists/un/UN_consolidated.xml}). */
    public long importShared(String source, String relative) {
        return importList(source, SharedData.file(relative));
    }

    /**
     * Waits until a screening reports every source among its list versions (imports swap the match index off the
     * request path).
     */
    public void awaitListsServed(String... sources) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        ScreeningsApi screenings = new ScreeningsApi(Clients.screening(screening.baseUri(),
                token("system-test", "screener")));
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                ScreeningResponse r = screenings.screenName(new ScreeningRequest().name("probe"));
                last = String.valueOf(r.getListVersions());
                if (r.getListVersions().keySet().containsAll(List.of(sources))) {
                    return;
                }
            } catch (ApiException e) {
                last = "HTTP " + e.getCode() + " " + e.getResponseBody();
            }
            ServiceProcess.sleep(200);
        }
        throw new IllegalStateException("lists " + List.of(sources) + " not served after 60 s; last answer: " + last);
    }

    /**
     * Waits until trade registration's re-screening has followed the screening service's list change feed to its
     * end (its cursor at the newest change): after an import, so that what a test does next does not meet the
     * re-screening of that import's changes.
     */
    public void awaitListChangesFollowed() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (listFeedPosition() < newestListChange()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the re-screening followed the list changes to " + listFeedPosition()
                        + " of " + newestListChange() + " in 60 s; log:\n" + trade.logTail(40));
            }
            ServiceProcess.sleep(200);
        }
    }

    /** How far trade registration's re-screening has followed the list change feed (its cursor, 0 at first). */
    public long listFeedPosition() {
        return scalar(tradeSchema, "SELECT position FROM list_feed_cursor");
    }

    /** The newest change in the screening service's list change feed (0: none yet). */
    public long newestListChange() {
        return scalar(screeningSchema, "SELECT COALESCE(MAX(id), 0) FROM list_change");
    }

    private long scalar(String schema, String sql) {
        try (Connection c = Db.connect(dbHost, dbPort, schema); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("no row for " + sql + " in " + schema);
            }
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " in " + schema + ": " + e.getMessage(), e);
        }
    }

    /** Runs SQL in the screening schema (checks after faults). */
    public Connection screeningDatabase() throws SQLException {
        return Db.connect(dbHost, dbPort, screeningSchema);
    }

    /** Runs SQL in the trade schema (test set-up, benchmarks). */
    public Connection tradeDatabase() throws SQLException {
        return Db.connect(dbHost, dbPort, tradeSchema);
    }

    @Override
    public void close() {
        reporting.stop();
        trade.stop();
        screening.stop();
        if (System.getenv("TOLLGATE_KEEP_TEST_DB") == null) {
            for (String schema : List.of(reportingSchema, tradeSchema, screeningSchema)) {
                try (Connection c = Db.connect(dbHost, dbPort, ""); Statement st = c.createStatement()) {
                    st.execute("DROP DATABASE IF EXISTS `" + schema + "`");
                } catch (SQLException e) {
                    System.err.println("could not drop " + schema + ": " + e.getMessage());
                }
            }
        }
    }

    private static Path projectRoot() {
        String configured = System.getProperty("tollgate.project.root");
        if (configured != null && Files.isRegularFile(Path.of(configured, "mvnw"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the project root (mvnw) above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** The MySQL server the services use, from {@code TOLLGATE_DB_*} like the services themselves. */
    static final class Db {

        static String host() {
            return env("TOLLGATE_DB_HOST", "127.0.0.1");
        }

        static String port() {
            return env("TOLLGATE_DB_PORT", "3306");
        }

        static String user() {
            return env("TOLLGATE_DB_USER", "root");
        }

        static String password() {
            return env("TOLLGATE_DB_PASSWORD", "");
        }

        static Connection connect(String host, String port, String schema) throws SQLException {
            return DriverManager.getConnection("jdbc:mysql://" + host + ":" + port + "/" + schema
                    + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true",
                    user(), password());
        }

        private static String env(String name, String fallback) {
            String v = System.getenv(name);
            return v == null || v.isBlank() ? fallback : v;
        }
    }

    /** A URI on the trade-registration service. */
    public URI tradeUri(String path) {
        return trade.baseUri().resolve(path);
    }
}
