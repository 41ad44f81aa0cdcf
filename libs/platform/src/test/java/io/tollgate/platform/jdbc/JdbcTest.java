package io.tollgate.platform.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JDBC helper against the real MySQL/MariaDB the tests use (a throw-away schema of its own). */
class JdbcTest {

    private static final String DB = "t_platform_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static MysqlDataSource server;
    private static Jdbc jdbc;

    /** What a repository turns a failed statement into. */
    static final class StoreFailure extends RuntimeException {
        StoreFailure(String what, SQLException cause) {
            super(what, cause);
        }
    }

    @BeforeAll
    static void schema() throws SQLException {
        server = dataSource("");
        try (Connection c = server.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + DB);
            s.execute("CREATE TABLE " + DB + ".item (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(64) NOT NULL,"
                    + " amount DECIMAL(19,4) NULL, day DATE NULL, at DATETIME(6) NULL)");
        }
        jdbc = new Jdbc(dataSource(DB), StoreFailure::new);
    }

    @AfterAll
    static void drop() throws SQLException {
        try (Connection c = server.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DB);
        }
    }

    private static MysqlDataSource dataSource(String db) {
        MysqlDataSource ds = new MysqlDataSource();
        ds.setURL("jdbc:mysql://" + env("TOLLGATE_DB_HOST", "127.0.0.1") + ":" + env("TOLLGATE_DB_PORT", "3306") + "/"
                + db + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true");
        ds.setUser(env("TOLLGATE_DB_USER", "root"));
        ds.setPassword(env("TOLLGATE_DB_PASSWORD", ""));
        return ds;
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    @Test
    void shouldInsertAndReadBackEveryParameterType() {
        Instant at = Instant.parse("2026-12-01T10:15:30Z");
        long id = jdbc.insert("INSERT INTO item (name, amount, day, at) VALUES (?, ?, ?, ?)", "one",
                new BigDecimal("12.5000"), LocalDate.of(2026, 2, 28), at);
        record Item(String name, BigDecimal amount, LocalDate day, Instant at) {
        }
        Optional<Item> read = jdbc.queryOne("SELECT name, amount, day, at FROM item WHERE id = ?", List.of(id),
                rs -> new Item(rs.getString(1), rs.getBigDecimal(2), Jdbc.date(rs, "day"), Jdbc.instant(rs, "at")));
        assertEquals(Optional.of(new Item("one", new BigDecimal("12.5000"), LocalDate.of(2026, 2, 28), at)), read);
        assertEquals(Optional.empty(), jdbc.queryOne("SELECT name FROM item WHERE id = ?", List.of(-1L),
                rs -> rs.getString(1)));
        long nulls = jdbc.insert("INSERT INTO item (name, amount, day, at) VALUES (?, ?, ?, ?)", "nulls", null, null,
                null);
        assertEquals(List.of(BigDecimal.ZERO), jdbc.query("SELECT amount FROM item WHERE id = ?", List.of(nulls),
                rs -> Jdbc.decimal(rs, "amount")));
    }

    @Test
    void shouldBatchInsertAndReturnTheKeysInRowOrderAcrossBatches() {
        List<String> names = IntStream.range(0, 7).mapToObj(i -> "batch-" + i).toList();
        List<Long> ids = jdbc.batchInsert("INSERT INTO item (name) VALUES (?)", names, 3, (b, n) -> b.add(n));
        assertEquals(7, ids.size());
        for (int i = 0; i < names.size(); i++) {
            assertEquals(List.of(names.get(i)), jdbc.query("SELECT name FROM item WHERE id = ?", List.of(ids.get(i)),
                    rs -> rs.getString(1)));
        }
        jdbc.batch("UPDATE item SET amount = ? WHERE id = ?", ids, 2, (b, id) -> b.addAll(BigDecimal.ONE, id));
        assertEquals(7, jdbc.update("UPDATE item SET amount = amount + 1 WHERE id IN (" + Jdbc.marks(ids.size()) + ")",
                ids.toArray()));
        assertEquals(7L, jdbc.queryOne("SELECT COUNT(*) FROM item WHERE amount = 2 AND name LIKE 'batch-%'", List.of(),
                rs -> rs.getLong(1)).orElseThrow());
    }

    @Test
    void shouldTurnAFailedStatementIntoTheRepositorysExceptionWithTheSqlCause() {
        StoreFailure e = assertThrows(StoreFailure.class, () -> jdbc.query("SELECT no_such_column FROM item",
                List.of(), rs -> rs.getString(1)));
        assertInstanceOf(SQLException.class, e.getCause());
        assertTrue(e.getMessage().startsWith("SELECT no_such_column"), e.getMessage());
    }

    @Test
    void shouldQuoteOnlyPlainSchemaNames() {
        assertEquals("`trade`", Jdbc.schema("trade"));
        assertThrows(IllegalArgumentException.class, () -> Jdbc.schema("trade`; DROP"));
    }
}
