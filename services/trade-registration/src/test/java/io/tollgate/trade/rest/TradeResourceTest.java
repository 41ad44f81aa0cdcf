package io.tollgate.trade.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.tollgate.platform.security.Roles;
import io.tollgate.testsupport.DevTokens;
import io.tollgate.trade.ScreeningStubs;
import io.tollgate.trade.ScreeningWireMock;
import io.tollgate.trade.service.PendingScreeningRetry;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TradeResourceTest {

    private static final String CLERK = DevTokens.token("clara", Roles.TRADE_CLERK);
    private static final String ANALYST = DevTokens.token("anna", Roles.ANALYST);
    private static final String OTHER_CLERK = DevTokens.token("carl", Roles.TRADE_CLERK);
    private static final String AUDITOR = DevTokens.token("aud", Roles.AUDITOR);

    /** The scenario: a Venezuelan importer buys Russian wheat in RUB over Mir; its bank is the BCV. */
    static final String WHEAT_OVER_MIR = """
            {"reference": "INV-2026-0042", "tradeDate": "2026-11-20", "amount": "125000.00", "currency": "RUB",
             "paymentRail": "MIR", "origin": {"country": "RU"}, "destination": {"country": "VE", "subdivision": null},
             "goods": [{"hsCode": "100199", "description": "wheat", "quantity": 500, "value": "125000.00"}],
             "parties": [
               {"role": "SELLER", "name": "Rostov Grain Export LLC", "type": "organization", "country": "RU",
                "identifiers": [], "owners": []},
               {"role": "BUYER", "name": "Alimentos del Caribe C.A.", "type": "organization", "country": "VE",
                "identifiers": [{"type": "TAX_ID", "value": "J-40123456-7"}],
                "owners": [{"name": "Maria Gonzalez", "type": "person", "percentage": 100}]},
               {"role": "BUYER_BANK", "name": "Bnco Cntrl de Vnzla", "type": "organization", "country": "VE",
                "birthDate": null, "identifiers": [{"type": "BIC", "value": "BCVEVECA"}], "owners": []}]}
            """;

    static final String COFFEE = """
            {"reference": "PO-7781", "tradeDate": "2026-11-21", "amount": "48000.00", "currency": "EUR",
             "paymentRail": "SWIFT", "origin": {"country": "DE"}, "destination": {"country": "VE"},
             "goods": [{"hsCode": "0901", "description": "green coffee", "quantity": 200, "value": "48000.00"}],
             "parties": [
               {"role": "SELLER", "name": "Hamburger Kaffeekontor GmbH", "type": "organization", "country": "DE"},
               {"role": "BUYER", "name": "Cafe Caracas Importaciones C.A.", "type": "organization", "country": "VE"}]}
            """;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @Inject
    PendingScreeningRetry trades;

    private WireMockServer stub;

    @BeforeEach
    void reset() {
        stub = ScreeningWireMock.server();
        stub.resetAll();
        circuitBreakers.resetAll();
    }

    private static ValidatableResponse register(String key, String body) {
        return given().auth().oauth2(CLERK).header("Idempotency-Key", key).contentType("application/json")
                .body(body).post("/api/v1/trades").then();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    @Test
    void shouldBlockATradeWhoseBankIsTheCentralBankOfVenezuelaByBic() {
        stub.stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.noHits(), ScreeningStubs.noHits(),
                ScreeningStubs.noHits(), ScreeningStubs.bancoCentralDeVenezuelaByBic()));

        register(key(), WHEAT_OVER_MIR).statusCode(201)
                .header("Location", containsString("/api/v1/trades/"))
                .body("status", equalTo("BLOCKED"))
                .body("reportDueDate", notNullValue())
                .body("reasons.kind", hasItems("LISTED_PARTY", "RAIL"))
                .body("reasons.find { it.kind == 'LISTED_PARTY' }.explanation",
                        containsString("ofac-sdn 26727 BANCO CENTRAL DE VENEZUELA"))
                .body("reasons.find { it.kind == 'LISTED_PARTY' }.listVersions.ofac-sdn", equalTo(12))
                .body("ruleVersions.'embargoes.tsv'", equalTo("2026-11-28.1"))
                .body("parties[2].identifiers[0].value", equalTo("BCVEVECA"))
                .body("parties[1].owners[0].percentage", equalTo(100.0f))
                .body("amount", equalTo(125000.00f))
                .body("corridor", equalTo("RU-VE"));
        // the clerk's own token is what the screening service sees
        stub.verify(postRequestedFor(urlEqualTo(ScreeningStubs.BATCH))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + CLERK)));
    }

    @Test
    void shouldClearTwoUnlistedCompaniesTradingCoffee() {
        stub.stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.noHits(), ScreeningStubs.noHits()));

        String id = register(key(), COFFEE).statusCode(201)
                .body("status", equalTo("CLEARED"))
                .body("reasons", empty())
                .body("alerts", empty())
                .body("reportDueDate", nullValue())
                .extract().path("id").toString();
        given().auth().oauth2(ANALYST).get("/api/v1/trades/" + id).then().statusCode(200)
                .body("status", equalTo("CLEARED")).body("reference", equalTo("PO-7781"));
    }

    @Test
    void shouldHoldAPotentialMatchAndRaiseAnAlertNamedInTheReasons() {
        stub.stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.noHits(), ScreeningStubs.lavrovByName()));
        String body = COFFEE.replace("\"role\": \"BUYER\", \"name\": \"Cafe Caracas Importaciones C.A.\", "
                        + "\"type\": \"organization\", \"country\": \"VE\"",
                "\"role\": \"OTHER\", \"name\": \"Serguei Lavrof\", \"type\": \"person\", \"country\": \"RU\", "
                        + "\"birthDate\": \"1950-03-21\"");

        var response = register(key(), body).statusCode(201)
                .body("status", equalTo("HELD"))
                .body("alerts", hasSize(1))
                .body("alerts[0].sourceId", equalTo("35233"))
                .body("alerts[0].status", equalTo("OPEN"))
                .body("alerts[0].partyIndex", equalTo(1))
                .body("reasons[0].kind", equalTo("POTENTIAL_MATCH"))
                .extract();
        assertEquals(response.path("alerts[0].id").toString(), response.path("reasons[0].alertIds[0]").toString());
    }

    @Test
    void shouldRejectIntegratedCircuitsToRussia() {
        stub.stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.noHits(), ScreeningStubs.noHits()));
        String body = COFFEE.replace("\"destination\": {\"country\": \"VE\"}", "\"destination\": {\"country\": \"RU\"}")
                .replace("\"hsCode\": \"0901\", \"description\": \"green coffee\"",
                        "\"hsCode\": \"854231\", \"description\": \"microcontrollers\"");

        register(key(), body).statusCode(201)
                .body("status", equalTo("REJECTED"))
                .body("reasons.ruleId", hasItem("CHP-EU-854231"))
                .body("reportDueDate", notNullValue());
    }

    @Test
    void shouldRejectADestinationInCrimea() {
        stub.stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.noHits(), ScreeningStubs.noHits()));
        String body = COFFEE.replace("\"destination\": {\"country\": \"VE\"}",
                "\"destination\": {\"country\": \"UA\", \"subdivision\": \"UA-43\"}");

        register(key(), body).statusCode(201)
                .body("status", equalTo("REJECTED"))
                .body("reasons.ruleId", hasItems("EMB-US-UA-43", "EMB-EU-UA-43", "EMB-UK-UA-43"))
                .body("reasons.kind", everyItem(equalTo("EMBARGO")));
    }

    @Test
    void shouldStoreATradePendingWhileScreeningIsDownAndDecideItWhenScreeningIsBack() {
        stub.stubFor(post(urlEqualTo(ScreeningStubs.BATCH)).willReturn(aResponse().withStatus(503)));

        String id = register(key(), COFFEE).statusCode(201)
                .body("status", equalTo("PENDING_SCREENING"))
                .body("decidedAt", nullValue())
                .extract().path("id").toString();
        given().auth().oauth2(ANALYST).queryParam("status", "PENDING_SCREENING").get("/api/v1/trades").then()
                .statusCode(200).body("id.collect { it.toString() }", hasItem(id));

        stub.resetAll();
        circuitBreakers.resetAll();
        stub.stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.noHits(), ScreeningStubs.noHits()));
        trades.retryPending();

        given().auth().oauth2(ANALYST).get("/api/v1/trades/" + id).then().statusCode(200)
                .body("status", equalTo("CLEARED")).body("decidedAt", notNullValue());
        // background work screens with the service token, not a user's
        stub.verify(postRequestedFor(urlEqualTo(ScreeningStubs.BATCH))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                        "Bearer test-service-token")));
    }

    @Test
    void shouldGiveTheOriginalBackForTheSameKeyAndBodyWithoutScreeningAgain() {
        stub.stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.noHits(), ScreeningStubs.noHits()));
        String key = key();
        String id = register(key, COFFEE).statusCode(201).extract().path("id").toString();

        register(key, COFFEE).statusCode(200).body("id", equalTo(Integer.parseInt(id)))
                .body("status", equalTo("CLEARED"));
        stub.verify(1, postRequestedFor(urlEqualTo(ScreeningStubs.BATCH)));
    }

    @Test
    void shouldRegisterOnceWhenEightRequestsRaceWithTheSameKey() throws Exception {
        stub.stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.noHits(), ScreeningStubs.noHits()));
        String key = key();
        String reference = "RACE-" + key.substring(0, 8);
        String body = COFFEE.replace("PO-7781", reference);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.List<java.util.concurrent.Future<io.restassured.response.Response>> answers = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return given().auth().oauth2(CLERK).header("Idempotency-Key", key).contentType("application/json")
                            .body(body).post("/api/v1/trades");
                }));
            }
            go.countDown();
            java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();
            java.util.Set<Object> ids = new java.util.HashSet<>();
            for (var f : answers) {
                io.restassured.response.Response r = f.get();
                statuses.merge(r.statusCode(), 1, Integer::sum);
                if (r.statusCode() / 100 == 2) {
                    ids.add(r.path("id"));
                } else {
                    assertEquals(409, r.statusCode(), r.asString());
                    assertTrue(r.contentType().startsWith("application/problem+json"));
                }
            }
            System.out.println("idempotency race: 8 requests with one key, statuses " + statuses + ", trades " + ids);
            assertEquals(1, statuses.getOrDefault(201, 0), "exactly one registration: " + statuses);
            assertEquals(1, ids.size(), "every 2xx names the same trade: " + ids);
        } finally {
            pool.shutdown();
        }
        java.util.List<Object> stored = given().auth().oauth2(AUDITOR).get("/api/v1/trades").then().statusCode(200)
                .extract().path("findAll { it.reference == '" + reference + "' }.id");
        assertEquals(1, stored.size(), "one trade stored for the key: " + stored);
        stub.verify(1, postRequestedFor(urlEqualTo(ScreeningStubs.BATCH)));
    }

    @Test
    void shouldAnswerARepeatArrivingDuringTheFirstRequestWithTheFirstOutcomeNeverPending() throws Exception {
        // screening takes 0.7 s (under the test profile's 1 s timeout): repeats arrive while the first request is still screening its trade
        stub.stubFor(post(urlEqualTo(ScreeningStubs.BATCH)).willReturn(aResponse().withStatus(200).withFixedDelay(700)
                .withHeader("Content-Type", "application/x-ndjson")
                .withBody(ScreeningStubs.noHits() + "\n" + ScreeningStubs.noHits() + "\n")));
        String key = key();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var first = pool.submit(() -> register(key, COFFEE).extract().response());
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                    !stub.findAll(postRequestedFor(urlEqualTo(ScreeningStubs.BATCH))).isEmpty());
            java.util.List<java.util.concurrent.Future<io.restassured.response.Response>> repeats = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                repeats.add(pool.submit(() -> register(key, COFFEE).extract().response()));
            }
            io.restassured.response.Response original = first.get();
            assertEquals(201, original.statusCode(), original.asString());
            assertEquals("CLEARED", original.path("status"));
            for (var f : repeats) {
                io.restassured.response.Response r = f.get();
                if (r.statusCode() == 409) {
                    assertTrue(r.contentType().startsWith("application/problem+json"));
                    assertNotNull(r.header("Retry-After"), "a repeat told to wait says how long");
                } else {
                    assertEquals(200, r.statusCode(), r.asString());
                    assertEquals("CLEARED", r.path("status"), "a repeat gives the first request's outcome");
                    assertEquals((Object) original.path("id"), r.path("id"));
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void shouldRefuseTheSameKeyWithAnotherBody() {
        stub.stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.noHits(), ScreeningStubs.noHits()));
        String key = key();
        register(key, COFFEE).statusCode(201);

        register(key, COFFEE.replace("48000.00\", \"currency\"", "48001.00\", \"currency\"")).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("different body"));
    }

    @Test
    void shouldRequireAnIdempotencyKey() {
        given().auth().oauth2(CLERK).contentType("application/json").body(COFFEE).post("/api/v1/trades").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("Idempotency-Key"));
        stub.verify(0, postRequestedFor(urlEqualTo(ScreeningStubs.BATCH)));
    }

    @Test
    void shouldListEveryInvalidField() {
        String body = COFFEE.replace("\"EUR\"", "\"euro\"").replace("\"role\": \"SELLER\"", "\"role\": \"SUPPLIER\"")
                .replace("\"0901\"", "\"coffee\"");
        register(key(), body).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("currency", "parties[0].role", "goods[0].hsCode"));
    }

    @Test
    void shouldRefuseACurrencyThatIsNotIso4217() {
        register(key(), COFFEE.replace("\"EUR\"", "\"XYZ\"")).statusCode(400)
                .body("violations.field", contains("currency"));
    }

    @Test
    void shouldRefuseAnUnknownField() {
        register(key(), COFFEE.replace("\"paymentRail\"", "\"colour\": \"red\", \"paymentRail\"")).statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAnAmountGivenTwiceNamingItAndStoreNothing() {
        // last-one-wins would store 48000.00 while a reviewer reading the first value sees 1.00
        String twice = COFFEE.replace("\"amount\": \"48000.00\"", "\"amount\": \"1.00\", \"amount\": \"48000.00\"");
        register(key(), twice).statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("'amount' appears more than once"))
                .body("violations.field", contains("amount"));
        stub.verify(0, postRequestedFor(urlEqualTo(ScreeningStubs.BATCH)));
    }

    @Test
    void shouldRefuseFreeTextThatDoesNotDisplayAsItIsStored() {
        String hidden = COFFEE.replace("\"PO-7781\"", "\"PO-\\u202e1877\"")
                .replace("\"green coffee\"", "\"green\\u0000coffee\"");
        register(key(), hidden).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("reference", "goods[0].description"))
                .body("violations.message", everyItem(containsString("printable")));
        stub.verify(0, postRequestedFor(urlEqualTo(ScreeningStubs.BATCH)));
    }

    @Test
    void shouldLetOnlyTradeClerksRegister() {
        given().auth().oauth2(ANALYST).header("Idempotency-Key", key()).contentType("application/json").body(COFFEE)
                .post("/api/v1/trades").then().statusCode(403).contentType("application/problem+json");
        given().header("Idempotency-Key", key()).contentType("application/json").body(COFFEE)
                .post("/api/v1/trades").then().statusCode(401);
    }

    @Test
    void shouldReadBackEveryFieldOfTheStoredTradeAsRegistered() {
        // the registration writes the trade graph in batched JDBC statements and answers from memory; the GET reads
        // it back through Hibernate: both must say the same, down to dates, scales, positions and nulls
        stub.stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.noHits(), ScreeningStubs.noHits(),
                ScreeningStubs.noHits(), ScreeningStubs.noHits(), ScreeningStubs.noHits()));
        String body = """
                {"reference": "RT-1", "tradeDate": "2026-01-01", "amount": "1234.5678", "currency": "CHF",
                 "paymentRail": "OTHER", "origin": {"country": "CH", "subdivision": "CH-ZH"},
                 "destination": {"country": "AE", "subdivision": "AE-DU"},
                 "goods": [{"hsCode": "0901", "description": "coffee", "quantity": 1.5, "value": "1000.00"},
                           {"hsCode": "090210", "description": "green tea", "quantity": 2, "value": "234.5678"}],
                 "parties": [
                   {"role": "SELLER", "name": "Zürcher Röstkaffee AG", "type": "organization", "country": "CH",
                    "identifiers": [{"type": "LEI", "value": "529900T8BM49AURSDO55"},
                                    {"type": "TAX_ID", "value": "CHE-123.456.789"}],
                    "owners": [{"name": "Anna Muster", "type": "person", "percentage": 60.25},
                               {"name": "Holding Muster AG", "type": "organization", "percentage": 39.75}]},
                   {"role": "BUYER", "name": "Dubai Beverages FZE", "type": "organization", "country": "AE"},
                   {"role": "OTHER", "name": "Jean Dupont", "type": "person", "birthDate": "1970-12-31"}]}
                """;
        io.restassured.path.json.JsonPath registered = register(key(), body).statusCode(201).extract().jsonPath();
        io.restassured.path.json.JsonPath read = given().auth().oauth2(ANALYST)
                .get("/api/v1/trades/" + registered.getLong("id")).then().statusCode(200).extract().jsonPath();

        for (String field : java.util.List.of("reference", "tradeDate", "amount", "currency", "paymentRail", "origin",
                "destination", "goods", "parties", "corridor", "registeredBy", "status")) {
            assertEquals(registered.get(field).toString(), read.get(field).toString(), field);
        }
        // to the second: MySQL Connector/J sends no fractional seconds to MariaDB 10.x (it reads the server's
        // "5.5.5-" version prefix as MySQL 5.5), so there the stored times lose their microseconds
        for (String time : java.util.List.of("registeredAt", "decidedAt")) {
            assertEquals(java.time.Instant.parse(registered.getString(time)).getEpochSecond(),
                    java.time.Instant.parse(read.getString(time)).getEpochSecond(), time);
        }
        assertEquals("1970-12-31", read.getString("parties[2].birthDate"));
        assertEquals("2026-01-01", read.getString("tradeDate"));
        assertEquals(java.util.List.of("LEI", "TAX_ID"), read.getList("parties[0].identifiers.type"));
        assertEquals(java.util.List.of("Anna Muster", "Holding Muster AG"), read.getList("parties[0].owners.name"));
        assertEquals("CH-ZH", read.getString("origin.subdivision"));
        assertEquals(java.util.List.of("0901", "090210"), read.getList("goods.hsCode"));
        assertEquals("CLEARED", read.getString("status"));
    }

    @Test
    void shouldRegisterAPastTradeSettledOverACentralBankChannel() {
        // history is registered as it happened: a trade date years back, settled between two central banks
        stub.stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.noHits(), ScreeningStubs.noHits()));
        io.restassured.path.json.JsonPath t = register(key(), """
                {"reference": "CB-2022-031", "tradeDate": "2022-03-15", "amount": "5400000.00", "currency": "RUB",
                 "paymentRail": "CENTRAL_BANK", "origin": {"country": "RU"}, "destination": {"country": "VE"},
                 "goods": [{"hsCode": "100199", "description": "wheat", "quantity": 900, "value": "5400000.00"}],
                 "parties": [
                   {"role": "SELLER", "name": "Kuban Zerno Trading LLC", "type": "organization", "country": "RU"},
                   {"role": "BUYER", "name": "Molinos del Orinoco C.A.", "type": "organization", "country": "VE"}]}
                """).statusCode(201).extract().jsonPath();
        assertEquals("CENTRAL_BANK", t.getString("paymentRail"));
        given().auth().oauth2(ANALYST).get("/api/v1/trades/" + t.getLong("id")).then().statusCode(200)
                .body("paymentRail", equalTo("CENTRAL_BANK")).body("tradeDate", equalTo("2022-03-15"));
        given().auth().oauth2(ANALYST).get("/api/v1/trades?from=2022-03-01&to=2022-03-31").then().statusCode(200)
                .body("reference", org.hamcrest.Matchers.hasItem("CB-2022-031"));
    }

    @Test
    void shouldAnswer404ForAnUnknownTrade() {
        given().auth().oauth2(ANALYST).get("/api/v1/trades/999999999").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldSearchByStatusCorridorAndDate() {
        stub.stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.noHits(), ScreeningStubs.noHits()));
        String body = COFFEE.replace("\"country\": \"VE\"}", "\"country\": \"CO\"}").replace("2026-11-21", "2026-10-02");
        String id = register(key(), body).statusCode(201).body("corridor", equalTo("DE-CO")).extract().path("id")
                .toString();

        given().auth().oauth2(ANALYST).queryParam("corridor", "de-co").queryParam("status", "CLEARED")
                .queryParam("from", "2026-10-01").queryParam("to", "2026-10-02").get("/api/v1/trades").then()
                .statusCode(200).body("id.collect { it.toString() }", contains(id));
        given().auth().oauth2(ANALYST).queryParam("corridor", "DE-CO").queryParam("from", "2026-10-03")
                .get("/api/v1/trades").then().statusCode(200).body("$", empty());
        given().auth().oauth2(ANALYST).queryParam("from", "yesterday").get("/api/v1/trades").then()
                .statusCode(400).body("violations.field", contains("from"));
    }

    @Test
    void shouldBlockAPartyHalfOwnedByAListedPersonWithTheOwnershipPath() {
        // queries in order: seller, buyer, buyer's owner 1, buyer's owner 2
        stub.stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.noHits(), ScreeningStubs.noHits(),
                ScreeningStubs.listedPersonByName("40001", "ROTENBERG, Arkady"), ScreeningStubs.noHits()));
        String body = COFFEE.replace("\"name\": \"Cafe Caracas Importaciones C.A.\", \"type\": \"organization\", "
                        + "\"country\": \"VE\"",
                "\"name\": \"Cafe Caracas Importaciones C.A.\", \"type\": \"organization\", \"country\": \"VE\", "
                        + "\"owners\": [{\"name\": \"Arkady Rotenberg\", \"type\": \"person\", \"percentage\": 50},"
                        + " {\"name\": \"Luis Perez\", \"type\": \"person\", \"percentage\": 50}]");

        register(key(), body).statusCode(201)
                .body("status", equalTo("BLOCKED"))
                .body("reasons.ruleId", contains("OWN-US-50"))
                .body("reasons[0].explanation", containsString("Arkady Rotenberg 50% = ofac-sdn 40001 ROTENBERG, Arkady"))
                .body("reasons[0].explanation", containsString(">= 50%"))
                .body("alerts", empty());
    }

    @Test
    void shouldRejectDealingsWithTheCentralBankOfRussia() {
        stub.stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.noHits(), ScreeningStubs.noHits(),
                ScreeningStubs.noHits()));
        String body = COFFEE.replace("\"parties\": [", "\"parties\": [{\"role\": \"INTERMEDIARY_BANK\", "
                + "\"name\": \"Bank Rossii\", \"type\": \"organization\", \"country\": \"RU\", "
                + "\"identifiers\": [{\"type\": \"BIC\", \"value\": \"CBRFRUMMXXX\"}]},");

        register(key(), body).statusCode(201)
                .body("status", equalTo("REJECTED"))
                .body("reasons.ruleId", hasItems("PROH-US-CBR", "PROH-EU-CBR", "PROH-UK-CBR"));
    }

    @Test
    void shouldRefuseOwnersHoldingMoreThanTheWhole() {
        String body = COFFEE.replace("GmbH\", \"type\": \"organization\", \"country\": \"DE\"}",
                "GmbH\", \"type\": \"organization\", \"country\": \"DE\", \"owners\": ["
                + "{\"name\": \"A\", \"type\": \"person\", \"percentage\": 60},"
                + "{\"name\": \"B\", \"type\": \"organization\", \"percentage\": 41}]}");

        register(key(), body).statusCode(400).body("violations.field", contains("parties[0].owners"))
                .body("violations[0].message", containsString("101%"));
        stub.verify(0, postRequestedFor(urlEqualTo(ScreeningStubs.BATCH)));
    }

    @Test
    void shouldKeepIdempotencyKeysPerCaller() {
        stub.stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.noHits(), ScreeningStubs.noHits()));
        String key = key();
        String first = register(key, COFFEE).statusCode(201).extract().path("id").toString();

        // another clerk's identical key is another request: a trade of its own, not the first clerk's
        String second = given().auth().oauth2(OTHER_CLERK).header("Idempotency-Key", key)
                .contentType("application/json").body(COFFEE.replace("48000.00\", \"currency\"", "48001.00\", \"currency\""))
                .post("/api/v1/trades").then().statusCode(201).body("registeredBy", equalTo("carl"))
                .extract().path("id").toString();
        org.junit.jupiter.api.Assertions.assertNotEquals(first, second);
        // and the first clerk still gets the original back
        register(key, COFFEE).statusCode(200).body("id", equalTo(Integer.parseInt(first)));
    }

    @Test
    void shouldLeaveATradePendingWithoutRetryingWhenScreeningRefusesTheClerksToken() {
        stub.stubFor(post(urlEqualTo(ScreeningStubs.BATCH)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\": 403}")));

        String id = register(key(), COFFEE).statusCode(201)
                .body("status", equalTo("PENDING_SCREENING"))
                .extract().path("id").toString();
        stub.verify(1, postRequestedFor(urlEqualTo(ScreeningStubs.BATCH)));
        given().auth().oauth2(AUDITOR).get("/api/v1/trades/" + id + "/audit").then().statusCode(200)
                .body("eventType", hasItem("SCREENING_REFUSED"))
                .body("find { it.eventType == 'SCREENING_REFUSED' }.details.error", containsString("HTTP 403"));

        // the background retry, with the service token the screening service accepts, decides it
        stub.resetAll();
        stub.stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.noHits(), ScreeningStubs.noHits()));
        trades.retryPending();
        given().auth().oauth2(ANALYST).get("/api/v1/trades/" + id).then().body("status", equalTo("CLEARED"));
    }

    @Test
    void shouldScreenEachPendingTradeOnceWhenTwoReplicasRetryAtTheSameTime() throws Exception {
        stub.stubFor(post(urlEqualTo(ScreeningStubs.BATCH)).willReturn(aResponse().withStatus(503)));
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(register(key(), COFFEE).statusCode(201).body("status", equalTo("PENDING_SCREENING"))
                    .extract().path("id").toString());
        }
        stub.resetAll();
        circuitBreakers.resetAll();
        // slow answers widen the window in which both "replicas" see the same due trades
        stub.stubFor(ScreeningStubs.batchAnswering(ScreeningStubs.noHits(), ScreeningStubs.noHits())
                .willReturn(aResponse().withStatus(200).withFixedDelay(150).withHeader("Content-Type",
                        "application/x-ndjson").withBody(ScreeningStubs.noHits() + "\n" + ScreeningStubs.noHits()
                        + "\n")));

        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> trades.retryPending());
            var b = pool.submit(() -> trades.retryPending());
            a.get();
            b.get();
        } finally {
            pool.shutdown();
        }

        for (String id : ids) {
            given().auth().oauth2(AUDITOR).get("/api/v1/trades/" + id + "/audit").then().statusCode(200)
                    .body("findAll { it.eventType == 'TRADE_SCREENED' }.size()", equalTo(1));
            given().auth().oauth2(ANALYST).get("/api/v1/trades/" + id).then().body("status", equalTo("CLEARED"));
        }
    }

    @Test
    void shouldRegisterPartiesKnownOnlyByTheYearOrMonthOfBirthAndScreenThemAsGiven() {
        stub.stubFor(ScreeningStubs.noHitsForEveryParty());
        String body = COFFEE.replace("\"role\": \"BUYER\", \"name\": \"Cafe Caracas Importaciones C.A.\", "
                        + "\"type\": \"organization\", \"country\": \"VE\"",
                "\"role\": \"BUYER\", \"name\": \"Ivan Petrov\", \"type\": \"person\", \"country\": \"RU\", "
                        + "\"birthDate\": \"1950\"}, {\"role\": \"OTHER\", \"name\": \"Olga Petrova\", "
                        + "\"type\": \"person\", \"birthDate\": \"1952-07\"");
        long id = register(key(), body).statusCode(201)
                .body("status", equalTo("CLEARED"))
                .body("parties[1].birthDate", equalTo("1950"))
                .body("parties[2].birthDate", equalTo("1952-07"))
                .extract().jsonPath().getLong("id");
        // the screening service gets the dates exactly as the clerk gave them
        stub.verify(postRequestedFor(urlEqualTo(ScreeningStubs.BATCH))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("\"birthDate\":\"1950\""))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("\"birthDate\":\"1952-07\"")));
        given().auth().oauth2(ANALYST).get("/api/v1/trades/" + id).then().statusCode(200)
                .body("parties[1].birthDate", equalTo("1950"))
                .body("parties[2].birthDate", equalTo("1952-07"));
    }

    @Test
    void shouldRefuseABirthDateThatIsNoDateNamingTheParty() {
        String person = "\"role\": \"BUYER\", \"name\": \"Cafe Caracas Importaciones C.A.\", "
                + "\"type\": \"organization\", \"country\": \"VE\"";
        for (String bad : java.util.List.of("50", "1950-7", "1950/07/01", "1950-13", "1950-02-30", "1950-07-01T00:00")) {
            register(key(), COFFEE.replace(person, person + ", \"birthDate\": \"" + bad + "\"")).statusCode(400)
                    .contentType(containsString("application/problem+json"))
                    .body("violations.field", hasItem(containsString("birthDate")));
        }
        stub.verify(0, postRequestedFor(urlEqualTo(ScreeningStubs.BATCH)));
    }
}
