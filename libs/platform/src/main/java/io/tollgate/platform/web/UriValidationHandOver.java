package io.tollgate.platform.web;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Hands the check of a request URI that cannot be decoded (a {@code %zz} escape) from Quarkus to our own routes, so
 * that it is answered with a problem in our words. Quarkus's outermost HTTP handler answers a URI that
 * {@code java.net.URI} cannot parse with a bare, empty 400 before any route runs, unless the JVM property
 * {@code vertx.disableURIValidation} is set when that handler's class initialises. Configuration sources are loaded
 * before any HTTP class, in a JVM and in a native image's static initialisation alike, so a configuration source is
 * the one place a library can set it. With it set, the URI reaches the router, whose decoding failure
 * {@link RequestLimits} answers with a 400 problem (the bad-input contract of every service proves it). This source
 * itself holds no properties.
 */
public class UriValidationHandOver implements ConfigSource {

    static {
        if (System.getProperty("vertx.disableURIValidation") == null) {
            System.setProperty("vertx.disableURIValidation", "true");
        }
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public String getValue(String propertyName) {
        return null;
    }

    @Override
    public String getName() {
        return "tollgate-uri-validation-hand-over";
    }

    @Override
    public int getOrdinal() {
        return 0;
    }
}
