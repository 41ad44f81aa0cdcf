package io.tollgate.system;

import static io.tollgate.system.Scenarios.ANALYST;
import static io.tollgate.system.Scenarios.ANNA_AS_SUPERVISOR;
import static io.tollgate.system.Scenarios.SUPERVISOR;
import static io.tollgate.system.Scenarios.audit;
import static io.tollgate.system.Scenarios.awaitStatus;
import static io.tollgate.system.Scenarios.body;
import static io.tollgate.system.Scenarios.decide;
import static io.tollgate.system.Scenarios.eventTypes;
import static io.tollgate.system.Scenarios.kinds;
import static io.tollgate.system.Scenarios.reason;
import static io.tollgate.system.Scenarios.register;
import static io.tollgate.system.Scenarios.trade;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tollgate.client.Clients;
import io.tollgate.client.screening.api.ScreeningsApi;
import io.tollgate.client.screening.model.Hit;
import io.tollgate.client.screening.model.ScreeningRequest;
import io.tollgate.client.screening.model.ScreeningResponse;
import io.tollgate.client.screening.model.StoredScreening;
import io.tollgate.client.trade.ApiException;
import io.tollgate.client.trade.model.AlertDecisionRequest.DecisionEnum;
import io.tollgate.client.trade.model.AlertState;
import io.tollgate.client.trade.model.AlertView;
import io.tollgate.client.trade.model.Reason;
import io.tollgate.client.trade.model.ReasonKind;
import io.tollgate.client.trade.model.TradeStatus;
import io.tollgate.client.trade.model.TradeView;
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
        TradeView t = register(system, body(system, "01-wheat-bcv-by-bic.json"));
        assertEquals(TradeStatus.BLOCKED, t.getStatus());
        assertNotNull(t.getReportDueDate());
        Reason listed = reason(t, ReasonKind.LISTED_PARTY);
        assertThat(listed.getExplanation(), containsString("ofac-sdn 26727 BANCO CENTRAL DE VENEZUELA"));
        assertNotNull(listed.getListVersions().get("ofac-sdn"));
    }

    @Test
    @Order(2)
    void shouldBlockTheSameBankGivenByBicUnderAGarbledName() {
        TradeView t = register(system, body(system, "02-wheat-bcv-garbled-name.json"));
        assertEquals(TradeStatus.BLOCKED, t.getStatus());
        assertThat(reason(t, ReasonKind.LISTED_PARTY).getExplanation(), containsString("26727"));
    }

    @Test
    @Order(3)
    void shouldBlockTheNationalPaymentCardSystemByTaxId() {
        TradeView t = register(system, body(system, "03-card-processor-npcs.json"));
        assertEquals(TradeStatus.BLOCKED, t.getStatus());
        assertThat(reason(t, ReasonKind.LISTED_PARTY).getExplanation(),
                containsString("37809 NATIONAL PAYMENT CARD SYSTEM JOINT STOCK COMPANY"));
    }

    @Test
    @Order(4)
    void shouldHoldLavrovUntilTwoPeopleReleaseItAndNotHoldTheSamePartyAgain() throws ApiException {
        TradeView held = register(system, body(system, "04-lavrov-held.json"));
        assertEquals(TradeStatus.HELD, held.getStatus());
        assertThat(held.getAlerts().stream().map(AlertView::getSourceId).toList(), hasItem("35233"));
        List<Long> alertIds = new ArrayList<>(held.getAlerts().stream().map(AlertView::getId).toList());

        // first pair of eyes: still held
        for (long alert : alertIds) {
            assertEquals(AlertState.AWAITING_SECOND_REVIEW,
                    decide(system, ANALYST, alert, DecisionEnum.FALSE_POSITIVE).getAlert().getStatus());
        }
        assertEquals(TradeStatus.HELD, trade(system, held.getId()).getStatus());
        // the same person as supervisor is not a second pair of eyes
        ApiException refused = assertThrows(ApiException.class,
                () -> decide(system, ANNA_AS_SUPERVISOR, alertIds.get(0), DecisionEnum.FALSE_POSITIVE));
        assertEquals(403, refused.getCode());
        assertThat(refused.getResponseHeaders().firstValue("content-type").orElse(""),
                startsWith("application/problem+json"));
        // a different supervisor releases it
        for (long alert : alertIds) {
            assertEquals(AlertState.FALSE_POSITIVE,
                    decide(system, SUPERVISOR, alert, DecisionEnum.FALSE_POSITIVE).getAlert().getStatus());
        }
        TradeView released = trade(system, held.getId());
        assertEquals(TradeStatus.CLEARED, released.getStatus());
        assertThat(kinds(released), everyItem(equalTo(ReasonKind.RELEASED_MATCH)));

        // the same party again: the released entity is not raised again
        TradeView again = register(system, body(system, "05-lavrov-second-trade.json"));
        assertEquals(TradeStatus.CLEARED, again.getStatus());
        assertThat(again.getAlerts().stream().map(AlertView::getSourceId).toList(), not(hasItem("35233")));
        assertEquals(ReasonKind.SUPPRESSED_MATCH, again.getReasons().stream()
                .filter(r -> r.getExplanation().contains("35233")).findFirst().map(Reason::getKind).orElse(null));
    }

    @Test
    @Order(5)
    void shouldBlockTheTankerNsLionByImo() {
        TradeView t = register(system, body(system, "06-vessel-ns-lion.json"));
        assertEquals(TradeStatus.BLOCKED, t.getStatus());
        assertThat(reason(t, ReasonKind.LISTED_PARTY).getExplanation(), containsString("46976 NS LION"));
    }

    @Test
    @Order(6)
    void shouldClearCoffeeBetweenTwoUnlistedCompanies() {
        TradeView t = register(system, body(system, "07-coffee-cleared.json"));
        assertEquals(TradeStatus.CLEARED, t.getStatus());
        assertThat(t.getAlerts(), empty());
        assertThat(t.getReasons(), empty());
    }

    @Test
    @Order(7)
    void shouldRejectIntegratedCircuitsToRussiaAndCoffeeToCrimea() {
        TradeView chips = register(system, body(system, "08-chips-to-russia.json"));
        assertEquals(TradeStatus.REJECTED, chips.getStatus());
        assertThat(kinds(chips), hasItem(ReasonKind.GOODS));
        assertNotNull(chips.getReportDueDate());
        TradeView crimea = register(system, body(system, "09-crimea-destination.json"));
        assertEquals(TradeStatus.REJECTED, crimea.getStatus());
        assertThat(crimea.getReasons().stream().map(Reason::getRuleId).toList(),
                hasItems("EMB-US-UA-43", "EMB-EU-UA-43", "EMB-UK-UA-43"));
    }

    @Test
    @Order(8)
    void shouldBlockAPartyHalfOwnedByAListedPerson() {
        TradeView t = register(system, body(system, "10-owned-by-listed-person.json"));
        assertEquals(TradeStatus.BLOCKED, t.getStatus());
        assertThat(kinds(t), hasItem(ReasonKind.OWNERSHIP));
        assertThat(reason(t, ReasonKind.OWNERSHIP).getExplanation(), containsString("16669"));
    }

    @Test
    @Order(9)
    void shouldScreenANameExplainTheHitAndKeepTheScreeningForAudit() throws Exception {
        var screenings = new ScreeningsApi(Clients.screening(system.screening().baseUri(),
                TollgateSystem.token("sara", "screener", "auditor")));
        ScreeningResponse screened = screenings.screenName(new ScreeningRequest().name("Serguei Lavrof")
                .type(ScreeningRequest.TypeEnum.PERSON).birthDate("1950-03-21"));
        Hit lavrov = screened.getHits().stream().filter(h -> "35233".equals(h.getSourceId())).findFirst()
                .orElseThrow(() -> new AssertionError("no hit on ofac-sdn 35233 in " + screened.getHits()));
        assertThat(lavrov.getScore(), greaterThanOrEqualTo(screened.getThreshold()));
        assertThat(lavrov.getExplanation(), not(empty()));
        StoredScreening stored = screenings.getScreening(screened.getScreeningId());
        assertEquals(screened.getHits().stream().map(Hit::getEntityId).toList(),
                stored.getHits().stream().map(Hit::getEntityId).toList());
    }

    @Test
    @Order(100)
    void shouldKeepTradesPendingWhileScreeningIsDownAndDecideThemWhenItIsBack() {
        system.screening().stop();
        List<Long> ids = new ArrayList<>();
        List<String> files = List.of("07-coffee-cleared.json", "06-vessel-ns-lion.json", "09-crimea-destination.json");
        for (String file : files) {
            TradeView t = register(system, body(system, file));
            assertEquals(TradeStatus.PENDING_SCREENING, t.getStatus());
            ids.add(t.getId());
        }

        system.screening().start().awaitReady(Duration.ofSeconds(180));

        List<TradeStatus> after = new ArrayList<>();
        for (long id : ids) {
            after.add(awaitStatus(system, id, s -> s != TradeStatus.PENDING_SCREENING, Duration.ofSeconds(90)));
        }
        assertEquals(List.of(TradeStatus.CLEARED, TradeStatus.BLOCKED, TradeStatus.REJECTED), after, "every trade "
                + "registered during the outage is decided once screening is back (none lost, none cleared unscreened)");
        for (long id : ids) {
            assertThat(eventTypes(audit(system, id)), hasItems("TRADE_REGISTERED", "SCREENING_FAILED", "TRADE_SCREENED",
                    "STATUS_CHANGED"));
        }
    }

    @Test
    @Order(20)
    void shouldFileTheRegisterOfBlockedAndRejectedTradesAsJsonAndAsACsvWhoseHashIsStamped() throws Exception {
        String auditor = TollgateSystem.token("aud", "auditor");
        io.tollgate.client.reporting.model.ReportDocument register =
                new io.tollgate.client.reporting.api.ReportsApi(io.tollgate.client.Clients.reporting(
                        system.reporting().baseUri(), auditor)).getReport("register", null, null, null, null, null,
                        null, null, null, null, null, null, null, null);
        assertEquals("register", register.getReport());
        List<Object> references = register.getRows().stream().map(r -> r.get("reference")).toList();
        assertThat(references.stream().map(String::valueOf).toList(),
                hasItems(startsWith("DEMO-01-WHEAT-MIR-"), startsWith("DEMO-03-CARD-PROCESSING-"),
                        startsWith("DEMO-06-CRUDE-NS-LION-"))); // the scenarios suffix each reference with a run id
        assertEquals(register.getRows().size(), register.getRowCount());

        java.net.http.HttpResponse<byte[]> csv = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(system.reporting().baseUri().resolve("/api/v1/reports/register"))
                        .header("Authorization", "Bearer " + auditor).header("Accept", "text/csv").build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, csv.statusCode());
        String hash = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(csv.body()));
        assertEquals(hash, csv.headers().firstValue("X-Report-Sha256").orElseThrow(),
                "the stamped sha256 is the hash of the CSV as filed");
        assertThat(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8), containsString("DEMO-06-CRUDE-NS-LION-"));
    }
}
