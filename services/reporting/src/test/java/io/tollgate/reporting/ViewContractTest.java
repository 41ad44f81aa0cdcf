package io.tollgate.reporting;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Reporting runs with the grants production gives it: its own schema and SELECT on the six report views only. */
@QuarkusTest
class ViewContractTest {

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "tollgate.reporting.trade-schema")
    String trade;

    @ConfigProperty(name = "tollgate.reporting.screening-schema")
    String screening;

    @Test
    void shouldReadThePublishedViewsButNoBaseTable() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String view : ReportingTestSchemas.TRADE_VIEWS) {
                s.executeQuery("SELECT * FROM `" + trade + "`." + view + " LIMIT 1").close();
            }
            for (String view : ReportingTestSchemas.SCREENING_VIEWS) {
                s.executeQuery("SELECT * FROM `" + screening + "`." + view + " LIMIT 1").close();
            }
            for (String table : new String[] {"`" + trade + "`.trade", "`" + trade + "`.trade_alert",
                    "`" + screening + "`.listed_entity", "`" + screening + "`.screening"}) {
                SQLException denied = assertThrows(SQLException.class,
                        () -> s.executeQuery("SELECT 1 FROM " + table + " LIMIT 1").close(), table);
                assertTrue(denied.getMessage().toLowerCase().contains("denied"), denied.getMessage());
            }
        }
    }
}
