package io.tollgate.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/** The remembered tokens: reused until their own expiry, never when they failed. */
class VerifiedTokenCacheTest {

    private static final long NOW = 1_800_000_000L;

    /** Stands in for the signature check: "good-<exp>" passes with that expiry, anything else fails. */
    private static final class CountingVerifier extends DefaultJWTParser {
        final AtomicInteger checks = new AtomicInteger();
        final Map<String, Integer> perToken = new HashMap<>();
        long clockSeconds = NOW;

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            checks.incrementAndGet();
            perToken.merge(token, 1, Integer::sum);
            if (!token.startsWith("good-")) {
                throw new ParseException("bad signature");
            }
            long exp = Long.parseLong(token.substring(5));
            if (clockSeconds >= exp) {
                throw new ParseException("expired");
            }
            JwtClaims claims = new JwtClaims();
            claims.setSubject("bench");
            claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(exp));
            return new DefaultJWTCallerPrincipal(token, "JWT", claims);
        }
    }

    @Test
    void shouldCheckAValidTokenOnceUntilItExpires() throws Exception {
        CountingVerifier verifier = new CountingVerifier();
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier, at(NOW));
        JsonWebToken first = cache.parse("good-" + (NOW + 60));
        for (int i = 0; i < 100; i++) {
            assertSame(first, cache.parse("good-" + (NOW + 60)));
        }
        assertEquals(1, verifier.checks.get());
    }

    @Test
    void shouldCheckAgainOnceTheTokenHasExpiredAndRefuseIt() throws Exception {
        CountingVerifier verifier = new CountingVerifier();
        MutableClock clock = new MutableClock(NOW);
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier, clock);
        String token = "good-" + (NOW + 60);
        cache.parse(token);
        clock.seconds = NOW + 60;
        verifier.clockSeconds = NOW + 60;
        assertThrows(ParseException.class, () -> cache.parse(token));
        assertEquals(2, verifier.checks.get());
        assertEquals(0, cache.size());
    }

    @Test
    void shouldNeverRememberATokenThatFailed() {
        CountingVerifier verifier = new CountingVerifier();
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier, at(NOW));
        for (int i = 0; i < 3; i++) {
            assertThrows(ParseException.class, () -> cache.parse("forged"));
        }
        assertEquals(3, verifier.perToken.get("forged"));
        assertEquals(0, cache.size());
    }

    @Test
    void shouldStayBoundedAndKeepTheTokensInUse() throws Exception {
        CountingVerifier verifier = new CountingVerifier();
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier, at(NOW));
        String busy = "good-" + (NOW + 5000);
        cache.parse(busy);
        for (int i = 0; i < VerifiedTokenCache.MAX_TOKENS + 10; i++) {
            cache.parse("good-" + (NOW + 1000 + i));
            cache.parse(busy);
        }
        assertEquals(VerifiedTokenCache.MAX_TOKENS, cache.size());
        // the token sent with every request was checked once, not again after the memory filled up
        assertEquals(1, verifier.perToken.get(busy));
    }

    @Test
    void shouldForgetATokenAtItsExpiryWithoutBeingAsked() throws Exception {
        MutableClock clock = new MutableClock(NOW);
        VerifiedTokenCache cache = new VerifiedTokenCache(new CountingVerifier(), clock);
        cache.parse("good-" + (NOW + 60));
        cache.parse("good-" + (NOW + 600));
        assertEquals(2, cache.size());
        clock.seconds = NOW + 60;
        assertEquals(1, cache.size());
    }

    private static Clock at(long seconds) {
        return Clock.fixed(Instant.ofEpochSecond(seconds), ZoneOffset.UTC);
    }

    private static final class MutableClock extends Clock {
        long seconds;

        MutableClock(long seconds) {
            this.seconds = seconds;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochSecond(seconds);
        }
    }
}
