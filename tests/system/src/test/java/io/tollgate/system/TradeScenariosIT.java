package io.tollgate.system;

import static io.tollgate.system.Scenarios.ANALYST;
import static io.tollgate.system.Scenarios.ANNA_AS_SUPERVISOR;
import static io.tollgate.system.Scenarios.SUPERVISOR;
import static io.tollgate.system.Scenarios.audit;
import static io.tollgate.system.Scenarios.awaitStatus;
import static io.tollgate.system.Scenarios.body;
import static io.tollgate.system.Scenarios.decide;
import static io.tollgate.system.Scenarios.register;
import static io.tollgate.system.Scenarios.trade;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import io.tollgate.system.harness.TollgateSystem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The scenarios end to end: the real OFAC SDN list of 2024-05-03 and the UN list imported into a running
 * screening service, trade registration calling it over HTTP with the clerk's token.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TradeScenariosIT {

    private static TollgateSystem system;

    @BeforeAll
    static void start() {
        system = TollgateSystem.start();
        system.importShared("ofac-sdn", "lists/ofac/2024-05-03/sdn.csv");
        system.importShared("un", "lists/un/UN_consolidated.xml");
        system.awaitListsServed("ofac-sdn", "un");
        // the imports' changes re-screened first: a pass deciding the held trade again while its alerts are decided
        // below may answer a decision with a 409 (RescreeningServiceTest covers that meeting)
        system.awaitListChangesFollowed();
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void shouldBlockWheatBoughtThroughTheCentralBankOfVenezuelaByBic() {
        register(system, body(system, "01-wheat-bcv-by-bic.json")).statusCode(201)
                .body("status", equalTo("BLOCKED"))
                .body("reportDueDate", notNullValue())
                .body("reasons.find { it.kind == 'LISTED_PARTY' }.explanation",
                        containsString("ofac-sdn 26727 BANCO CENTRAL DE VENEZUELA"))
                .body("reasons.find { it.kind == 'LISTED_PARTY' }.listVersions.ofac-sdn", notNullValue());
    }

    @Test
    @Order(2)
    void shouldBlockTheSameBankGivenByBicUnderAGarbledName() {
        register(system, body(system, "02-wheat-bcv-garbled-name.json")).statusCode(201)
                .body("status", equalTo("BLOCKED"))
                .body("reasons.find { it.kind == 'LISTED_PARTY' }.explanation", containsString("26727"));
    }

    @Test
    @Order(3)
    void shouldBlockTheNationalPaymentCardSystemByTaxId() {
        register(system, body(system, "03-card-processor-npcs.json")).statusCode(201)
                .body("status", equalTo("BLOCKED"))
                .body("reasons.find { it.kind == 'LISTED_PARTY' }.explanation",
                        containsString("37809 NATIONAL PAYMENT CARD SYSTEM JOINT STOCK COMPANY"));
    }

    @Test
    @Order(4)
    void shouldHoldLavrovUntilTwoPeopleReleaseItAndNotHoldTheSamePartyAgain() {
        JsonPath held = register(system, body(system, "04-lavrov-held.json")).statusCode(201)
                .body("status", equalTo("HELD"))
                .body("alerts.sourceId", hasItem("35233"))
                .extract().jsonPath();
        Object tradeId = held.get("id");
        List<Object> alertIds = new ArrayList<>(held.getList("alerts.id"));

        // first pair of eyes: still held
        for (Object alert : alertIds) {
            decide(system, ANALYST, alert, "FALSE_POSITIVE").statusCode(200)
                    .body("alert.status", equalTo("AWAITING_SECOND_REVIEW"));
        }
        trade(system, tradeId).body("status", equalTo("HELD"));
        // the same person as supervisor is not a second pair of eyes
        decide(system, ANNA_AS_SUPERVISOR, alertIds.get(0), "FALSE_POSITIVE").statusCode(403)
                .contentType("application/problem+json");
        // a different supervisor releases it
        for (Object alert : alertIds) {
            decide(system, SUPERVISOR, alert, "FALSE_POSITIVE").statusCode(200)
                    .body("alert.status", equalTo("FALSE_POSITIVE"));
        }
        trade(system, tradeId).body("status", equalTo("CLEARED"))
                .body("reasons.kind", everyItem(equalTo("RELEASED_MATCH")));

        // the same party again: the released entity is not raised again
        register(system, body(system, "05-lavrov-second-trade.json")).statusCode(201)
                .body("status", equalTo("CLEARED"))
                .body("alerts.sourceId", not(hasItem("35233")))
                .body("reasons.find { it.explanation.contains('35233') }.kind", equalTo("SUPPRESSED_MATCH"));
    }

    @Test
    @Order(5)
    void shouldBlockTheTankerNsLionByImo() {
        register(system, body(system, "06-vessel-ns-lion.json")).statusCode(201)
                .body("status", equalTo("BLOCKED"))
                .body("reasons.find { it.kind == 'LISTED_PARTY' }.explanation", containsString("46976 NS LION"));
    }

    @Test
    @Order(6)
    void shouldClearCoffeeBetweenTwoUnlistedCompanies() {
        register(system, body(system, "07-coffee-cleared.json")).statusCode(201)
                .body("status", equalTo("CLEARED"))
                .body("alerts.size()", equalTo(0))
                .body("reasons.size()", equalTo(0));
    }

    @Test
    @Order(7)
    void shouldRejectIntegratedCircuitsToRussiaAndCoffeeToCrimea() {
        register(system, body(system, "08-chips-to-russia.json")).statusCode(201)
                .body("status", equalTo("REJECTED"))
                .body("reasons.kind", hasItem("GOODS"))
                .body("reportDueDate", notNullValue());
        register(system, body(system, "09-crimea-destination.json")).statusCode(201)
                .body("status", equalTo("REJECTED"))
                .body("reasons.ruleId", hasItems("EMB-US-UA-43", "EMB-EU-UA-43", "EMB-UK-UA-43"));
    }

    @Test
    @Order(8)
    void shouldBlockAPartyHalfOwnedByAListedPerson() {
        register(system, body(system, "10-owned-by-listed-person.json")).statusCode(201)
                .body("status", equalTo("BLOCKED"))
                .body("reasons.kind", hasItem("OWNERSHIP"))
                .body("reasons.find { it.kind == 'OWNERSHIP' }.explanation", containsString("16669"));
    }

    @Test
    @Order(100)
    void shouldKeepTradesPendingWhileScreeningIsDownAndDecideThemWhenItIsBack() {
        system.screening().stop();
        List<Object> ids = new ArrayList<>();
        List<String> files = List.of("07-coffee-cleared.json", "06-vessel-ns-lion.json", "09-crimea-destination.json");
        for (String file : files) {
            ids.add(register(system, body(system, file)).statusCode(201)
                    .body("status", equalTo("PENDING_SCREENING"))
                    .extract().path("id"));
        }

        system.screening().start().awaitReady(Duration.ofSeconds(180));

        List<String> after = new ArrayList<>();
        for (Object id : ids) {
            after.add(awaitStatus(system, id, s -> !"PENDING_SCREENING".equals(s), Duration.ofSeconds(90)));
        }
        assertEquals(List.of("CLEARED", "BLOCKED", "REJECTED"), after, "every trade registered during the outage "
                + "is decided once screening is back (none lost, none cleared unscreened)");
        for (Object id : ids) {
            audit(system, id).body("eventType", hasItems("TRADE_REGISTERED", "SCREENING_FAILED", "TRADE_SCREENED",
                    "STATUS_CHANGED"));
        }
    }
}
