package io.tollgate.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenLifetimePolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final long T = NOW.getEpochSecond();
    private final TokenLifetimePolicy policy =
            new TokenLifetimePolicy(Duration.ofHours(12), Duration.ofDays(30), Duration.ofSeconds(60));

    @Test
    void shouldAcceptAnOrdinaryTokenAndOneIssuedWithinTheClockSkew() {
        assertEquals(Optional.empty(), policy.violation(T - 60, T + 3600, Set.of("analyst"), NOW));
        assertEquals(Optional.empty(), policy.violation(T + 30, T + 8 * 3600, Set.of("analyst"), NOW));
        assertEquals(Optional.empty(), policy.violation(T, T + 12 * 3600, Set.of("analyst"), NOW));
    }

    @Test
    void shouldRefuseATokenIssuedInTheFuture() {
        assertTrue(policy.violation(T + 86_400, T + 90_000, Set.of("supervisor"), NOW).orElseThrow()
                .contains("future"));
    }

    @Test
    void shouldRefuseAPersonsTokenThatLivesLongerThanTheMaximum() {
        assertTrue(policy.violation(T, T + 12 * 3600 + 1, Set.of("analyst"), NOW).isPresent());
        assertTrue(policy.violation(T, T + 1000L * 365 * 86_400, Set.of("screener"), NOW).isPresent());
    }

    @Test
    void shouldLetOnlyAPureServiceCredentialLiveLonger() {
        assertEquals(Optional.empty(), policy.violation(T, T + 30L * 86_400, Set.of("service"), NOW));
        assertTrue(policy.violation(T, T + 31L * 86_400, Set.of("service"), NOW).isPresent());
        // a person's roles beside "service" make it a person's token
        assertTrue(policy.violation(T, T + 2L * 86_400, Set.of("service", "supervisor"), NOW).isPresent());
    }

    @Test
    void shouldRefuseATokenWithoutIssueTime() {
        assertTrue(policy.violation(0, T + 60, Set.of("analyst"), NOW).isPresent());
    }
}
