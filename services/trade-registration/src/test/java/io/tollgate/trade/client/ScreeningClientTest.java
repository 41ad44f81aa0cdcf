package io.tollgate.trade.client;

import io.tollgate.trade.domain.PartialDate;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.tollgate.trade.ScreeningStubs;
import io.tollgate.trade.ScreeningWireMock;
import io.tollgate.trade.domain.PartyIdentifierType;
import io.tollgate.trade.domain.PartyIdentifier;
import io.tollgate.trade.domain.PartyScreening;
import io.tollgate.trade.domain.PartyType;
import io.tollgate.trade.domain.ScreeningSubject;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScreeningClientTest {

    private static final ScreeningSubject BANK = new ScreeningSubject("Bnco Cntrl de Vnzla", PartyType.ORGANIZATION,
            Optional.empty(), List.of("VE"), List.of(new PartyIdentifier(PartyIdentifierType.BIC, "BCVEVECA")));
    private static final ScreeningSubject LAVROV = new ScreeningSubject("Serguei Lavrof", PartyType.PERSON,
            Optional.of(PartialDate.of(LocalDate.of(1950, 3, 21))), List.of("RU"), List.of());

    @Inject
    ScreeningClient client;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    private WireMockServer stub;

    @BeforeEach
    void reset() {
        stub = ScreeningWireMock.server();
        stub.resetAll();
        circuitBreakers.resetAll();
    }

    @Test
    void shouldTranslateTheNdjsonAnswerInInputOrderAndForwardTheToken() {
        stub.stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.bancoCentralDeVenezuelaByBic(),
                ScreeningStubs.lavrovByName()));

        List<PartyScreening> out = client.screen(List.of(BANK, LAVROV), "caller-token");

        assertEquals(2, out.size());
        assertEquals("26727", out.get(0).hits().get(0).sourceId());
        assertTrue(out.get(0).hits().get(0).identifierMatch());
        assertEquals(12L, out.get(0).listVersions().get("ofac-sdn"));
        assertEquals("35233", out.get(1).hits().get(0).sourceId());
        assertFalse(out.get(1).hits().get(0).identifierMatch());
        stub.verify(postRequestedFor(urlEqualTo(ScreeningStubs.BATCH))
                .withHeader("Authorization", equalTo("Bearer caller-token"))
                .withRequestBody(equalToJson("""
                        [{"name": "Bnco Cntrl de Vnzla", "type": "organization", "countries": ["VE"],
                          "identifiers": [{"type": "SWIFT_BIC", "value": "BCVEVECA"}], "limit": 10},
                         {"name": "Serguei Lavrof", "type": "person", "birthDate": "1950-03-21", "countries": ["RU"],
                          "limit": 10}]""")));
    }

    @Test
    void shouldRetryAFailedCallAndSucceed() {
        stub.stubFor(post(urlEqualTo(ScreeningStubs.BATCH)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        stub.stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.noHits()).inScenario("flaky")
                .whenScenarioStateIs("up"));

        List<PartyScreening> out = client.screen(List.of(LAVROV), "t");

        assertEquals(List.of(), out.get(0).hits());
        stub.verify(2, postRequestedFor(urlEqualTo(ScreeningStubs.BATCH)));
    }

    @Test
    void shouldGiveUpOnASlowScreeningServiceAfterItsRetries() {
        stub.stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.noHits())
                .willReturn(aResponse().withStatus(200).withFixedDelay(2500).withBody(ScreeningStubs.noHits())));

        assertThrows(TimeoutException.class, () -> client.screen(List.of(LAVROV), "t"));
        stub.verify(3, postRequestedFor(urlEqualTo(ScreeningStubs.BATCH)));
    }

    @Test
    void shouldOpenTheCircuitAndStopCallingAFailingScreeningService() {
        stub.stubFor(post(urlEqualTo(ScreeningStubs.BATCH)).willReturn(aResponse().withStatus(500)));

        assertThrows(RuntimeException.class, () -> client.screen(List.of(LAVROV), "t"));
        assertThrows(RuntimeException.class, () -> client.screen(List.of(LAVROV), "t"));
        int calls = stub.getAllServeEvents().size();
        assertThrows(CircuitBreakerOpenException.class, () -> client.screen(List.of(LAVROV), "t"));
        assertEquals(calls, stub.getAllServeEvents().size(), "an open circuit does not call the service");
    }

    @Test
    void shouldRefuseAnAnswerWithFewerScreeningsThanParties() {
        stub.stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.noHits()));

        ScreeningUnavailableException e = assertThrows(ScreeningUnavailableException.class,
                () -> client.screen(List.of(BANK, LAVROV), "t"));
        assertTrue(e.getMessage().contains("1 of 2"), e.getMessage());
    }

    @Test
    void shouldFailFastWithoutRetryingWhenScreeningRefusesTheToken() {
        stub.stubFor(post(urlEqualTo(ScreeningStubs.BATCH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": 401, \"detail\": \"token expired\"}")));

        ScreeningRefusedException e = assertThrows(ScreeningRefusedException.class,
                () -> client.screen(List.of(LAVROV), "expired"));
        assertEquals(401, e.status());
        assertTrue(e.getMessage().contains("token expired"), e.getMessage());
        stub.verify(1, postRequestedFor(urlEqualTo(ScreeningStubs.BATCH)));
    }

    @Test
    void shouldNotOpenTheCircuitForRefusedTokens() {
        stub.stubFor(post(urlEqualTo(ScreeningStubs.BATCH)).willReturn(aResponse().withStatus(403)));
        for (int i = 0; i < 6; i++) {
            assertThrows(ScreeningRefusedException.class, () -> client.screen(List.of(LAVROV), "no-role"));
        }
        stub.resetAll();
        stub.stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.noHits()));

        assertEquals(1, client.screen(List.of(LAVROV), "good").size(), "the circuit stayed closed");
        stub.verify(1, postRequestedFor(urlEqualTo(ScreeningStubs.BATCH)));
    }
}
