package io.tollgate.system;

import static io.tollgate.system.Scenarios.audit;
import static io.tollgate.system.Scenarios.awaitStatus;
import static io.tollgate.system.Scenarios.body;
import static io.tollgate.system.Scenarios.eventTypes;
import static io.tollgate.system.Scenarios.reason;
import static io.tollgate.system.Scenarios.register;
import static io.tollgate.system.Scenarios.trade;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.client.trade.model.AuditEventView;
import io.tollgate.client.trade.model.Goods;
import io.tollgate.client.trade.model.Identifier;
import io.tollgate.client.trade.model.PartyData;
import io.tollgate.client.trade.model.Place;
import io.tollgate.client.trade.model.ReasonKind;
import io.tollgate.client.trade.model.TradeRequest;
import io.tollgate.client.trade.model.TradeStatus;
import io.tollgate.system.harness.TollgateSystem;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Re-screening on a real list update: trades registered against OFAC SDN 2024-04-26, then the 2024-05-03 file (305
 * entities added, 8 removed) imported; trade registration follows the change feed with its service token.
 */
class ListChangeRescreeningIT {

    /** A Russian company OFAC listed on 2024-05-01 (SDN 47987, Tax ID 7805634884): not on the 04-26 list. */
    private static TradeRequest artmarine() {
        return new TradeRequest().reference("RESCREEN-ARTMARINE").tradeDate(LocalDate.parse("2026-11-20"))
                .amount(new BigDecimal("61000.00")).currency("CNY").paymentRail(TradeRequest.PaymentRailEnum.CIPS)
                .origin(new Place().country("RU")).destination(new Place().country("CN"))
                .goods(List.of(new Goods().hsCode("890690").description("work boats").quantity(BigDecimal.valueOf(2))
                        .value(new BigDecimal("61000.00"))))
                .parties(List.of(
                        new PartyData().role(PartyData.RoleEnum.SELLER).name("Artmarine LLC")
                                .type(PartyData.TypeEnum.ORGANIZATION).country("RU")
                                .identifiers(List.of(new Identifier().type(Identifier.TypeEnum.TAX_ID).value("7805634884"))),
                        new PartyData().role(PartyData.RoleEnum.BUYER).name("Qingdao Harbour Marine Supplies Co Ltd")
                                .type(PartyData.TypeEnum.ORGANIZATION).country("CN")));
    }

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
        long artmarine = register(system, artmarine()).getId();
        TradeStatus before = trade(system, artmarine).getStatus();
        var coffeeTrade = register(system, body(system, "07-coffee-cleared.json"));
        assertEquals(TradeStatus.CLEARED, coffeeTrade.getStatus());
        long coffee = coffeeTrade.getId();
        // let the job take the 04-26 import's changes first, so what follows is only the update's
        system.awaitListChangesFollowed();

        system.importShared("ofac-sdn", "lists/ofac/2024-05-03/sdn.csv");

        TradeStatus after = awaitStatus(system, artmarine, TradeStatus.BLOCKED::equals, Duration.ofSeconds(90));
        assertEquals(TradeStatus.BLOCKED, after, "was " + before + " before the update");
        assertThat(reason(trade(system, artmarine), ReasonKind.LISTED_PARTY).getExplanation(), containsString("47987"));
        List<AuditEventView> events = audit(system, artmarine);
        assertThat(eventTypes(events), hasItems("TRADE_RESCREENED", "STATUS_CHANGED"));
        List<AuditEventView> changes = events.stream().filter(e -> "STATUS_CHANGED".equals(e.getEventType())).toList();
        // details is any JSON by contract (each event type its own shape): read as the JSON object it is here
        assertThat(changes.stream().map(e -> String.valueOf(((Map<?, ?>) e.getDetails()).get("to"))).toList(), hasItem("BLOCKED"));
        assertThat(changes.stream().map(AuditEventView::getActor).toList(), hasItem("system"));
        assertEquals(TradeStatus.CLEARED, trade(system, coffee).getStatus());
        assertThat(eventTypes(audit(system, coffee)), not(hasItem("TRADE_RESCREENED")));
    }
}
