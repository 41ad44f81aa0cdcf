package io.tollgate.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.system.harness.TollgateSystem;
import io.tollgate.testsupport.BenchmarkRecorder;
import io.tollgate.testsupport.SharedData;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Re-screening throughput: 100,000 registered parties (25,000 CLEARED trades of four parties: two people from the
 * evaluation negatives, two companies named after them, and 50 companies OFAC added on 2024-05-01/03 among them),
 * OFAC SDN 2024-04-26 loaded, then the 2024-05-03 file imported; measures the re-screening pass trade registration runs
 * after following the change feed, and the time from the import's start until every touched trade is decided again.
 */
@Tag("benchmark")
class RescreeningBenchmarkIT {

    private static final int TRADES = 25_000;
    private static final int LISTED = 50;

    @Test
    void shouldRescreen100000PartiesAfterTheOfacUpdate() throws Exception {
        try (TollgateSystem system = TollgateSystem.start(TollgateSystem.Options.defaults()
                .withJvm(List.of("-Xmx2g"), List.of("-Xmx1g")))) {
            system.importShared("ofac-sdn", "lists/ofac/2024-04-26/sdn.csv");
            system.awaitListsServed("ofac-sdn");
            long first = awaitCursorBeyond(system, 0, Duration.ofSeconds(120));
            List<String> added = addedBetween("lists/ofac/2024-04-26/sdn.csv", "lists/ofac/2024-05-03/sdn.csv");
            int parties = insertTrades(system, added.subList(0, LISTED));

            Instant start = Instant.now();
            system.importShared("ofac-sdn", "lists/ofac/2024-05-03/sdn.csv");
            long after = awaitCursorBeyond(system, first, Duration.ofMinutes(15));
            Duration wall = Duration.between(start, Instant.now());
            String summary = summary(system);
            Matcher m = Pattern.compile("(\\d+) distinct subjects \\((\\d+) parties, (\\d+) owners\\) screened, (\\d+) "
                    + "trades decided again, (\\d+) changed status, in (\\d+) ms").matcher(summary);
            assertTrue(m.find(), summary);
            int subjects = Integer.parseInt(m.group(1));
            int screenedParties = Integer.parseInt(m.group(2));
            int touched = Integer.parseInt(m.group(4));
            double seconds = Long.parseLong(m.group(6)) / 1000.0;
            assertTrue(screenedParties >= parties, summary);
            BenchmarkRecorder.record("rescreen-ofac-0426-0503", "registered parties re-screened", screenedParties,
                    "parties", "100,000");
            BenchmarkRecorder.record("rescreen-ofac-0426-0503", "distinct subjects screened", subjects, "subjects", "");
            BenchmarkRecorder.record("rescreen-ofac-0426-0503", "re-screening pass (feed to cursor moved)", seconds,
                    "s", "");
            BenchmarkRecorder.record("rescreen-ofac-0426-0503", "re-screening throughput", screenedParties / seconds,
                    "parties/s", "");
            BenchmarkRecorder.record("rescreen-ofac-0426-0503", "trades touched and decided again", touched, "trades",
                    ">= " + LISTED);
            BenchmarkRecorder.record("rescreen-ofac-0426-0503", "import start to every touched trade decided",
                    wall.toMillis() / 1000.0, "s", "");
            System.out.println("cursor " + first + " -> " + after + ": " + summary);
            assertTrue(touched >= LISTED, "every trade with a newly listed company is decided again: " + summary);
        }
    }

    /** Inserts the trades straight into the trade schema (registering 25,000 trades over HTTP is another benchmark). */
    private static int insertTrades(TollgateSystem system, List<String> listedNames) throws Exception {
        List<String[]> people = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(SharedData.file("eval/negatives-global.csv"),
                StandardCharsets.UTF_8)) {
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                people.add(line.split(",", -1));
            }
        }
        Timestamp now = Timestamp.from(Instant.now());
        int parties = 0;
        try (Connection c = system.tradeDatabase()) {
            c.setAutoCommit(false);
            try (PreparedStatement t = c.prepareStatement("INSERT INTO trade (id, reference, trade_date, amount, "
                    + "currency, payment_rail, origin_country, destination_country, corridor, status, registered_by, "
                    + "registered_at, decided_at) VALUES (?, ?, '2026-11-20', 50000, 'EUR', 'SWIFT', 'DE', 'VE', "
                    + "'DE-VE', 'CLEARED', 'bench', ?, ?)");
                 PreparedStatement p = c.prepareStatement("INSERT INTO trade_party (trade_id, seq, role, name, "
                         + "party_type, country, birth_date) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < TRADES; i++) {
                    long id = 1_000_000L + i;
                    t.setLong(1, id);
                    t.setString(2, "BENCH-RESCREEN-" + i);
                    t.setTimestamp(3, now);
                    t.setTimestamp(4, now);
                    t.addBatch();
                    String[] a = people.get(i % people.size());
                    String[] b = people.get((i + TRADES) % people.size());
                    String company = i < listedNames.size() ? listedNames.get(i)
                            : a[3] + " " + a[1] + " Trading LLC";
                    party(p, id, 0, "BUYER", a[0], "person", null, a[5]);
                    party(p, id, 1, "SELLER", b[0], "person", null, b[5]);
                    party(p, id, 2, "SHIPPER", company, "organization", "RU", null);
                    party(p, id, 3, "BUYER_BANK", "Banco " + b[3] + " " + b[1], "organization", "VE", null);
                    parties += 4;
                    if (i % 1000 == 999) {
                        t.executeBatch();
                        p.executeBatch();
                    }
                }
                t.executeBatch();
                p.executeBatch();
            }
            c.commit();
        }
        return parties;
    }

    private static void party(PreparedStatement p, long tradeId, int seq, String role, String name, String type,
                              String country, String birth) throws Exception {
        p.setLong(1, tradeId);
        p.setInt(2, seq);
        p.setString(3, role);
        p.setString(4, name);
        p.setString(5, type);
        p.setString(6, country);
        p.setString(7, birth != null && birth.matches("\\d{4}-\\d{2}-\\d{2}") ? birth : null);
        p.addBatch();
    }

    /** Names of the SDN entries in the later file whose entry number the earlier one lacks, organisations first. */
    private static List<String> addedBetween(String before, String after) throws Exception {
        Set<String> old = new HashSet<>();
        for (String line : Files.readAllLines(SharedData.file(before), StandardCharsets.ISO_8859_1)) {
            old.add(line.split(",", 2)[0]);
        }
        List<String> organisations = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String line : Files.readAllLines(SharedData.file(after), StandardCharsets.ISO_8859_1)) {
            String[] f = line.split(",", 4);
            if (f.length < 3 || old.contains(f[0])) {
                continue;
            }
            String name = f[1].replace("\"", "");
            (f[2].startsWith("-0-") ? organisations : others).add(name);
        }
        organisations.addAll(others);
        return organisations;
    }

    private static long awaitCursorBeyond(TollgateSystem system, long position, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            long followed = system.listFeedPosition();
            if (followed > position) {
                return followed;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the re-screening cursor did not move past " + position + "; log:\n"
                + system.trade().logTail(40));
    }

    private static String summary(TollgateSystem system) throws Exception {
        try (Connection c = system.tradeDatabase(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT last_summary FROM list_feed_cursor")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
