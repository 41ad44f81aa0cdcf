package io.tollgate.platform.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.tollgate.platform.data.CallerNames;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Gives every authenticated caller its user name in {@link CallerNames#canonical canonical form}, so that whatever
 * reads the caller's name (the identity's principal, or the injected {@link JsonWebToken}) stores and compares one
 * form of each person. The token's other claims are untouched.
 */
@ApplicationScoped
public class CanonicalCaller implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getName() == null) {
            return Uni.createFrom().item(identity);
        }
        String canonical = CallerNames.canonical(jwt.getName());
        if (canonical.equals(jwt.getName())) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity)
                .setPrincipal(new Renamed(jwt, canonical)).build());
    }

    /** The caller's token under its canonical name. */
    private record Renamed(JsonWebToken token, String name) implements JsonWebToken {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Set<String> getClaimNames() {
            return token.getClaimNames();
        }

        @Override
        public <T> T getClaim(String claimName) {
            return token.getClaim(claimName);
        }
    }
}
