package io.tollgate.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Plain JDBC on the service's data source: reports are aggregates over other services' views, which an ORM would
 * only get in the way of. Connections join the caller's transaction, so one report reads one consistent snapshot.
 */
@ApplicationScoped
public class Jdbc {

    private static final Pattern SCHEMA = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private final DataSource dataSource;

    public Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Runs a query with positional parameters and maps every row. */
    public <T> List<T> query(String sql, List<?> params, Row<T> row) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new ViewUnavailableException(e);
        }
    }

    /** Runs an insert or update in batches of rows. */
    public void batch(String sql, List<List<?>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int n = 0;
            for (List<?> row : rows) {
                bind(ps, row);
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("batch write failed: " + e.getMessage(), e);
        }
    }

    /** A schema name from configuration, quoted for SQL; refuses anything but letters, digits and underscores. */
    public static String schema(String name) {
        if (!SCHEMA.matcher(name).matches()) {
            throw new IllegalArgumentException("not a schema name: " + name);
        }
        return "`" + name + "`";
    }

    /** {@code n} question marks separated by commas. */
    public static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    /** A UTC instant from a DATETIME column. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    /** A date column. */
    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** A decimal column, zero when NULL (a SUM over nothing). */
    public static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        BigDecimal d = rs.getBigDecimal(column);
        return d == null ? BigDecimal.ZERO : d;
    }

    private static void bind(PreparedStatement ps, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof Instant t) {
                ps.setObject(i + 1, LocalDateTime.ofInstant(t, ZoneOffset.UTC));
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }
}
