package io.tollgate.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * What a {@code @QuarkusIntegrationTest}'s packaged application needs from the test run besides its database
 * ({@link IsolatedDatabase}, which applies to integration tests as well). The packaged jar or native executable runs
 * in the {@code prod} profile, which trusts no token issuer by itself: this points it at the committed dev-only
 * public key, by absolute path, so {@link DevTokens} work against it exactly as in production. Init args are passed
 * on as further settings (e.g. switch off a scheduled job that would reach the network).
 *
 * <p>Quarkus hands every entry of the returned map to the launched application as a system property.
 */
public class PackagedApplication implements QuarkusTestResourceLifecycleManager {

    private final Map<String, String> settings = new HashMap<>();

    @Override
    public void init(Map<String, String> initArgs) {
        settings.putAll(initArgs);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(settings);
        config.put("mp.jwt.verify.publickey.location", DevTokens.devKeyDir().resolve("publicKey.pem").toString());
        config.put("mp.jwt.verify.issuer", DevTokens.ISSUER);
        return config;
    }

    @Override
    public void stop() {
        // nothing was started
    }
}
