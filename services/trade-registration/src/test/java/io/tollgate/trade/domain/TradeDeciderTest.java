package io.tollgate.trade.domain;

import io.tollgate.trade.domain.AlertState;
import io.tollgate.trade.domain.ReasonKind;
import io.tollgate.trade.domain.PartialDate;
import static io.tollgate.trade.domain.Trades.hit;
import static io.tollgate.trade.domain.Trades.organization;
import static io.tollgate.trade.domain.Trades.owner;
import static io.tollgate.trade.domain.Trades.screening;
import static io.tollgate.trade.domain.Trades.withOwners;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    private final TradeDecider decider = new TradeDecider(RuleBook.standard(), RuleBook.usFederalCalendar());

    private static Set<String> kinds(TradeDecision d) {
        return d.reasons().stream().map(r -> r.kind().name()).collect(Collectors.toSet());
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
                new PartyIdentifier(PartyIdentifierType.BIC, "BCVEVECA")));
        ScreeningOutcome s = ScreeningOutcome.assemble(trade, List.of(screening(), screening(),
                screening(hit(8841, "ofac-sdn", "26727", "BANCO CENTRAL DE VENEZUELA", 0.99, true))));
        TradeDecision d = decider.decide(trade, Optional.of(s), ALL, FRIDAY);
        assertEquals(TradeStatus.BLOCKED, d.status());
        DecisionReason r = d.reasons().get(0);
        assertEquals(ReasonKind.LISTED_PARTY, r.kind());
        assertTrue(r.explanation().contains("ofac-sdn 26727 BANCO CENTRAL DE VENEZUELA"), r.explanation());
        assertEquals(12L, r.listVersions().get("ofac-sdn"));
        // Friday 2026-11-20 + 10 business days, Thanksgiving (2026-11-26) skipped
        assertEquals(Optional.of(LocalDate.of(2026, 12, 7)), d.reportDueDate());
        assertEquals(List.of(), d.potentialMatches());
    }

    @Test
    void shouldHoldANameOnlyHitAndRaiseOneAlertForIt() {
        Party lavrov = new Party(PartyRole.OTHER, "Serguei Lavrof", PartyType.PERSON, "RU",
                Optional.of(PartialDate.of(LocalDate.of(1950, 3, 21))), List.of(), List.of());
        Trade trade = Trades.trade(SettlementRail.SWIFT, Location.of("DE"), Location.of("VE"), Trades.coffee(), lavrov);
        ListHit h = hit(35233, "ofac-sdn", "35233", "LAVROV, Sergei Viktorovich", 0.93, false);
        TradeDecision d = decider.decide(trade, Optional.of(ScreeningOutcome.assemble(trade,
                List.of(screening(h, h)))), ALL, FRIDAY);
        assertEquals(TradeStatus.HELD, d.status());
        assertEquals(1, d.potentialMatches().size(), "the same entity twice is one alert");
        PotentialMatch m = d.potentialMatches().get(0);
        assertEquals(ReasonKind.POTENTIAL_MATCH, d.reasons().get(m.reasonIndex()).kind());
        assertEquals("35233", m.hit().sourceId());
        assertEquals(-1, m.ownerIndex());
        assertEquals(Optional.empty(), d.reportDueDate());
    }

    @Test
    void shouldHoldAnIdentifierHitOnAListThatIsNotAFreeze() {
        Trade trade = wheatToVenezuela(organization(PartyRole.BUYER_BANK, "Some Bank", "VE",
                new PartyIdentifier(PartyIdentifierType.TAX_ID, "123")));
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
                organization(PartyRole.BUYER_BANK, "BCV", "VE", new PartyIdentifier(PartyIdentifierType.BIC, "BCVEVECA")));
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
        List<DecisionReason> ownership = d.reasons().stream().filter(r -> r.kind() == ReasonKind.OWNERSHIP).toList();
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
                trade.screeningQueries().stream().map(ScreeningSubject::name).toList());
        PartyScreening sb = screening(hit(9, "un", "9", "B", 0.9, false));
        ScreeningOutcome s = ScreeningOutcome.assemble(trade, List.of(screening(), screening(), screening(), sb));
        assertEquals(sb, s.parties().get(1));
        assertEquals(2, s.owners().get(0).size());
    }

    private static Trade lavrovTrade(LocalDate birthDate) {
        Party lavrov = new Party(PartyRole.OTHER, "Serguei Lavrof", PartyType.PERSON, "RU", Optional.of(PartialDate.of(birthDate)),
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
        assertEquals(ReasonKind.SUPPRESSED_MATCH, again.reasons().get(0).kind());
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
                List.of(new PartyIdentifier(PartyIdentifierType.BIC, "bcve veca"),
                        new PartyIdentifier(PartyIdentifierType.TAX_ID, "J-1")), List.of());
        Party b = new Party(PartyRole.SELLER, "ACME TRADING", PartyType.ORGANIZATION, "VE", Optional.empty(),
                List.of(new PartyIdentifier(PartyIdentifierType.TAX_ID, "J1"),
                        new PartyIdentifier(PartyIdentifierType.BIC, "BCVEVECA")), List.of());
        assertEquals(ScreeningSubject.of(a).fingerprint(), ScreeningSubject.of(b).fingerprint());
        Party c = new Party(PartyRole.SELLER, "ACME TRADING", PartyType.ORGANIZATION, "CO", Optional.empty(),
                b.identifiers(), List.of());
        assertTrue(!ScreeningSubject.of(a).fingerprint().equals(ScreeningSubject.of(c).fingerprint()));
    }

    private static Trade lavrovTrade() {
        Party lavrov = new Party(PartyRole.OTHER, "Serguei Lavrof", PartyType.PERSON, "RU",
                Optional.of(PartialDate.of(LocalDate.of(1950, 3, 21))), List.of(), List.of());
        return Trades.trade(SettlementRail.SWIFT, Location.of("DE"), Location.of("VE"), Trades.coffee(), lavrov);
    }

    private static final ListHit LAVROV = hit(35233, "ofac-sdn", "35233", "LAVROV, Sergei Viktorovich", 0.93, false);

    private static RaisedAlert raised(long id, Trade trade, ListHit hit, AlertState state) {
        return new RaisedAlert(id, ScreeningSubject.of(trade.parties().get(0)).fingerprint(), hit.entityId(),
                hit.source(), hit.label(), state);
    }

    @Test
    void shouldPointAtTheUndecidedAlertInsteadOfRaisingItAgainWhenDecidingAgain() {
        Trade trade = lavrovTrade();
        TradeDecision d = decider.decide(trade, Optional.of(ScreeningOutcome.assemble(trade,
                List.of(screening(LAVROV)))), ALL, FRIDAY, Set.of(), List.of(raised(7, trade, LAVROV,
                AlertState.OPEN)));
        assertEquals(TradeStatus.HELD, d.status());
        assertEquals(List.of(), d.potentialMatches(), "no second alert");
        assertEquals(List.of(7L), d.reasons().get(0).alertIds());
    }

    @Test
    void shouldKeepHoldingForAnUndecidedAlertTheNewScreeningNoLongerFinds() {
        Trade trade = lavrovTrade();
        TradeDecision d = decider.decide(trade, Optional.of(Trades.clean(trade)), ALL, FRIDAY, Set.of(),
                List.of(raised(7, trade, LAVROV, AlertState.OPEN)));
        assertEquals(TradeStatus.HELD, d.status(), "only four eyes release a held trade, not a list change");
        assertTrue(d.reasons().get(0).explanation().contains("still undecided"), d.reasons().get(0).explanation());
    }

    @Test
    void shouldKeepBlockingForAConfirmedMatchWhenDecidingAgain() {
        Trade trade = lavrovTrade();
        TradeDecision d = decider.decide(trade, Optional.of(ScreeningOutcome.assemble(trade,
                List.of(screening(LAVROV)))), ALL, FRIDAY, Set.of(), List.of(raised(7, trade, LAVROV,
                AlertState.TRUE_MATCH)));
        assertEquals(TradeStatus.BLOCKED, d.status());
        assertEquals(ReasonKind.CONFIRMED_MATCH, d.reasons().get(0).kind());
        assertEquals(List.of(), d.potentialMatches());
    }

    @Test
    void shouldRaiseANewAlertWhenAReleasedEntityChanged() {
        Trade trade = lavrovTrade();
        String fingerprint = ScreeningSubject.of(trade.parties().get(0)).fingerprint();
        // released for an older version of the entity; the list change gave it a new content hash
        ReleasedMatch older = new ReleasedMatch(fingerprint, 35233, "hash-before-the-change", 7);
        TradeDecision d = decider.decide(trade, Optional.of(ScreeningOutcome.assemble(trade,
                List.of(screening(LAVROV)))), ALL, FRIDAY, Set.of(older), List.of(raised(7, trade, LAVROV,
                AlertState.FALSE_POSITIVE)));
        assertEquals(TradeStatus.HELD, d.status());
        assertEquals(1, d.potentialMatches().size());
    }

    @Test
    void shouldReleaseTheTradeOnceEveryAlertOfItsPotentialMatchIsAFalsePositive() {
        Trade trade = lavrovTrade();
        TradeDecision held = decider.decide(trade, Optional.of(ScreeningOutcome.assemble(trade,
                List.of(screening(LAVROV)))), ALL, FRIDAY);
        List<DecisionReason> stored = List.of(held.reasons().get(0).withAlertIds(List.of(7L)));
        Optional<TradeDecision> released = decider.afterAlertDecision(TradeStatus.HELD, stored,
                List.of(raised(7, trade, LAVROV, AlertState.FALSE_POSITIVE)), FRIDAY);
        assertEquals(TradeStatus.CLEARED, released.orElseThrow().status());
        assertEquals(ReasonKind.RELEASED_MATCH, released.get().reasons().get(0).kind());
        assertTrue(released.get().reasons().get(0).explanation().endsWith(" - false positive (four eyes)"));
        assertEquals(Optional.empty(), released.get().reportDueDate());
        // the first of the four eyes changes nothing: the status stays, nothing to record
        assertEquals(Optional.empty(), decider.afterAlertDecision(TradeStatus.HELD, stored,
                List.of(raised(7, trade, LAVROV, AlertState.AWAITING_SECOND_REVIEW)), FRIDAY));
    }

    @Test
    void shouldBlockOnAConfirmedMatchOnAnAssetFreezeListWithTheReportDueInTenBusinessDays() {
        Trade trade = lavrovTrade();
        TradeDecision held = decider.decide(trade, Optional.of(ScreeningOutcome.assemble(trade,
                List.of(screening(LAVROV)))), ALL, FRIDAY);
        List<DecisionReason> stored = List.of(held.reasons().get(0).withAlertIds(List.of(7L)));
        TradeDecision blocked = decider.afterAlertDecision(TradeStatus.HELD, stored,
                List.of(raised(7, trade, LAVROV, AlertState.TRUE_MATCH)), FRIDAY).orElseThrow();
        assertEquals(TradeStatus.BLOCKED, blocked.status());
        assertEquals(ReasonKind.CONFIRMED_MATCH, blocked.reasons().get(0).kind());
        // Thanksgiving (Thursday 2026-11-26) does not count
        assertEquals(Optional.of(LocalDate.of(2026, 12, 7)), blocked.reportDueDate());
        assertEquals(Optional.empty(), decider.afterAlertDecision(TradeStatus.PENDING_SCREENING, stored,
                List.of(raised(7, trade, LAVROV, AlertState.TRUE_MATCH)), FRIDAY), "screening decides it first");
    }

    @Test
    void shouldKeepAnOfacReportAlreadyDueWhenDecidedAgainTheSameWay() {
        TradeDecision blocked = new TradeDecision(TradeStatus.BLOCKED, List.of(), List.of(),
                Optional.of(LocalDate.of(2026, 12, 21)), java.util.Map.of());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 7)), blocked.continuing(TradeStatus.BLOCKED,
                Optional.of(LocalDate.of(2026, 12, 7))).reportDueDate());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 21)), blocked.continuing(TradeStatus.HELD,
                Optional.of(LocalDate.of(2026, 12, 7))).reportDueDate());
    }

    @Test
    void shouldRefuseAReportDueDateBeyondTheHolidayTable() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> decider.reportDue(TradeStatus.BLOCKED, LocalDate.of(2040, 1, 2)));
        assertTrue(e.getMessage().contains("us-federal-holidays.tsv"), e.getMessage());
        assertEquals(Optional.empty(), decider.reportDue(TradeStatus.HELD, LocalDate.of(2040, 1, 2)));
    }
}
