package io.tollgate.system.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tollgate.system.harness.DatabaseProcess;
import io.tollgate.system.harness.ServiceProcess;
import io.tollgate.system.harness.TollgateSystem;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The database killed (SIGKILL, as a crash) and started again in the middle of a load of trade registrations and
 * screenings: every acknowledged trade and screening is still there afterwards, and both services return to ready
 * by themselves. Runs on a private MariaDB server so the shared one is never touched.
 */
@Tag("resilience")
class DatabaseOutageIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void shouldLoseNothingAcknowledgedAndRecoverByItself() throws Exception {
        assumeTrue(DatabaseProcess.available(), "no MariaDB server binary on this machine");
        TollgateSystem.Options options = TollgateSystem.Options.defaults();
        try (DatabaseProcess db = DatabaseProcess.start(
                java.nio.file.Path.of("target/resilience-db-" + ProcessHandle.current().pid()));
             TollgateSystem system = TollgateSystem.start(options.withDatabase(db))) {
            system.importShared("un", "lists/un/UN_consolidated.xml");
            system.awaitListsServed("un");
            String trade = Files.readString(system.root().resolve("tools/demo/trades/07-coffee-cleared.json"))
                    .replace("DEMO-07-COFFEE", "DB-{{unique}}");
            Load trades = Load.start(new Load.Call("trade registration", system.tradeUri("/api/v1/trades"),
                    TollgateSystem.token("clara", "trade-clerk"), trade, true), 3);
            Load screenings = Load.start(new Load.Call("screening",
                    system.screening().baseUri().resolve("/api/v1/screenings"), TollgateSystem.token("sam", "screener"),
                    "{\"name\": \"Ivan {{unique}} Petrov\", \"type\": \"person\"}", false), 3);
            trades.awaitAcknowledged(30, Duration.ofSeconds(120));
            screenings.awaitAcknowledged(30, Duration.ofSeconds(120));
            db.kill();
            Load.pause(5000);
            db.startServer();
            int atRestart = trades.acknowledged.size() + screenings.acknowledged.size();
            trades.awaitAcknowledged(trades.acknowledged.size() + 30, Duration.ofSeconds(180));
            screenings.awaitAcknowledged(screenings.acknowledged.size() + 30, Duration.ofSeconds(180));
            trades.stop();
            screenings.stop();
            System.out.println("resilience: database killed for 5 s during the load; " + trades.summary() + "; "
                    + screenings.summary());
            assertTrue(trades.acknowledged.size() + screenings.acknowledged.size() > atRestart,
                    "the services took requests again after the database returned");

            for (ServiceProcess service : new ServiceProcess[]{system.screening(), system.trade()}) {
                HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(service.baseUri().resolve("/q/health/ready"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, ready.statusCode(), service.name() + " ready again: " + ready.body());
            }
            Set<String> storedTrades = ids(system.tradeDatabase(), "SELECT trade_id FROM report_trade_v");
            Set<String> storedScreenings = ids(system.screeningDatabase(), "SELECT id FROM screening");
            Set<String> lostTrades = new HashSet<>(trades.acknowledged);
            lostTrades.removeAll(storedTrades);
            Set<String> lostScreenings = new HashSet<>(screenings.acknowledged);
            lostScreenings.removeAll(storedScreenings);
            System.out.printf("resilience: records checked: %d trades, %d screenings; lost %d trades, %d screenings%n",
                    trades.acknowledged.size(), screenings.acknowledged.size(), lostTrades.size(), lostScreenings.size());
            assertEquals(Set.of(), lostTrades, "acknowledged trades lost");
            assertEquals(Set.of(), lostScreenings, "acknowledged screenings lost");
            assertTrue(trades.outcomes.keySet().stream().noneMatch(o -> o.contains("without an id")
                    || o.contains("not problem+json")), trades.summary());
            assertTrue(screenings.outcomes.keySet().stream().noneMatch(o -> o.contains("without an id")
                    || o.contains("not problem+json")), screenings.summary());
        }
    }

    private static Set<String> ids(Connection connection, String sql) throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection c = connection; Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }
}
