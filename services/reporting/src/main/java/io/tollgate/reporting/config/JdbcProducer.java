package io.tollgate.reporting.config;

import io.tollgate.platform.jdbc.Jdbc;
import io.tollgate.reporting.repository.ViewUnavailableException;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Reporting's plain JDBC: reports are aggregates over other services' views, which an ORM would only get in the way
 * of. A read that fails means a view could not be read (its schema not migrated yet, a grant missing, the database
 * down: {@link ViewUnavailableException}); a failed write of reporting's own summary tables is an internal error.
 */
public class JdbcProducer {

    @Produces
    @Singleton
    Jdbc jdbc(DataSource dataSource) {
        return new Jdbc(dataSource, (sql, e) -> sql.stripLeading().toUpperCase(Locale.ROOT).startsWith("SELECT")
                ? new ViewUnavailableException(e)
                : new IllegalStateException("batch write failed: " + e.getMessage(), e));
    }
}
