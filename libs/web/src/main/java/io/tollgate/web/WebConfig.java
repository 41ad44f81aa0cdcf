package io.tollgate.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** How the workbench pages of one service are served: the services' public addresses, cookies, sign-in roles. */
@ConfigMapping(prefix = "tollgate.web")
public interface WebConfig {

    /** Which service this is ({@code screening}, {@code trade} or {@code reporting}): marks its links as current. */
    @WithDefault("none")
    String service();

    /** The title beside the brand in the navigation bar (e.g. {@code Screening}). */
    @WithDefault("Workbench")
    String title();

    /** Where a browser reaches each service (the navigation bar and cross-service links use these). */
    PublicUrl publicUrl();

    /** Whether cookies carry {@code Secure} (HTTPS only); false only for local plain HTTP. */
    @WithDefault("true")
    boolean secureCookie();

    /** The roles of which a token needs one to sign in here (the message names them when it has none). */
    List<String> signInRoles();

    /**
     * Paths under {@code /api/} the session cookie may read with GET (e.g. a page's CSV link to
     * {@code /api/v1/reports/}); every other API path needs the Authorization header.
     */
    Optional<List<String>> cookieReadPaths();

    /**
     * The key the CSRF tokens are signed with; without one each process draws its own at start (forms rendered before
     * a restart then ask to be reloaded, and several replicas need a shared key).
     */
    Optional<String> csrfKey();

    /** Public addresses of the three services. */
    interface PublicUrl {
        /** The screening service's address as a browser reaches it. */
        @WithDefault("http://localhost:8081")
        String screening();

        /** The trade-registration service's address as a browser reaches it. */
        @WithDefault("http://localhost:8082")
        String trade();

        /** The reporting service's address as a browser reaches it. */
        @WithDefault("http://localhost:8083")
        String reporting();
    }
}
