package io.tollgate.reporting.bench;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.tollgate.reporting.Fixtures;
import io.tollgate.reporting.ReportingTestSchemas;
import io.tollgate.reporting.Seed;
import io.tollgate.testsupport.BenchmarkRecorder;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Settlement-currency mix and exposure over 1,000,000 generated trades (issue: reporting): time per report over HTTP,
 * JSON, as a compliance officer asks for it; exposure over whole months from the monthly summary (and what building
 * it, refreshing one month, and a range that starts mid-month cost: its whole months from the summary, the part month
 * read from the trades). The trades go into a trade schema built by trade-registration's own
 * changelogs (with its report views and reporting's covering indexes), generated with batched multi-row INSERTs.
 * Run by {@code make bench}; prints and records, asserts nothing about speed.
 */
@QuarkusTest
@Tag("benchmark")
class ReportBenchmark {

    private static final int TRADES = 1_000_000;
    private static final LocalDate FIRST = LocalDate.of(2023, 12, 1);
    private static final int DAYS = 1096;
    private static final String[] CORRIDORS = {"RU-CN", "CN-RU", "RU-IN", "IN-RU", "VE-RU", "RU-VE", "RU-TR",
        "TR-RU", "AE-RU", "RU-AE", "CN-VE", "VE-CN", "IR-RU", "RU-IR", "DE-CN", "CN-DE", "US-MX", "MX-US", "BR-CN",
        "CN-BR", "KZ-RU", "RU-KZ", "BY-RU", "RU-BY"};
    private static final String[] CURRENCIES = {"USD", "CNY", "RUB", "EUR", "INR", "AED", "TRY", "VES"};
    private static final String[] RAILS = {"SWIFT", "CIPS", "SPFS", "MIR", "CRYPTO", "CASH", "OTHER"};
    private static final String[] STATUSES = {"CLEARED", "HELD", "BLOCKED", "REJECTED", "PENDING_SCREENING"};
    private static final int RUNS = 5;

    @Test
    void shouldMeasureCurrencyMixAndExposureOverAMillionTrades() throws Exception {
        long t0 = System.nanoTime();
        generate();
        BenchmarkRecorder.record("reporting", "generate 1,000,000 trades (multi-row INSERT)",
                (System.nanoTime() - t0) / 1e9, "s", null);
        Fixtures.rates(rates());
        explain();

        measure("currency mix, all corridors, 12 months", "settlement-currency-mix?from=2025-12-01&to=2026-11-30");
        measure("currency mix, all corridors, 3 years", "settlement-currency-mix?from=2023-12-01&to=2026-11-30");
        measure("currency mix, VE-RU, 3 years", "settlement-currency-mix?corridor=VE-RU&from=2023-12-01&to=2026-11-30");
        measure("currency mix, HELD, 3 years by quarter",
                "settlement-currency-mix?status=HELD&period=quarter&from=2023-12-01&to=2026-11-30");
        long first = System.nanoTime();
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/reports/exposure?from=2025-12-01&to=2026-11-30").then()
                .statusCode(200);
        BenchmarkRecorder.record("reporting", "exposure, first report: builds the monthly summary (36 months)",
                (System.nanoTime() - first) / 1e6, "ms", null);
        measure("exposure, all corridors, 12 months", "exposure?from=2025-12-01&to=2026-11-30");
        measure("exposure, all corridors, 3 years", "exposure?from=2023-12-01&to=2026-11-30");
        measure("exposure, VE-RU, 3 years", "exposure?corridor=VE-RU&from=2023-12-01&to=2026-11-30");
        measure("exposure, 12 months starting mid-month (the part month from the trades)", "exposure?from=2025-12-02&to=2026-11-30");
        // a trade registered since the last report: the next one refreshes that month first
        try (Connection c = ReportingTestSchemas.root(Seed.tradeDb()); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO trade (reference, trade_date, amount, currency, payment_rail, origin_country,"
                    + " destination_country, corridor, status, registered_by, registered_at, decided_at) VALUES"
                    + " ('BENCH-NEW', '2026-11-02', 1000, 'USD', 'SWIFT', 'VE', 'RU', 'VE-RU', 'CLEARED', 'bench',"
                    + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))");
        }
        long refresh = System.nanoTime();
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/reports/exposure?from=2025-12-01&to=2026-11-30").then()
                .statusCode(200);
        BenchmarkRecorder.record("reporting", "exposure, 12 months, after a new trade (refreshes one month)",
                (System.nanoTime() - refresh) / 1e6, "ms", "<= 1000");
        // an alert released as a false positive since the last report: the next one rebuilds that trade's alerted rows
        try (Connection c = ReportingTestSchemas.root(Seed.tradeDb()); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO alert_decision (alert_id, outcome, reason, decided_by, decided_as, decided_at)"
                    + " SELECT MAX(id), 'FALSE_POSITIVE', 'bench', 'bench', 'analyst', UTC_TIMESTAMP(6) FROM trade_alert");
            s.executeUpdate("UPDATE trade_alert SET status = 'FALSE_POSITIVE' ORDER BY id DESC LIMIT 1");
        }
        long decided = System.nanoTime();
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/reports/exposure?from=2025-12-01&to=2026-11-30").then()
                .statusCode(200);
        BenchmarkRecorder.record("reporting", "exposure, 12 months, after an alert is decided",
                (System.nanoTime() - decided) / 1e6, "ms", "<= 1000");
    }

    private static void measure(String figure, String report) {
        String url = "/api/v1/reports/" + report;
        given().auth().oauth2(Fixtures.AUDITOR).get(url).then().statusCode(200); // warm up
        long[] times = new long[RUNS];
        int rows = 0;
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            rows = given().auth().oauth2(Fixtures.AUDITOR).get(url).then().statusCode(200).extract().path("rowCount");
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        BenchmarkRecorder.record("reporting", figure + " (median of " + RUNS + ", " + rows + " rows)",
                times[RUNS / 2] / 1e6, "ms", "<= 1000");
        BenchmarkRecorder.record("reporting", figure + " (best)", times[0] / 1e6, "ms", null);
    }

    // a million trades over three years: most in a few corridors and currencies, most cleared
    private static void generate() throws Exception {
        Random random = new Random(42);
        // registered in the past, as trade-registration stamps them (trade dates may lie ahead)
        LocalDateTime past = LocalDateTime.now(java.time.ZoneOffset.UTC).minusHours(1);
        try (Connection c = ReportingTestSchemas.root(Seed.tradeDb())) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO trade (reference, trade_date, amount, currency,"
                    + " payment_rail, origin_country, destination_country, corridor, status, report_due_date,"
                    + " registered_by, registered_at, decided_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (int i = 1; i <= TRADES; i++) {
                    LocalDate day = FIRST.plusDays(random.nextInt(DAYS));
                    String corridor = CORRIDORS[skewed(random, CORRIDORS.length)];
                    String status = STATUSES[pick(random, 88, 5, 2, 3, 2)];
                    LocalDateTime registered = min(day.atTime(8 + random.nextInt(10), random.nextInt(60)), past);
                    ps.setString(1, "BENCH-" + i);
                    ps.setObject(2, day);
                    ps.setBigDecimal(3, BigDecimal.valueOf(1000 + random.nextInt(5_000_000), 2));
                    ps.setString(4, CURRENCIES[skewed(random, CURRENCIES.length)]);
                    ps.setString(5, RAILS[skewed(random, RAILS.length)]);
                    ps.setString(6, corridor.substring(0, 2));
                    ps.setString(7, corridor.substring(3));
                    ps.setString(8, corridor);
                    ps.setString(9, status);
                    ps.setObject(10, status.equals("BLOCKED") || status.equals("REJECTED") ? day.plusDays(14) : null);
                    ps.setString(11, "bench");
                    ps.setObject(12, registered);
                    ps.setObject(13, registered.plusMinutes(1));
                    ps.addBatch();
                    if (i % 5_000 == 0) {
                        ps.executeBatch();
                    }
                    if (i % 100_000 == 0) {
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
            try (Statement s = c.createStatement()) {
                // a few thousand alerts on held and blocked trades, for the sanctions-program breakdown
                s.executeUpdate("INSERT INTO trade_alert (trade_id, party_position, subject_name, screening_id,"
                        + " entity_id, source, source_id, primary_name, score, entity_content_hash, explanation, status,"
                        + " created_at) SELECT id, 0, 'party', 'bench', 1 + id % 20, 'ofac-sdn', id % 20, 'listed', 0.9,"
                        + " 'h', 'bench', 'OPEN', registered_at FROM trade WHERE status IN ('HELD', 'BLOCKED')"
                        + " AND id % 5 = 0");
                c.commit();
                s.execute("ANALYZE TABLE trade, trade_alert");
            }
        }
    }

    // the reference rates of every day of the three years, for every currency
    private static String rates() {
        StringBuilder csv = new StringBuilder("Date,USD,CNY,RUB,INR,AED,TRY,VES\n");
        for (int d = 0; d < DAYS; d++) {
            double drift = 1 + d / 20000.0;
            csv.append(FIRST.plusDays(d)).append(String.format(Locale.ROOT, ",%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f%n",
                    1.08 * drift, 7.8 * drift, 98.0 * drift, 90.1 * drift, 3.97 * drift, 35.2 * drift, 39.5 * drift));
        }
        return csv.toString();
    }

    private static void explain() throws Exception {
        try (Connection c = ReportingTestSchemas.root(Seed.tradeDb()); Statement s = c.createStatement()) {
            for (String q : List.of(
                    "SELECT t.trade_date, t.currency, COUNT(*), SUM(t.amount) FROM report_trade_v t WHERE t.trade_date"
                            + " >= '2023-12-01' AND t.trade_date <= '2026-11-30' AND t.registered_at <= NOW()"
                            + " GROUP BY t.trade_date, t.currency",
                    "SELECT t.corridor, t.payment_rail, t.status, COUNT(*), SUM(t.amount) FROM report_trade_v t"
                            + " WHERE t.trade_date >= '2023-12-01' AND t.trade_date <= '2026-11-30'"
                            + " AND t.registered_at <= NOW() GROUP BY t.corridor, t.payment_rail, t.status")) {
                List<String> plan = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("EXPLAIN " + q)) {
                    while (rs.next()) {
                        plan.add(rs.getString("table") + " " + rs.getString("type") + " " + rs.getString("key") + " "
                                + rs.getString("Extra"));
                    }
                }
                System.out.println("PLAN | " + q + " | " + plan);
            }
        }
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    // a few values take most of the trades
    private static int skewed(Random random, int n) {
        double u = random.nextDouble();
        return Math.min(n - 1, (int) (n * u * u * u));
    }

    private static int pick(Random random, int... weights) {
        int total = Arrays.stream(weights).sum();
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
