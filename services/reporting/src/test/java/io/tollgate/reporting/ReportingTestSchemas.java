package io.tollgate.reporting;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;

/**
 * Every test run gets three fresh databases: reporting's own (migrated by reporting at start), and a trade and a
 * screening database migrated here with those services' own Liquibase changelogs from the sibling modules, so the
 * view contract under test is the one the owners publish. Reporting then connects as a user granted what production
 * grants it: everything on its own schema and SELECT on the six report views, nothing else. Dropped at the end
 * ({@code TOLLGATE_KEEP_TEST_DB=1} keeps them).
 */
@QuarkusTestResource(ReportingTestSchemas.class)
public class ReportingTestSchemas implements QuarkusTestResourceLifecycleManager {

    /** The views reporting may read, per owner. */
    static final List<String> TRADE_VIEWS = List.of("report_trade_v", "report_alert_v", "report_decision_v");
    static final List<String> SCREENING_VIEWS = List.of("report_screening_v", "report_list_version_v",
            "report_list_change_v");

    private String reporting;
    private String trade;
    private String screening;
    private String user;

    @Override
    public Map<String, String> start() {
        String suffix = Long.toString(System.currentTimeMillis(), 36)
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36);
        reporting = "t_reporting_" + suffix;
        trade = "t_trade_" + suffix;
        screening = "t_screening_" + suffix;
        user = "t_rep_" + suffix;
        byte[] secret = new byte[12];
        new SecureRandom().nextBytes(secret);
        String password = HexFormat.of().formatHex(secret);
        for (String db : List.of(reporting, trade, screening)) {
            execute("CREATE DATABASE `" + db + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        }
        migrate(trade, sibling("trade-registration"));
        migrate(screening, sibling("screening"));
        execute("CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + password + "'");
        execute("GRANT ALL PRIVILEGES ON `" + reporting + "`.* TO '" + user + "'@'%'");
        for (String view : TRADE_VIEWS) {
            execute("GRANT SELECT ON `" + trade + "`.`" + view + "` TO '" + user + "'@'%'");
        }
        for (String view : SCREENING_VIEWS) {
            execute("GRANT SELECT ON `" + screening + "`.`" + view + "` TO '" + user + "'@'%'");
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", url(reporting),
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password,
                "tollgate.reporting.trade-schema", trade,
                "tollgate.reporting.screening-schema", screening,
                "tollgate.test.database", reporting);
    }

    @Override
    public void stop() {
        if (System.getenv("TOLLGATE_KEEP_TEST_DB") != null) {
            return;
        }
        for (String db : new String[] {reporting, trade, screening}) {
            if (db != null) {
                execute("DROP DATABASE IF EXISTS `" + db + "`");
            }
        }
        if (user != null) {
            execute("DROP USER IF EXISTS '" + user + "'@'%'");
        }
    }

    /** A root connection to one of the test databases (for seeding the owners' tables, as their services would). */
    public static Connection root(String database) throws SQLException {
        return DriverManager.getConnection(url(database), env("TOLLGATE_DB_USER", "root"),
                env("TOLLGATE_DB_PASSWORD", ""));
    }

    static String url(String db) {
        return "jdbc:mysql://" + env("TOLLGATE_DB_HOST", "127.0.0.1") + ":" + env("TOLLGATE_DB_PORT", "3306") + "/"
                + db + "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC"
                + "&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true";
    }

    private static void execute(String sql) {
        try (Connection c = root(""); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MySQL/MariaDB is needed for the tests (" + e.getMessage() + ")", e);
        }
    }

    @SuppressWarnings("deprecation")
    private static void migrate(String db, Path resources) {
        try (Connection c = root(db)) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            try (Liquibase liquibase = new Liquibase("db/changelog.xml", new DirectoryResourceAccessor(resources),
                    database)) {
                liquibase.update(new Contexts(), new LabelExpression());
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot migrate " + db + " with " + resources + ": " + e.getMessage(), e);
        }
    }

    // the owner's changelogs, read from its module beside this one
    private static Path sibling(String module) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("services").resolve(module).resolve("src/main/resources");
            if (Files.isRegularFile(candidate.resolve("db/changelog.xml"))) {
                return candidate;
            }
            candidate = dir.resolve(module).resolve("src/main/resources");
            if (Files.isRegularFile(candidate.resolve("db/changelog.xml"))) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("cannot find the " + module + " module's changelog above "
                + Path.of("").toAbsolutePath());
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
