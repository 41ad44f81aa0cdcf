package io.tollgate.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Applies {@link TokenLifetimePolicy} to every authenticated caller, bearer or session cookie, after the signature,
 * issuer and expiry checks (and after {@link VerifiedTokenCache}, which remembers signatures, not this decision).
 * A refused token is a 401 like any other invalid token.
 */
@ApplicationScoped
public class TokenLifetimeCheck implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(TokenLifetimeCheck.class);

    private final TokenLifetimePolicy policy;
    private final Clock clock = Clock.systemUTC();

    public TokenLifetimeCheck(
            @ConfigProperty(name = "tollgate.security.token.max-lifetime", defaultValue = "PT12H") Duration maxLifetime,
            @ConfigProperty(name = "tollgate.security.token.max-service-lifetime", defaultValue = "P30D")
            Duration maxServiceLifetime,
            @ConfigProperty(name = "tollgate.security.token.clock-skew", defaultValue = "PT60S") Duration clockSkew) {
        this.policy = new TokenLifetimePolicy(maxLifetime, maxServiceLifetime, clockSkew);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken jwt) {
            Optional<String> violation = policy.violation(jwt.getIssuedAtTime(), jwt.getExpirationTime(),
                    jwt.getGroups() == null ? java.util.Set.of() : jwt.getGroups(), clock.instant());
            if (violation.isPresent()) {
                LOG.infof("refused the token of %s: %s", jwt.getName(), violation.get());
                return Uni.createFrom().failure(new AuthenticationFailedException(violation.get()));
            }
        }
        return Uni.createFrom().item(identity);
    }
}
