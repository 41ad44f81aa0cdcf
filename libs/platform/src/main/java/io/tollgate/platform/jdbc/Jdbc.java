package io.tollgate.platform.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Plain JDBC for the stores that write in batches or read aggregates, where an ORM only gets in the way: bind
 * positional parameters, map rows, batch a statement over many rows, read generated keys. Each call takes a connection
 * from the data source and gives it back; inside a JTA transaction that is the transaction's connection (the one
 * Hibernate uses too), so a call sees the transaction's writes and its own are committed or rolled back with it.
 * A {@link SQLException} becomes the exception its repository chooses ({@code failure}), so the platform's problem
 * mapping still finds the cause (a lost connection is a 503).
 *
 * <p>Parameters bind by type: {@code null} as SQL NULL, {@link Instant} as a UTC {@code DATETIME}, {@link LocalDate}
 * as a {@code DATE} whatever the JVM's zone, anything else with {@code setObject}.
 */
public final class Jdbc {

    private static final Pattern SCHEMA = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private final DataSource dataSource;
    private final BiFunction<String, SQLException, RuntimeException> failure;

    /**
     * @param failure the exception to throw for a failed statement, given the statement's first words and the cause
     */
    public Jdbc(DataSource dataSource, BiFunction<String, SQLException, RuntimeException> failure) {
        this.dataSource = dataSource;
        this.failure = failure;
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Takes the current row of a result set (for streaming reads that fill structures of their own). */
    @FunctionalInterface
    public interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    /** Sets one row's parameters on a batched statement. */
    @FunctionalInterface
    public interface RowBinder<T> {
        void bind(Binder b, T row) throws SQLException;
    }

    /** Work on one connection (several statements that must share it). */
    @FunctionalInterface
    public interface ConnectionWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs a query with positional parameters and maps every row. */
    public <T> List<T> query(String sql, List<?> params, RowMapper<T> mapper) {
        List<T> out = new ArrayList<>();
        forEach(sql, params, rs -> out.add(mapper.map(rs)));
        return out;
    }

    /** Runs a query and maps its first row, if there is one. */
    public <T> Optional<T> queryOne(String sql, List<?> params, RowMapper<T> mapper) {
        return withConnection(sql, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bindAll(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(mapper.map(rs)) : Optional.<T>empty();
                }
            }
        });
    }

    /** Runs a query and hands every row to the handler. */
    public void forEach(String sql, List<?> params, RowHandler handler) {
        forEach(sql, params, 0, handler);
    }

    /**
     * Runs a query and hands every row to the handler, with a fetch size ({@code Integer.MIN_VALUE}: the MySQL
     * driver streams the rows one by one instead of holding the whole result).
     */
    public void forEach(String sql, List<?> params, int fetchSize, RowHandler handler) {
        withConnection(sql, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (fetchSize != 0) {
                    ps.setFetchSize(fetchSize);
                }
                bindAll(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        handler.row(rs);
                    }
                }
            }
            return null;
        });
    }

    /** Runs an INSERT, UPDATE or DELETE; returns the number of rows it changed. */
    public int update(String sql, Object... params) {
        return withConnection(sql, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bindAll(ps, java.util.Arrays.asList(params));
                return ps.executeUpdate();
            }
        });
    }

    /** Runs an INSERT of one row and returns the key the database generated for it. */
    public long insert(String sql, Object... params) {
        return withConnection(sql, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                bindAll(ps, java.util.Arrays.asList(params));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("no key generated by " + head(sql));
                    }
                    return keys.getLong(1);
                }
            }
        });
    }

    /**
     * Runs one statement over the rows as batches of {@code batchSize} (the driver, with
     * {@code rewriteBatchedStatements}, sends each batch as one multi-row statement); nothing for no rows.
     */
    public <T> void batch(String sql, List<T> rows, int batchSize, RowBinder<T> binder) {
        if (rows.isEmpty()) {
            return;
        }
        withConnection(sql, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int n = 0;
                Binder b = new Binder(ps);
                for (T row : rows) {
                    b.reset();
                    binder.bind(b, row);
                    ps.addBatch();
                    if (++n % batchSize == 0) {
                        ps.executeBatch();
                    }
                }
                if (n % batchSize != 0) {
                    ps.executeBatch();
                }
            }
            return null;
        });
    }

    /** Runs one statement over rows of parameters, bound in order, in batches of 1,000. */
    public void batch(String sql, List<? extends List<?>> rows) {
        batch(sql, rows, 1000, (b, row) -> b.addAll(row.toArray()));
    }

    /**
     * Runs an INSERT over the rows as batches of {@code batchSize} and returns the generated keys in row order. Only
     * for statements that insert exactly one row per batch entry (MySQL and MariaDB then return one key per row).
     */
    public <T> List<Long> batchInsert(String sql, List<T> rows, int batchSize, RowBinder<T> binder) {
        List<Long> ids = new ArrayList<>(rows.size());
        if (rows.isEmpty()) {
            return ids;
        }
        withConnection(sql, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                Binder b = new Binder(ps);
                int pending = 0;
                for (T row : rows) {
                    b.reset();
                    binder.bind(b, row);
                    ps.addBatch();
                    if (++pending == batchSize) {
                        flushKeys(ps, pending, ids);
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    flushKeys(ps, pending, ids);
                }
            }
            return null;
        });
        return ids;
    }

    private void flushKeys(PreparedStatement ps, int expected, List<Long> ids) throws SQLException {
        ps.executeBatch();
        int got = 0;
        try (ResultSet keys = ps.getGeneratedKeys()) {
            while (keys.next()) {
                ids.add(keys.getLong(1));
                got++;
            }
        }
        if (got != expected) {
            throw new SQLException("expected " + expected + " generated keys, got " + got);
        }
    }

    /** Runs work on one connection, translating its SQL failures like every other call. */
    public <T> T withConnection(String what, ConnectionWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw failure.apply(head(what), e);
        }
    }

    /**
     * The parameters of one statement, bound in order from 1: the same conversions as the list-taking calls, for a
     * {@link RowBinder} or {@link ConnectionWork} that builds its own statement.
     */
    public static final class Binder {

        private final PreparedStatement ps;
        private int index;

        public Binder(PreparedStatement ps) {
            this.ps = ps;
        }

        void reset() {
            index = 0;
        }

        /** Binds the next parameter. */
        public Binder add(Object value) throws SQLException {
            bind(ps, ++index, value);
            return this;
        }

        /** Binds several parameters in order. */
        public Binder addAll(Object... values) throws SQLException {
            for (Object v : values) {
                add(v);
            }
            return this;
        }
    }

    /** Binds every parameter in order. */
    public static void bindAll(PreparedStatement ps, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            bind(ps, i + 1, params.get(i));
        }
    }

    /** Binds one parameter with the conversions above. */
    public static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NULL);
        } else if (value instanceof Instant t) {
            // as UTC wall-clock time, whatever the driver's or the JVM's time zone
            ps.setObject(index, LocalDateTime.ofInstant(t, ZoneOffset.UTC));
        } else if (value instanceof LocalDate d) {
            // written as it is, whatever the JVM's or the session's time zone
            ps.setObject(index, d);
        } else {
            ps.setObject(index, value);
        }
    }

    /** A schema name from configuration, quoted for SQL; refuses anything but letters, digits and underscores. */
    public static String schema(String name) {
        if (!SCHEMA.matcher(name).matches()) {
            throw new IllegalArgumentException("not a schema name: " + name);
        }
        return "`" + name + "`";
    }

    /** {@code n} question marks separated by commas, for an {@code IN (…)} list. */
    public static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    /** A UTC instant from a DATETIME column, or null. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    /** A UTC instant from a DATETIME column, or null. */
    public static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    /** A date column, or null. */
    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** A decimal column, zero when NULL (a SUM over nothing). */
    public static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        BigDecimal d = rs.getBigDecimal(column);
        return d == null ? BigDecimal.ZERO : d;
    }

    /** A BIGINT column that may be NULL. */
    public static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** A text cut to a column's length. */
    public static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String head(String sql) {
        return sql.length() <= 60 ? sql : sql.substring(0, 60);
    }
}
