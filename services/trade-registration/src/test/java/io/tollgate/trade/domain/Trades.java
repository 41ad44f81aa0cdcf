package io.tollgate.trade.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Trades and screenings for the domain tests, built from the scenarios. */
final class Trades {

    private Trades() {
    }

    static Party organization(PartyRole role, String name, String country, PartyIdentifier... ids) {
        return new Party(role, name, PartyType.ORGANIZATION, country, Optional.empty(), List.of(ids), List.of());
    }

    static Party withOwners(Party p, DeclaredOwner... owners) {
        return new Party(p.role(), p.name(), p.type(), p.country(), p.birthDate(), p.identifiers(), List.of(owners));
    }

    static DeclaredOwner owner(String name, String percent) {
        return new DeclaredOwner(name, PartyType.PERSON, new BigDecimal(percent));
    }

    static Trade trade(SettlementRail rail, Location origin, Location destination, List<GoodsLine> goods,
                       Party... parties) {
        return new Trade("INV-2026-0042", LocalDate.of(2026, 11, 20), new BigDecimal("125000.00"), "EUR", rail,
                origin, destination, goods, List.of(parties));
    }

    static List<GoodsLine> coffee() {
        return List.of(new GoodsLine("0901", "coffee", new BigDecimal("200"), new BigDecimal("125000.00")));
    }

    static Trade coffeeToVenezuela() {
        return trade(SettlementRail.SWIFT, Location.of("DE"), Location.of("VE"), coffee(),
                organization(PartyRole.SELLER, "Hamburger Kaffeekontor GmbH", "DE"),
                organization(PartyRole.BUYER, "Cafe Caracas Importaciones C.A.", "VE"));
    }

    static ListHit hit(long entityId, String source, String sourceId, String name, double score, boolean identifier) {
        return new ListHit(entityId, source, sourceId, "organization", name, name, score, "hash-" + entityId,
                identifier, List.of());
    }

    static PartyScreening screening(ListHit... hits) {
        return new PartyScreening("scr-" + Math.abs(List.of(hits).hashCode()), Instant.parse("2026-11-28T10:00:00Z"),
                Map.of("ofac-sdn", 12L, "un", 3L), List.of(hits));
    }

    /** No hits for any query of the trade. */
    static ScreeningOutcome clean(Trade trade) {
        List<PartyScreening> all = new ArrayList<>();
        trade.screeningQueries().forEach(q -> all.add(screening()));
        return ScreeningOutcome.assemble(trade, all);
    }
}
