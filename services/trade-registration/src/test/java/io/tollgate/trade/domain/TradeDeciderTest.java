package io.tollgate.trade.domain;

import static io.tollgate.trade.domain.Trades.hit;
import static io.tollgate.trade.domain.Trades.organization;
import static io.tollgate.trade.domain.Trades.owner;
import static io.tollgate.trade.domain.Trades.screening;
import static io.tollgate.trade.domain.Trades.withOwners;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.trade.domain.rules.BusinessCalendar;
import io.tollgate.trade.domain.rules.RuleBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TradeDeciderTest {

    private static final Set<Regime> ALL = EnumSet.allOf(Regime.class);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);
    private final TradeDecider decider = new TradeDecider(RuleBook.standard(), BusinessCalendar.usFederal());

    private static Set<String> kinds(TradeDecision d) {
        return d.reasons().stream().map(DecisionReason::kind).collect(Collectors.toSet());
    }

    private static Trade wheatToVenezuela(Party buyerBank) {
        return Trades.trade(SettlementRail.SWIFT, Location.of("RU"), Location.of("VE"),
                List.of(new GoodsLine("100199", "wheat", new BigDecimal("500"), new BigDecimal("125000.00"))),
                organization(PartyRole.SELLER, "Rostov Grain Export LLC", "RU"),
                organization(PartyRole.BUYER, "Alimentos del Caribe C.A.", "VE"), buyerBank);
    }

    @Test
    void shouldClearATradeWithoutHitsOrRules() {
        Trade trade = Trades.coffeeToVenezuela();
        TradeDecision d = decider.decide(trade, Optional.of(Trades.clean(trade)), ALL, FRIDAY);
        assertEquals(TradeStatus.CLEARED, d.status());
        assertEquals(List.of(), d.reasons());
        assertEquals(Optional.empty(), d.reportDueDate());
        assertEquals("2026-11-28.1", d.ruleVersions().get("embargoes.tsv"));
    }

    @Test
    void shouldNeverClearATradeThatWasNotScreened() {
        Trade trade = Trades.coffeeToVenezuela();
        TradeDecision d = decider.decide(trade, Optional.empty(), ALL, FRIDAY);
        assertEquals(TradeStatus.PENDING_SCREENING, d.status());
        assertEquals(Optional.empty(), d.reportDueDate());
    }

    @Test
    void shouldBlockTheCentralBankOfVenezuelaFoundByBicWithAReportDueInTenBusinessDays() {
        Trade trade = wheatToVenezuela(organization(PartyRole.BUYER_BANK, "Bnco Cntrl de Vnzla", "VE",
                new PartyIdentifier(IdentifierType.BIC, "BCVEVECA")));
        ScreeningOutcome s = ScreeningOutcome.assemble(trade, List.of(screening(), screening(),
                screening(hit(8841, "ofac-sdn", "26727", "BANCO CENTRAL DE VENEZUELA", 0.99, true))));
        TradeDecision d = decider.decide(trade, Optional.of(s), ALL, FRIDAY);
        assertEquals(TradeStatus.BLOCKED, d.status());
        DecisionReason r = d.reasons().get(0);
        assertEquals("LISTED_PARTY", r.kind());
        assertTrue(r.explanation().contains("ofac-sdn 26727 BANCO CENTRAL DE VENEZUELA"), r.explanation());
        assertEquals(12L, r.listVersions().get("ofac-sdn"));
        // Friday 2026-11-20 + 10 business days, Thanksgiving (2026-11-26) skipped
        assertEquals(Optional.of(LocalDate.of(2026, 12, 7)), d.reportDueDate());
        assertEquals(List.of(), d.potentialMatches());
    }

    @Test
    void shouldHoldANameOnlyHitAndRaiseOneAlertForIt() {
        Party lavrov = new Party(PartyRole.OTHER, "Serguei Lavrof", PartyType.PERSON, "RU",
                Optional.of(LocalDate.of(1950, 3, 21)), List.of(), List.of());
        Trade trade = Trades.trade(SettlementRail.SWIFT, Location.of("DE"), Location.of("VE"), Trades.coffee(), lavrov);
        ListHit h = hit(35233, "ofac-sdn", "35233", "LAVROV, Sergei Viktorovich", 0.93, false);
        TradeDecision d = decider.decide(trade, Optional.of(ScreeningOutcome.assemble(trade,
                List.of(screening(h, h)))), ALL, FRIDAY);
        assertEquals(TradeStatus.HELD, d.status());
        assertEquals(1, d.potentialMatches().size(), "the same entity twice is one alert");
        PotentialMatch m = d.potentialMatches().get(0);
        assertEquals("POTENTIAL_MATCH", d.reasons().get(m.reasonIndex()).kind());
        assertEquals("35233", m.hit().sourceId());
        assertEquals(-1, m.ownerIndex());
        assertEquals(Optional.empty(), d.reportDueDate());
    }

    @Test
    void shouldHoldAnIdentifierHitOnAListThatIsNotAFreeze() {
        Trade trade = wheatToVenezuela(organization(PartyRole.BUYER_BANK, "Some Bank", "VE",
                new PartyIdentifier(IdentifierType.TAX_ID, "123")));
        ScreeningOutcome s = ScreeningOutcome.assemble(trade, List.of(screening(), screening(),
                screening(hit(5, "bis-dpl", "X1", "SOME BANK", 1.0, true))));
        TradeDecision d = decider.decide(trade, Optional.of(s), ALL, FRIDAY);
        assertEquals(TradeStatus.HELD, d.status());
        assertEquals(1, d.potentialMatches().size());
    }

    @Test
    void shouldRejectIntegratedCircuitsToRussiaWithTheGoodsRuleAndItsVersion() {
        Trade trade = Trades.trade(SettlementRail.SWIFT, Location.of("DE"), Location.of("RU"),
                List.of(new GoodsLine("854231", "microcontrollers", new BigDecimal("1000"), new BigDecimal("9000.00"))),
                organization(PartyRole.SELLER, "Elektronik Vertrieb GmbH", "DE"));
        TradeDecision d = decider.decide(trade, Optional.of(Trades.clean(trade)), ALL, FRIDAY);
        assertEquals(TradeStatus.REJECTED, d.status());
        assertTrue(d.reasons().stream().anyMatch(r -> r.ruleId().equals("CHP-EU-854231")
                && r.ruleVersion().equals("2026-11-28.1") && r.explanation().startsWith("EU: ")));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 7)), d.reportDueDate());
    }

    @Test
    void shouldRejectADestinationInCrimea() {
        Trade trade = Trades.trade(SettlementRail.SWIFT, Location.of("DE"), Location.of("UA", "UA-43"), Trades.coffee(),
                organization(PartyRole.BUYER, "Krymskiy Kofe OOO", "UA"));
        TradeDecision d = decider.decide(trade, Optional.of(Trades.clean(trade)), ALL, FRIDAY);
        assertEquals(TradeStatus.REJECTED, d.status());
        assertEquals(Set.of("EMBARGO"), kinds(d));
    }

    @Test
    void shouldPreferBlockedOverRejectedAndHeld() {
        Trade trade = Trades.trade(SettlementRail.MIR, Location.of("RU"), Location.of("UA", "UA-43"), Trades.coffee(),
                organization(PartyRole.BUYER_BANK, "BCV", "VE", new PartyIdentifier(IdentifierType.BIC, "BCVEVECA")));
        ScreeningOutcome s = ScreeningOutcome.assemble(trade,
                List.of(screening(hit(8841, "ofac-sdn", "26727", "BANCO CENTRAL DE VENEZUELA", 0.99, true))));
        TradeDecision d = decider.decide(trade, Optional.of(s), ALL, FRIDAY);
        assertEquals(TradeStatus.BLOCKED, d.status());
        assertTrue(kinds(d).containsAll(Set.of("LISTED_PARTY", "EMBARGO", "RAIL")), kinds(d).toString());
    }

    @Test
    void shouldBlockByOwnershipWhenListedOwnersTogetherHoldHalf() {
        Party company = withOwners(organization(PartyRole.BUYER, "Caribe Holdings S.A.", "VE"),
                owner("Owner One", "30"), owner("Owner Two", "20"), owner("Clean Owner", "50"));
        Trade trade = Trades.trade(SettlementRail.SWIFT, Location.of("DE"), Location.of("VE"), Trades.coffee(), company);
        ScreeningOutcome s = ScreeningOutcome.assemble(trade, List.of(screening(),
                screening(hit(1, "ofac-sdn", "111", "OWNER ONE", 0.99, false)),
                screening(hit(2, "ofac-sdn", "222", "OWNER TWO", 0.97, false)),
                screening()));
        TradeDecision d = decider.decide(trade, Optional.of(s), ALL, FRIDAY);
        assertEquals(TradeStatus.BLOCKED, d.status());
        List<DecisionReason> ownership = d.reasons().stream().filter(r -> r.kind().equals("OWNERSHIP")).toList();
        // OFAC: 50% or more; EU and UK: more than 50%
        assertEquals(List.of("OWN-US-50"), ownership.stream().map(DecisionReason::ruleId).toList());
        String path = ownership.get(0).explanation();
        assertTrue(path.contains("Owner One 30% = ofac-sdn 111 OWNER ONE") && path.contains("Owner Two 20%")
                && path.contains("= 50% >= 50%"), path);
        assertEquals(List.of(), d.potentialMatches());
    }

    @Test
    void shouldHoldRatherThanBlockWhenListedOwnersHoldLessThanTheThreshold() {
        Party company = withOwners(organization(PartyRole.BUYER, "Caribe Holdings S.A.", "VE"),
                owner("Owner One", "49.99"), owner("Clean Owner", "50.01"));
        Trade trade = Trades.trade(SettlementRail.SWIFT, Location.of("DE"), Location.of("VE"), Trades.coffee(), company);
        ScreeningOutcome s = ScreeningOutcome.assemble(trade, List.of(screening(),
                screening(hit(1, "ofac-sdn", "111", "OWNER ONE", 0.99, false)), screening()));
        TradeDecision d = decider.decide(trade, Optional.of(s), ALL, FRIDAY);
        assertEquals(TradeStatus.HELD, d.status());
        assertEquals(1, d.potentialMatches().size());
        assertEquals(0, d.potentialMatches().get(0).ownerIndex());
    }

    @Test
    void shouldNotCountAWeakOwnerHitTowardsOwnership() {
        Party company = withOwners(organization(PartyRole.BUYER, "Caribe Holdings S.A.", "VE"), owner("Owen Won", "60"));
        Trade trade = Trades.trade(SettlementRail.SWIFT, Location.of("DE"), Location.of("VE"), Trades.coffee(), company);
        ScreeningOutcome s = ScreeningOutcome.assemble(trade, List.of(screening(),
                screening(hit(1, "ofac-sdn", "111", "OWNER ONE", 0.85, false))));
        TradeDecision d = decider.decide(trade, Optional.of(s), ALL, FRIDAY);
        assertEquals(TradeStatus.HELD, d.status());
        assertEquals(Set.of("POTENTIAL_MATCH"), kinds(d));
    }

    @Test
    void shouldApplyTheEuThresholdAboveHalfOnlyUnderTheEu() {
        Party company = withOwners(organization(PartyRole.BUYER, "Caribe Holdings S.A.", "VE"), owner("Owner One", "50"));
        Trade trade = Trades.trade(SettlementRail.SWIFT, Location.of("DE"), Location.of("VE"), Trades.coffee(), company);
        ScreeningOutcome s = ScreeningOutcome.assemble(trade, List.of(screening(),
                screening(hit(1, "ofac-sdn", "111", "OWNER ONE", 1.0, false))));
        assertEquals(TradeStatus.HELD, decider.decide(trade, Optional.of(s), EnumSet.of(Regime.EU), FRIDAY).status());
        assertEquals(TradeStatus.BLOCKED, decider.decide(trade, Optional.of(s), EnumSet.of(Regime.US), FRIDAY).status());
    }

    @Test
    void shouldSplitScreeningsBackToPartiesAndOwners() {
        Party a = withOwners(organization(PartyRole.BUYER, "A", "VE"), owner("A1", "10"), owner("A2", "10"));
        Party b = organization(PartyRole.SELLER, "B", "DE");
        Trade trade = Trades.trade(SettlementRail.SWIFT, Location.of("DE"), Location.of("VE"), Trades.coffee(), a, b);
        assertEquals(List.of("A", "A1", "A2", "B"),
                trade.screeningQueries().stream().map(ScreeningQuery::name).toList());
        PartyScreening sb = screening(hit(9, "un", "9", "B", 0.9, false));
        ScreeningOutcome s = ScreeningOutcome.assemble(trade, List.of(screening(), screening(), screening(), sb));
        assertEquals(sb, s.parties().get(1));
        assertEquals(2, s.owners().get(0).size());
    }

    private static Trade lavrovTrade(LocalDate birthDate) {
        Party lavrov = new Party(PartyRole.OTHER, "Serguei Lavrof", PartyType.PERSON, "RU", Optional.of(birthDate),
                List.of(), List.of());
        return Trades.trade(SettlementRail.SWIFT, Location.of("DE"), Location.of("VE"), Trades.coffee(), lavrov);
    }

    @Test
    void shouldNotRaiseAReleasedFalsePositiveAgainForTheSamePartyAndEntityVersion() {
        ListHit h = hit(35233, "ofac-sdn", "35233", "LAVROV, Sergei Viktorovich", 0.93, false);
        Trade first = lavrovTrade(LocalDate.of(1950, 3, 21));
        String fingerprint = first.screeningQueries().get(0).fingerprint();
        Set<ReleasedMatch> released = Set.of(new ReleasedMatch(fingerprint, 35233, "hash-35233", 77));

        TradeDecision again = decider.decide(first, Optional.of(ScreeningOutcome.assemble(first,
                List.of(screening(h)))), ALL, FRIDAY, released);
        assertEquals(TradeStatus.CLEARED, again.status());
        assertEquals(List.of(), again.potentialMatches());
        assertEquals("SUPPRESSED_MATCH", again.reasons().get(0).kind());
        assertEquals(List.of(77L), again.reasons().get(0).alertIds());
    }

    @Test
    void shouldRaiseAReleasedMatchAgainWhenThePartyOrTheListedEntityChanged() {
        ListHit h = hit(35233, "ofac-sdn", "35233", "LAVROV, Sergei Viktorovich", 0.93, false);
        Trade first = lavrovTrade(LocalDate.of(1950, 3, 21));
        Set<ReleasedMatch> released = Set.of(new ReleasedMatch(first.screeningQueries().get(0).fingerprint(), 35233,
                "hash-35233", 77));
        Trade otherBirthDate = lavrovTrade(LocalDate.of(1950, 3, 22));
        assertEquals(TradeStatus.HELD, decider.decide(otherBirthDate, Optional.of(ScreeningOutcome.assemble(
                otherBirthDate, List.of(screening(h)))), ALL, FRIDAY, released).status());

        ListHit changedEntity = new ListHit(35233, "ofac-sdn", "35233", "person", "LAVROV, Sergei Viktorovich",
                "LAVROV, Sergei Viktorovich", 0.93, "hash-after-list-update", false, List.of());
        assertEquals(TradeStatus.HELD, decider.decide(first, Optional.of(ScreeningOutcome.assemble(first,
                List.of(screening(changedEntity)))), ALL, FRIDAY, released).status());
    }

    @Test
    void shouldFingerprintPartyDataRegardlessOfCaseSpacingAndOrder() {
        Party a = new Party(PartyRole.BUYER, "Acme  Trading", PartyType.ORGANIZATION, "VE", Optional.empty(),
                List.of(new PartyIdentifier(IdentifierType.BIC, "bcve veca"),
                        new PartyIdentifier(IdentifierType.TAX_ID, "J-1")), List.of());
        Party b = new Party(PartyRole.SELLER, "ACME TRADING", PartyType.ORGANIZATION, "VE", Optional.empty(),
                List.of(new PartyIdentifier(IdentifierType.TAX_ID, "J1"),
                        new PartyIdentifier(IdentifierType.BIC, "BCVEVECA")), List.of());
        assertEquals(ScreeningQuery.of(a).fingerprint(), ScreeningQuery.of(b).fingerprint());
        Party c = new Party(PartyRole.SELLER, "ACME TRADING", PartyType.ORGANIZATION, "CO", Optional.empty(),
                b.identifiers(), List.of());
        assertTrue(!ScreeningQuery.of(a).fingerprint().equals(ScreeningQuery.of(c).fingerprint()));
    }

    private static Trade lavrovTrade() {
        Party lavrov = new Party(PartyRole.OTHER, "Serguei Lavrof", PartyType.PERSON, "RU",
                Optional.of(LocalDate.of(1950, 3, 21)), List.of(), List.of());
        return Trades.trade(SettlementRail.SWIFT, Location.of("DE"), Location.of("VE"), Trades.coffee(), lavrov);
    }

    private static final ListHit LAVROV = hit(35233, "ofac-sdn", "35233", "LAVROV, Sergei Viktorovich", 0.93, false);

    private static RaisedAlert raised(long id, Trade trade, ListHit hit, RaisedAlert.State state) {
        return new RaisedAlert(id, ScreeningQuery.of(trade.parties().get(0)).fingerprint(), hit.entityId(),
                hit.source(), hit.label(), state);
    }

    @Test
    void shouldPointAtTheUndecidedAlertInsteadOfRaisingItAgainWhenDecidingAgain() {
        Trade trade = lavrovTrade();
        TradeDecision d = decider.decide(trade, Optional.of(ScreeningOutcome.assemble(trade,
                List.of(screening(LAVROV)))), ALL, FRIDAY, Set.of(), List.of(raised(7, trade, LAVROV,
                RaisedAlert.State.UNDECIDED)));
        assertEquals(TradeStatus.HELD, d.status());
        assertEquals(List.of(), d.potentialMatches(), "no second alert");
        assertEquals(List.of(7L), d.reasons().get(0).alertIds());
    }

    @Test
    void shouldKeepHoldingForAnUndecidedAlertTheNewScreeningNoLongerFinds() {
        Trade trade = lavrovTrade();
        TradeDecision d = decider.decide(trade, Optional.of(Trades.clean(trade)), ALL, FRIDAY, Set.of(),
                List.of(raised(7, trade, LAVROV, RaisedAlert.State.UNDECIDED)));
        assertEquals(TradeStatus.HELD, d.status(), "only four eyes release a held trade, not a list change");
        assertTrue(d.reasons().get(0).explanation().contains("still undecided"), d.reasons().get(0).explanation());
    }

    @Test
    void shouldKeepBlockingForAConfirmedMatchWhenDecidingAgain() {
        Trade trade = lavrovTrade();
        TradeDecision d = decider.decide(trade, Optional.of(ScreeningOutcome.assemble(trade,
                List.of(screening(LAVROV)))), ALL, FRIDAY, Set.of(), List.of(raised(7, trade, LAVROV,
                RaisedAlert.State.TRUE_MATCH)));
        assertEquals(TradeStatus.BLOCKED, d.status());
        assertEquals("CONFIRMED_MATCH", d.reasons().get(0).kind());
        assertEquals(List.of(), d.potentialMatches());
    }

    @Test
    void shouldRaiseANewAlertWhenAReleasedEntityChanged() {
        Trade trade = lavrovTrade();
        String fingerprint = ScreeningQuery.of(trade.parties().get(0)).fingerprint();
        // released for an older version of the entity; the list change gave it a new content hash
        ReleasedMatch older = new ReleasedMatch(fingerprint, 35233, "hash-before-the-change", 7);
        TradeDecision d = decider.decide(trade, Optional.of(ScreeningOutcome.assemble(trade,
                List.of(screening(LAVROV)))), ALL, FRIDAY, Set.of(older), List.of(raised(7, trade, LAVROV,
                RaisedAlert.State.FALSE_POSITIVE)));
        assertEquals(TradeStatus.HELD, d.status());
        assertEquals(1, d.potentialMatches().size());
    }
}
