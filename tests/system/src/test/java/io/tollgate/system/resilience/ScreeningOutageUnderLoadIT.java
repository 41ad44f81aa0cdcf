package io.tollgate.system.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.system.harness.TollgateSystem;
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
 * Screening killed in the middle of a trade load: trades registered meanwhile are acknowledged as PENDING_SCREENING,
 * none is lost or cleared unscreened, and all are decided once screening is back.
 */
@Tag("resilience")
class ScreeningOutageUnderLoadIT {

    @Test
    void shouldKeepEveryTradeAndDecideThemAllWhenScreeningReturns() throws Exception {
        try (TollgateSystem system = TollgateSystem.start()) {
            system.importShared("un", "lists/un/UN_consolidated.xml");
            system.awaitListsServed("un");
            String body = Files.readString(system.root().resolve("tools/demo/trades/07-coffee-cleared.json"))
                    .replace("DEMO-07-COFFEE", "RES-{{unique}}");
            Load load = Load.start(new Load.Call("trade registration", system.tradeUri("/api/v1/trades"),
                    TollgateSystem.token("clara", "trade-clerk"), body, true), 4);
            load.awaitAcknowledged(40, Duration.ofSeconds(120));
            system.screening().kill();
            int beforeKill = load.acknowledged.size();
            load.awaitAcknowledged(beforeKill + 40, Duration.ofSeconds(120));
            load.stop();
            system.screening().start().awaitReady(Duration.ofSeconds(180));
            System.out.println("resilience: screening killed (SIGKILL) after " + beforeKill + " acknowledged trades, "
                    + "restarted after " + load.acknowledged.size() + "; " + load.summary());

            Set<String> acknowledged = new HashSet<>(load.acknowledged);
            long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            int pending;
            Set<String> stored;
            do {
                stored = new HashSet<>();
                pending = 0;
                try (Connection c = system.tradeDatabase(); Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT trade_id, status FROM report_trade_v")) {
                    while (rs.next()) {
                        stored.add(rs.getString(1));
                        pending += "PENDING_SCREENING".equals(rs.getString(2)) ? 1 : 0;
                    }
                }
                if (pending == 0) {
                    break;
                }
                Load.pause(500);
            } while (System.nanoTime() < deadline);
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(stored);
            System.out.printf("resilience: %d trades acknowledged, %d stored, lost %d, still pending %d%n",
                    acknowledged.size(), stored.size(), lost.size(), pending);
            assertTrue(load.outcomes.keySet().stream().noneMatch(o -> o.startsWith("HTTP 5")),
                    "registration answers a 2xx while screening is down: " + load.summary());
            assertEquals(Set.of(), lost, "acknowledged trades missing from the store");
            assertEquals(0, pending, "trades still PENDING_SCREENING after screening returned");
            assertTrue(acknowledged.size() >= 80, load.summary());
            // never cleared unscreened: every CLEARED trade has a CLEARED decision naming the list versions it used
            try (Connection c = system.tradeDatabase(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM report_trade_v t WHERE t.status = 'CLEARED' "
                         + "AND NOT EXISTS (SELECT 1 FROM report_decision_v d WHERE d.trade_id = t.trade_id "
                         + "AND d.status = 'CLEARED' AND d.list_versions IS NOT NULL AND d.list_versions <> '{}')")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "trades CLEARED without a screened decision");
            }
        }
    }
}
