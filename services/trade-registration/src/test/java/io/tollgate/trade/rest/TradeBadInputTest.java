package io.tollgate.trade.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.tollgate.trade.ScreeningStubs;
import io.tollgate.trade.ScreeningWireMock;
import org.junit.jupiter.api.BeforeEach;
import io.tollgate.testsupport.BadInputFuzzContract;
import java.util.Map;
import java.util.UUID;

/**
 * Bad input against every trade-registration endpoint (see {@link BadInputFuzzContract}). Valid trades in the mix are
 * registered and screened against a stub that finds nothing.
 */
@QuarkusTest
class TradeBadInputTest extends BadInputFuzzContract {

    private static final String TRADE = """
            {"reference": "FUZZ-1", "tradeDate": "2026-11-20", "amount": "48000.00", "currency": "EUR",
             "paymentRail": "SWIFT", "origin": {"country": "DE", "subdivision": null},
             "destination": {"country": "VE", "subdivision": "VE-A"},
             "goods": [{"hsCode": "0901", "description": "green coffee", "quantity": 200, "value": "48000.00"}],
             "parties": [
               {"role": "SELLER", "name": "Hamburger Kaffeekontor GmbH", "type": "organization", "country": "DE",
                "birthDate": null, "identifiers": [{"type": "LEI", "value": "5299000J2N45DDNE4Y28"}],
                "owners": [{"name": "Hans Meyer", "type": "person", "percentage": 100}]},
               {"role": "BUYER", "name": "Cafe Caracas Importaciones C.A.", "type": "organization", "country": "VE"}]}
            """;

    /** Valid trades in the mix are screened (no hits) and decided, so none is left pending for other tests. */
    @BeforeEach
    void screeningAnswers() {
        ScreeningWireMock.server().resetAll();
        ScreeningWireMock.server().stubFor(ScreeningStubs.noHitsForEveryParty());
    }

    @Override
    protected JsonNode sampleBody(String method, String path) {
        if (path.equals("/api/v1/trades")) {
            return json(TRADE);
        }
        if (path.endsWith("/decisions")) {
            return json("{\"decision\": \"FALSE_POSITIVE\", \"reason\": \"same name, other person: born 1988\"}");
        }
        return null;
    }

    /** Every registration needs its own key; a repeated key would be answered from the first request. */
    @Override
    protected Map<String, String> headers(String method, String path) {
        return path.equals("/api/v1/trades") ? Map.of("Idempotency-Key", UUID.randomUUID().toString()) : Map.of();
    }
}
