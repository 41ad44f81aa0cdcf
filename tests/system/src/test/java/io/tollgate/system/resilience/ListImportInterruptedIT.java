package io.tollgate.system.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.tollgate.system.harness.TollgateSystem;
import io.tollgate.testsupport.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A list import interrupted by killing the screening process (SIGKILL) in the middle of the file, and again just after
 * the upload while it is parsed and stored: after a restart the earlier version still serves, no partial version is
 * left behind, and the next import of the same file succeeds.
 */
@Tag("resilience")
class ListImportInterruptedIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String OLD = "lists/ofac/2024-04-26/sdn.csv";
    private static final String NEW = "lists/ofac/2024-05-03/sdn.csv";

    @Test
    void shouldKeepServingTheEarlierVersionAndImportAgainAfterACrash() throws Exception {
        try (TollgateSystem system = TollgateSystem.start()) {
            long first = system.importShared("ofac-sdn", OLD);
            system.awaitListsServed("ofac-sdn");
            int oldEntities = currentVersion(system).getInt("currentVersion.entities.total");

            // 1: killed while the file is still arriving (sent at about 1 MB/s)
            CompletableFuture<Integer> slow = upload(system, SharedData.file(NEW), 1_000_000);
            Load.pause(1500);
            system.screening().kill();
            System.out.println("resilience: screening killed 1.5 s into a throttled upload of " + NEW
                    + "; the upload got " + describe(slow));
            restartAndCheck(system, first, oldEntities);

            // 2: killed just after the upload, while the file is parsed and stored
            CompletableFuture<Integer> fast = upload(system, SharedData.file(NEW), Long.MAX_VALUE);
            Load.pause(400);
            system.screening().kill();
            String outcome = describe(fast);
            System.out.println("resilience: screening killed 0.4 s after a full-speed upload; the upload got " + outcome);
            JsonPath after = restartAndCheck(system, null, oldEntities);
            long current = after.getLong("currentVersion.id");

            // the next import succeeds
            long next = current == first ? system.importShared("ofac-sdn", NEW) : current;
            system.awaitListsServed("ofac-sdn");
            JsonPath done = currentVersion(system);
            assertEquals(next, done.getLong("currentVersion.id"));
            assertTrue(done.getInt("currentVersion.entities.total") > oldEntities,
                    "the 2024-05-03 list is served after the retried import: " + done.prettify());
            System.out.println("resilience: list import interrupted twice; earlier version served each time; retried "
                    + "import succeeded (version " + next + ", " + done.getInt("currentVersion.entities.total")
                    + " entities)");
        }
    }

    /**
     * Restarts screening; the current version is the earlier one ({@code expectedVersion}) or, for a kill after the
     * upload, possibly the complete new one, never a partial one; every stored version is complete.
     */
    private static JsonPath restartAndCheck(TollgateSystem system, Long expectedVersion, int oldEntities)
            throws Exception {
        system.screening().start().awaitReady(Duration.ofSeconds(180));
        system.awaitListsServed("ofac-sdn");
        JsonPath now = currentVersion(system);
        long current = now.getLong("currentVersion.id");
        if (expectedVersion != null) {
            assertEquals(expectedVersion.longValue(), current, "the earlier version still serves: " + now.prettify());
            assertEquals(oldEntities, now.getInt("currentVersion.entities.total"));
        }
        // the version the store calls current is whole: as many entities listed for the source as it counts
        try (Connection c = system.screeningDatabase(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT v.id, v.entity_count, (SELECT COUNT(*) FROM listed_entity e "
                     + "WHERE e.source_id = v.source_id AND e.listed) FROM list_version v WHERE v.id = "
                     + "(SELECT MAX(w.id) FROM list_version w WHERE w.source_id = v.source_id)")) {
            while (rs.next()) {
                assertEquals(rs.getInt(2), rs.getInt(3), "version " + rs.getLong(1) + " is complete");
            }
        }
        return now;
    }

    private static JsonPath currentVersion(TollgateSystem system) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(system.screening().baseUri().resolve("/api/v1/lists"))
                .header("Authorization", "Bearer " + TollgateSystem.token("aud", "auditor")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        for (com.fasterxml.jackson.databind.JsonNode source : new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(r.body())) {
            if ("ofac-sdn".equals(source.path("source").asText())) {
                return JsonPath.from(source.toString());
            }
        }
        throw new AssertionError("no ofac-sdn in GET /lists: " + r.body());
    }

    /** Uploads the file as a list-admin at about {@code bytesPerSecond}; completes with the status, or -1 if cut off. */
    private static CompletableFuture<Integer> upload(TollgateSystem system, Path file, long bytesPerSecond) {
        HttpRequest request = HttpRequest.newBuilder(system.screening().baseUri().resolve("/api/v1/lists/ofac-sdn/imports"))
                .header("Authorization", "Bearer " + TollgateSystem.token("lena", "list-admin"))
                .header("Content-Type", "text/csv").timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> throttled(file, bytesPerSecond))).build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((r, e) -> e == null ? r.statusCode() : -1);
    }

    private static InputStream throttled(Path file, long bytesPerSecond) {
        try {
            InputStream in = Files.newInputStream(file);
            if (bytesPerSecond == Long.MAX_VALUE) {
                return in;
            }
            return new InputStream() {
                private final long started = System.nanoTime();
                private long sent;

                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    long allowed = (System.nanoTime() - started) * bytesPerSecond / 1_000_000_000L - sent;
                    if (allowed <= 0) {
                        Load.pause(20);
                        allowed = 8192;
                    }
                    int n = in.read(b, off, (int) Math.min(len, Math.min(allowed, 65536)));
                    sent += Math.max(0, n);
                    return n;
                }

                @Override
                public void close() throws IOException {
                    in.close();
                }
            };
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String describe(CompletableFuture<Integer> upload) {
        try {
            int status = upload.get(60, java.util.concurrent.TimeUnit.SECONDS);
            return status < 0 ? "no answer (connection cut)" : "HTTP " + status;
        } catch (Exception e) {
            return "no answer (" + e.getClass().getSimpleName() + ")";
        }
    }
}
