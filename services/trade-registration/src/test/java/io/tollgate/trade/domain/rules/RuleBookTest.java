package io.tollgate.trade.domain.rules;

import io.tollgate.platform.data.TsvTable;
import io.tollgate.trade.domain.ReasonKind;
import io.tollgate.trade.domain.PartialDate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.trade.domain.GoodsLine;
import io.tollgate.trade.domain.PartyIdentifierType;
import io.tollgate.trade.domain.Location;
import io.tollgate.trade.domain.Party;
import io.tollgate.trade.domain.PartyIdentifier;
import io.tollgate.trade.domain.PartyRole;
import io.tollgate.trade.domain.PartyType;
import io.tollgate.trade.domain.Regime;
import io.tollgate.trade.domain.SettlementRail;
import io.tollgate.trade.domain.Trade;
import io.tollgate.trade.domain.TradeStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleBookTest {

    private static final Set<Regime> ALL = EnumSet.allOf(Regime.class);
    private final RuleBook rules = RuleBook.standard();

    private static Party org(String name, String country, PartyIdentifier... ids) {
        return new Party(PartyRole.BUYER, name, PartyType.ORGANIZATION, country, Optional.empty(), List.of(ids),
                List.of());
    }

    private static Trade trade(SettlementRail rail, Location origin, Location destination, String hs, Party... parties) {
        return new Trade("T-1", LocalDate.of(2026, 11, 20), new BigDecimal("1000.00"), "EUR", rail, origin,
                destination, List.of(new GoodsLine(hs, "goods", BigDecimal.ONE, new BigDecimal("1000.00"))),
                List.of(parties));
    }

    private static Set<String> ids(List<RuleOutcome> out) {
        return out.stream().map(RuleOutcome::ruleId).collect(Collectors.toSet());
    }

    @Test
    void shouldFindNothingForCoffeeFromGermanyToVenezuelaOverSwift() {
        assertEquals(List.of(), rules.evaluate(trade(SettlementRail.SWIFT, Location.of("DE"), Location.of("VE"),
                "0901", org("Cafe Caracas C.A.", "VE")), ALL));
    }

    @ParameterizedTest
    @CsvSource({"UA-43", "UA-40", "UA-14", "UA-09", "UA-23", "UA-65"})
    void shouldRejectEveryOccupiedRegionOfUkraineUnderAllThreeRegimes(String region) {
        List<RuleOutcome> out = rules.evaluate(trade(SettlementRail.SWIFT, Location.of("DE"),
                Location.of("UA", region), "0901"), ALL);
        assertEquals(Set.of("EMB-US-" + region, "EMB-EU-" + region, "EMB-UK-" + region), ids(out));
        assertEquals(3, out.size());
        assertTrue(out.stream().allMatch(o -> o.outcome() == TradeStatus.REJECTED && o.kind() == ReasonKind.EMBARGO));
        assertEquals("2026-11-28.1", out.get(0).ruleVersion());
    }

    @Test
    void shouldNotTreatGovernmentControlledUkraineAsEmbargoed() {
        assertEquals(List.of(), rules.evaluate(trade(SettlementRail.SWIFT, Location.of("DE"),
                Location.of("UA", "UA-30"), "0901"), ALL));
        assertEquals(List.of(), rules.evaluate(trade(SettlementRail.SWIFT, Location.of("DE"), Location.of("UA"),
                "0901"), ALL));
    }

    @ParameterizedTest
    @CsvSource({"CU,EMB-US-CU", "IR,EMB-US-IR", "KP,EMB-US-KP", "SY,EMB-US-SY"})
    void shouldRejectTheWholeCountryUnderTheUsRegime(String country, String ruleId) {
        List<RuleOutcome> out = rules.evaluate(trade(SettlementRail.SWIFT, Location.of(country), Location.of("DE"),
                "0901"), EnumSet.of(Regime.US));
        assertEquals(Set.of(ruleId), ids(out));
        assertEquals(1, out.size());
        assertTrue(out.get(0).explanation().startsWith("origin " + country), out.get(0).explanation());
    }

    @Test
    void shouldApplyOnlyTheConfiguredRegimes() {
        List<RuleOutcome> eu = rules.evaluate(trade(SettlementRail.SWIFT, Location.of("DE"), Location.of("CU"), "0901"),
                EnumSet.of(Regime.EU));
        assertEquals(List.of(), eu);
    }

    @Test
    void shouldApplyEmbargoToAPartyLocatedInTheCountry() {
        List<RuleOutcome> out = rules.evaluate(trade(SettlementRail.SWIFT, Location.of("DE"), Location.of("VE"), "0901",
                org("Banco Nacional de Cuba", "CU")), EnumSet.of(Regime.US));
        assertEquals(Set.of("EMB-US-CU"), ids(out));
        assertTrue(out.get(0).explanation().contains("Banco Nacional de Cuba"), out.get(0).explanation());
    }

    @ParameterizedTest
    @CsvSource({"854231,RU", "8542.39,BY", "85423300,RU"})
    void shouldRejectIntegratedCircuitsToRussiaOrBelarus(String hs, String destination) {
        List<RuleOutcome> out = rules.evaluate(trade(SettlementRail.SWIFT, Location.of("DE"), Location.of(destination),
                hs), EnumSet.of(Regime.EU));
        assertEquals(1, out.size());
        assertEquals(ReasonKind.GOODS, out.get(0).kind());
        assertEquals(TradeStatus.REJECTED, out.get(0).outcome());
        assertTrue(out.get(0).explanation().contains(hs) && out.get(0).explanation().contains("CHP tier 1"),
                out.get(0).explanation());
    }

    @Test
    void shouldLetIntegratedCircuitsGoElsewhereAndOtherGoodsToRussia() {
        assertEquals(List.of(), rules.evaluate(trade(SettlementRail.SWIFT, Location.of("DE"), Location.of("VE"),
                "854231"), ALL));
        assertEquals(List.of(), rules.evaluate(trade(SettlementRail.SWIFT, Location.of("DE"), Location.of("RU"),
                "854110"), ALL));
    }

    @Test
    void shouldRejectSpfsUnderTheEuAndHoldItUnderTheUs() {
        List<RuleOutcome> out = rules.evaluate(trade(SettlementRail.SPFS, Location.of("RU"), Location.of("VE"), "100199"),
                EnumSet.of(Regime.EU, Regime.US));
        assertEquals(Set.of("RAIL-EU-SPFS=REJECTED", "RAIL-US-SPFS=HELD"),
                out.stream().map(o -> o.ruleId() + "=" + o.outcome()).collect(Collectors.toSet()));
    }

    @Test
    void shouldHoldMirSettlementForReview() {
        List<RuleOutcome> out = rules.evaluate(trade(SettlementRail.MIR, Location.of("RU"), Location.of("VE"), "100199"),
                EnumSet.of(Regime.US));
        assertEquals(Set.of("RAIL-US-MIR"), ids(out));
        assertEquals(TradeStatus.HELD, out.get(0).outcome());
    }

    @Test
    void shouldRejectDealingsWithTheCentralBankOfRussiaByBicBranch() {
        List<RuleOutcome> out = rules.evaluate(trade(SettlementRail.SWIFT, Location.of("VE"), Location.of("RU"), "100199",
                org("Some Correspondent", "RU", new PartyIdentifier(PartyIdentifierType.BIC, "CBRF RU MM XXX"))),
                EnumSet.of(Regime.US));
        assertEquals(Set.of("PROH-US-CBR"), ids(out));
        assertEquals(TradeStatus.REJECTED, out.get(0).outcome());
        assertTrue(out.get(0).explanation().contains("BIC CBRF RU MM XXX"), out.get(0).explanation());
    }

    @Test
    void shouldRejectDealingsWithTheCentralBankOfRussiaByNameOnceEachRegime() {
        List<RuleOutcome> out = rules.evaluate(trade(SettlementRail.SWIFT, Location.of("VE"), Location.of("RU"), "100199",
                org("Central Bank of the Russian Federation", "RU",
                        new PartyIdentifier(PartyIdentifierType.TAX_ID, "7702235133"))), ALL);
        assertEquals(Set.of("PROH-US-CBR", "PROH-EU-CBR", "PROH-UK-CBR"), ids(out));
        assertEquals(3, out.size());
    }

    @Test
    void shouldNotRejectAnotherRussianBank() {
        assertEquals(List.of(), rules.evaluate(trade(SettlementRail.SWIFT, Location.of("VE"), Location.of("RU"),
                "100199", org("Bank of Russian Trade", "RU", new PartyIdentifier(PartyIdentifierType.BIC, "CBRUESMM"))),
                ALL));
    }

    @Test
    void shouldReadOwnershipThresholdsPerRegime() {
        OwnershipRule us = rules.ownership(Regime.US).orElseThrow();
        OwnershipRule eu = rules.ownership(Regime.EU).orElseThrow();
        assertTrue(us.reached(new BigDecimal("50")));
        assertFalse(eu.reached(new BigDecimal("50")));
        assertTrue(eu.reached(new BigDecimal("50.01")));
    }

    @Test
    void shouldFailAtLoadingWhenARuleHasAnUnknownOutcome() {
        TsvTable bad = TsvTable.parse("rails.tsv", "#version\t1\nrule_id\tregime\trail\toutcome\tdescription\n"
                + "R1\tEU\tSPFS\tFORBIDDEN\tx\n", TsvTable.Layout.HEADER);
        TsvTable empty = TsvTable.parse("x.tsv", "#version\t1\nrule_id\tregime\n", TsvTable.Layout.HEADER);
        TsvTable own = TsvTable.parse("o.tsv", "#version\t1\nrule_id\tregime\tthreshold_percent\tinclusive\t"
                + "listed_owner_min_score\n", TsvTable.Layout.HEADER);
        TsvTable src = TsvTable.parse("s.tsv", "#version\t1\nsource\teffect\n", TsvTable.Layout.HEADER);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new RuleBook(empty, empty, bad, empty, own, src));
    }

    @Test
    void shouldRefuseARuleTableWithoutVersion() {
        // every decision records the version of each table it applied
        TsvTable empty = TsvTable.parse("x.tsv", "#version\t1\nrule_id\tregime\n", TsvTable.Layout.HEADER);
        TsvTable own = TsvTable.parse("o.tsv", "#version\t1\nrule_id\tregime\tthreshold_percent\tinclusive\t"
                + "listed_owner_min_score\n", TsvTable.Layout.HEADER);
        TsvTable src = TsvTable.parse("s.tsv", "#version\t1\nsource\teffect\n", TsvTable.Layout.HEADER);
        TsvTable unversioned = TsvTable.parse("goods.tsv", "rule_id\tregime\n", TsvTable.Layout.HEADER);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new RuleBook(empty, unversioned, empty, empty, own, src));
        assertTrue(e.getMessage().contains("goods.tsv: no #version line"), e.getMessage());
    }
}
