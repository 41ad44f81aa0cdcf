package io.tollgate.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Gives a test run its own, freshly created database on the configured MySQL server, so test runs are
 * isolated from each other and from a running {@code make up}; the service's Liquibase changelog then
 * migrates it at start, exactly as in production. Dropped when the run ends.
 *
 * <p>Connection: {@code TOLLGATE_DB_HOST}, {@code TOLLGATE_DB_PORT}, {@code TOLLGATE_DB_USER},
 * {@code TOLLGATE_DB_PASSWORD} (defaults 127.0.0.1, 3306, root, empty). Init arg {@code schema}: the
 * service's schema name, used as the prefix of the test database name.
 */
public class IsolatedDatabase implements QuarkusTestResourceLifecycleManager {

    private String database;
    private String schema = "tollgate";

    @Override
    public void init(Map<String, String> initArgs) {
        schema = initArgs.getOrDefault("schema", schema);
    }

    @Override
    public Map<String, String> start() {
        database = "t_" + schema + "_" + Long.toString(System.currentTimeMillis(), 36)
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36);
        execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", jdbcUrl(database));
        config.put("quarkus.datasource.username", user());
        config.put("quarkus.datasource.password", password());
        config.put("tollgate.test.database", database);
        return config;
    }

    @Override
    public void stop() {
        if (database != null && System.getenv("TOLLGATE_KEEP_TEST_DB") == null) {
            execute("DROP DATABASE IF EXISTS `" + database + "`");
        }
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(""), user(), password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MySQL at " + host() + ":" + port() + " is needed for the tests ("
                    + e.getMessage() + "); start MariaDB/MySQL or set TOLLGATE_DB_HOST/PORT", e);
        }
    }

    static String jdbcUrl(String db) {
        return "jdbc:mysql://" + host() + ":" + port() + "/" + db
                + "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                + "&rewriteBatchedStatements=true";
    }

    private static String host() {
        return env("TOLLGATE_DB_HOST", "127.0.0.1");
    }

    private static String port() {
        return env("TOLLGATE_DB_PORT", "3306");
    }

    private static String user() {
        return env("TOLLGATE_DB_USER", "root");
    }

    private static String password() {
        return env("TOLLGATE_DB_PASSWORD", "");
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
