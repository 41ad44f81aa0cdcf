import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * The database's own floor under the screening latency: one connection inserting one audit-sized row (~500 bytes)
 * per transaction and committing, for the given seconds, on an otherwise idle machine. Every acknowledged screening
 * waits for such a commit (its group's), so this commit's tail bounds the screening's tail from below; on a
 * virtual machine whose disk flushes stall now and then, it is the figure that explains the rest.
 * Prints: COMMITS n, COMMIT_P50_MS, COMMIT_P99_MS, COMMIT_P999_MS, COMMIT_MAX_MS.
 * Usage (the MySQL driver from a built service): java -cp <mysql-connector-j.jar> bench/tools/CommitLatency.java
 * <jdbc-url> <user> <password> <seconds>
 */
public class CommitLatency {

    public static void main(String[] args) throws SQLException {
        long seconds = Long.parseLong(args[3]);
        String row = "x".repeat(500);
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2]); Statement ddl = c.createStatement()) {
            ddl.execute("CREATE TABLE bench_commit_latency (id BIGINT AUTO_INCREMENT PRIMARY KEY, body VARCHAR(1000))");
            try {
                c.setAutoCommit(false);
                long[] took = new long[1 << 16];
                int n = 0;
                long end = System.nanoTime() + seconds * 1_000_000_000L;
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_commit_latency (body) VALUES (?)")) {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        insert.setString(1, row);
                        insert.executeUpdate();
                        c.commit();
                        if (n == took.length) {
                            took = Arrays.copyOf(took, n * 2);
                        }
                        took[n++] = System.nanoTime() - start;
                    }
                }
                long[] sorted = Arrays.copyOf(took, n);
                Arrays.sort(sorted);
                System.out.println("COMMITS " + n);
                System.out.printf("COMMIT_P50_MS %.3f%n", sorted[n / 2] / 1e6);
                System.out.printf("COMMIT_P99_MS %.3f%n", sorted[(int) (n * 0.99)] / 1e6);
                System.out.printf("COMMIT_P999_MS %.3f%n", sorted[(int) (n * 0.999)] / 1e6);
                System.out.printf("COMMIT_MAX_MS %.3f%n", sorted[n - 1] / 1e6);
            } finally {
                c.setAutoCommit(true);
                ddl.execute("DROP TABLE bench_commit_latency");
            }
        }
    }
}
