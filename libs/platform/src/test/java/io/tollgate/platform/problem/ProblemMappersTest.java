package io.tollgate.platform.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures are the caller going away, and which the database: neither is logged as a defect. */
class ProblemMappersTest {

    @Test
    void shouldTellACallerThatClosedItsConnectionFromADefect() {
        assertTrue(ProblemMappers.clientWentAway(new IOException(new IOException(
                new HttpClosedException("Connection was closed")))));
        assertTrue(ProblemMappers.clientWentAway(new IOException(new ClosedChannelException())));
        assertFalse(ProblemMappers.clientWentAway(new IOException("disk full")));
        assertFalse(ProblemMappers.clientWentAway(new IllegalStateException(new NullPointerException())));
    }

    @Test
    void shouldTellAnUnreachableDatabaseFromADefect() {
        assertTrue(ProblemMappers.databaseUnreachable(new RuntimeException(new SQLException("gone", "08S01"))));
        assertFalse(ProblemMappers.databaseUnreachable(new RuntimeException(new SQLException("dup", "23000"))));
    }
}
