package io.tollgate.system;

import static io.tollgate.system.Scenarios.audit;
import static io.tollgate.system.Scenarios.awaitStatus;
import static io.tollgate.system.Scenarios.body;
import static io.tollgate.system.Scenarios.register;
import static io.tollgate.system.Scenarios.trade;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.system.harness.TollgateSystem;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Re-screening on a real list update: trades registered against OFAC SDN 2024-04-26, then the 2024-05-03 file (305
 * entities added, 8 removed) imported; trade registration follows the change feed with its service token.
 */
class ListChangeRescreeningIT {

    /** A Russian company OFAC listed on 2024-05-01 (SDN 47987, Tax ID 7805634884): not on the 04-26 list. */
    private static final String ARTMARINE = """
            {"reference": "RESCREEN-ARTMARINE", "tradeDate": "2026-11-20", "amount": "61000.00", "currency": "CNY",
             "paymentRail": "CIPS", "origin": {"country": "RU"}, "destination": {"country": "CN"},
             "goods": [{"hsCode": "890690", "description": "work boats", "quantity": 2, "value": "61000.00"}],
             "parties": [
              {"role": "SELLER", "name": "Artmarine LLC", "type": "organization", "country": "RU",
               "identifiers": [{"type": "TAX_ID", "value": "7805634884"}]},
              {"role": "BUYER", "name": "Qingdao Harbour Marine Supplies Co Ltd", "type": "organization", "country": "CN"}]}
            """;

    private static TollgateSystem system;

    @BeforeAll
    static void start() {
        system = TollgateSystem.start();
        system.importShared("ofac-sdn", "lists/ofac/2024-04-26/sdn.csv");
        system.awaitListsServed("ofac-sdn");
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void shouldBlockACounterpartyListedInTheNextOfacUpdateAndLeaveTheOthersAlone() {
        Object artmarine = register(system, ARTMARINE).statusCode(201).extract().path("id");
        String before = trade(system, artmarine).extract().path("status");
        Object coffee = register(system, body(system, "07-coffee-cleared.json")).statusCode(201)
                .body("status", equalTo("CLEARED")).extract().path("id");
        // let the job take the 04-26 import's changes first, so what follows is only the update's
        system.awaitListChangesFollowed();

        system.importShared("ofac-sdn", "lists/ofac/2024-05-03/sdn.csv");

        String after = awaitStatus(system, artmarine, "BLOCKED"::equals, Duration.ofSeconds(90));
        assertEquals("BLOCKED", after, "was " + before + " before the update");
        trade(system, artmarine)
                .body("reasons.find { it.kind == 'LISTED_PARTY' }.explanation", containsString("47987"));
        audit(system, artmarine)
                .body("eventType", hasItems("TRADE_RESCREENED", "STATUS_CHANGED"))
                .body("findAll { it.eventType == 'STATUS_CHANGED' }.details.to", hasItem("BLOCKED"))
                .body("findAll { it.eventType == 'STATUS_CHANGED' }.actor", hasItem("system"));
        trade(system, coffee).body("status", equalTo("CLEARED"));
        audit(system, coffee).body("eventType", not(hasItem("TRADE_RESCREENED")));
    }
}
