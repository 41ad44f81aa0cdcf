package io.tollgate.trade;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A stub of the screening service on a dynamic port, shared by every test of this service. */
public class ScreeningWireMock implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    /** The running stub; tests reset and program it. */
    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().extensions(new NoHitsPerLine()));
        server.start();
        return Map.of("quarkus.rest-client.screening.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
