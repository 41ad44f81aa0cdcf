package io.tollgate.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * How long a bearer token may live, whatever its signature says: issued no later than now plus the clock skew, and
 * for no longer than the maximum lifetime ({@code exp - iat}). A token that carries only the {@code service} role is
 * the credential a deployment gives to trade registration's background work and may live longer; a person's token
 * may not. A token without {@code iat} cannot show its lifetime and is refused.
 *
 * @param maxLifetime the longest lifetime of a person's token
 * @param maxServiceLifetime the longest lifetime of a token whose only role is {@code service}
 * @param clockSkew how far in the future {@code iat} may lie (clocks of issuer and service differ)
 */
public record TokenLifetimePolicy(Duration maxLifetime, Duration maxServiceLifetime, Duration clockSkew) {

    /** Why the token must be refused, or empty when its lifetime is acceptable. Times in epoch seconds. */
    public Optional<String> violation(long issuedAt, long expiresAt, Set<String> groups, Instant now) {
        if (issuedAt <= 0) {
            return Optional.of("the token has no issue time (iat)");
        }
        if (issuedAt > now.plus(clockSkew).getEpochSecond()) {
            return Optional.of("the token is issued in the future");
        }
        Duration allowed = Set.of(Roles.SERVICE).equals(groups) ? maxServiceLifetime : maxLifetime;
        if (expiresAt - issuedAt > allowed.getSeconds()) {
            return Optional.of("the token's lifetime exceeds " + allowed);
        }
        return Optional.empty();
    }
}
