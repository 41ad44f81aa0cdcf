package io.tollgate.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer-token parser every request goes through, remembering the tokens it has already verified. A service
 * caller (trade-registration, a bank's batch client) sends the same token with thousands of requests; checking its
 * RSA signature and parsing its claims again for each one cost about a fifth of the screening service's CPU under
 * load. A remembered token is trusted only until its own expiry ({@code exp}); after that every use is checked
 * again by the parser (which may allow its configured clock skew), so the memory never makes a token live longer
 * than a fresh check would (tokens are not revocable here either way). A token that failed is never remembered. The
 * memory is a Caffeine cache bounded in size (at most {@value #MAX_TOKENS} tokens, the least used evicted first) and in
 * time (each entry expires at its token's {@code exp}). Everything but {@link #parse(String)} goes straight to the
 * Quarkus parser.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache implements JWTParser {

    static final int MAX_TOKENS = 10_000;

    private final JWTParser verifier;
    private final Clock clock;
    private final Cache<String, JsonWebToken> verified;

    @Inject
    public VerifiedTokenCache(DefaultJWTParser verifier) {
        this(verifier, Clock.systemUTC());
    }

    VerifiedTokenCache(JWTParser verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(MAX_TOKENS)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfter(new Expiry<String, JsonWebToken>() {
                    @Override
                    public long expireAfterCreate(String token, JsonWebToken jwt, long now) {
                        return Math.max(0, TimeUnit.SECONDS.toNanos(jwt.getExpirationTime()) - now);
                    }

                    @Override
                    public long expireAfterUpdate(String token, JsonWebToken jwt, long now, long left) {
                        return left;
                    }

                    @Override
                    public long expireAfterRead(String token, JsonWebToken jwt, long now, long left) {
                        return left;
                    }
                })
                // evict on the calling thread: nothing to run in the background, the same in a native image
                .executor(Runnable::run)
                .build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null) {
            // the cache expires entries at exp already; checked again so no clock subtlety can ever stretch a token
            if (clock.instant().getEpochSecond() < known.getExpirationTime()) {
                return known;
            }
            verified.invalidate(token);
        }
        JsonWebToken jwt = verifier.parse(token); // throws for a bad signature, issuer or an expired token
        // past its exp but within the parser's clock skew: accepted, as without this memory, but not remembered
        if (clock.instant().getEpochSecond() < jwt.getExpirationTime()) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }

    int size() {
        verified.cleanUp();
        return (int) verified.estimatedSize();
    }
}
