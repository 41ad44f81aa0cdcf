package io.tollgate.trade.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tollgate.trade.api.TradeApi;
import io.tollgate.trade.domain.DeclaredOwner;
import io.tollgate.trade.domain.GoodsLine;
import io.tollgate.trade.domain.IdentifierType;
import io.tollgate.trade.domain.Location;
import io.tollgate.trade.domain.Party;
import io.tollgate.trade.domain.PartyIdentifier;
import io.tollgate.trade.domain.PartyRole;
import io.tollgate.trade.domain.PartyType;
import io.tollgate.trade.domain.RaisedAlert;
import io.tollgate.trade.domain.SettlementRail;
import io.tollgate.trade.domain.Trade;
import io.tollgate.trade.repository.AlertEntity;
import io.tollgate.trade.repository.DecisionEntity;
import io.tollgate.trade.repository.GoodsLineEntity;
import io.tollgate.trade.repository.PartyEntity;
import io.tollgate.trade.repository.PartyIdentifierEntity;
import io.tollgate.trade.repository.PartyOwnerEntity;
import io.tollgate.trade.repository.TradeEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Maps between the API's shapes, the stored entities and the domain's trade. */
@ApplicationScoped
public class TradeMapper {

    private static final TypeReference<List<TradeApi.Reason>> REASONS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> VERSIONS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public TradeMapper(ObjectMapper json) {
        this.json = json;
    }

    /** A new trade entity holding everything the request says. */
    TradeEntity toEntity(TradeApi.TradeRequest r) {
        TradeEntity t = new TradeEntity();
        t.reference = r.reference();
        t.tradeDate = r.tradeDate();
        // the columns' scale, so the registration's answer shows what a later GET reads back
        t.amount = stored(r.amount());
        t.currency = r.currency();
        t.paymentRail = r.paymentRail();
        t.originCountry = r.origin().country();
        t.originSubdivision = r.origin().subdivision();
        t.destinationCountry = r.destination().country();
        t.destinationSubdivision = r.destination().subdivision();
        t.corridor = t.originCountry + "-" + t.destinationCountry;
        List<TradeApi.Goods> goods = r.goods() == null ? List.of() : r.goods();
        for (int i = 0; i < goods.size(); i++) {
            GoodsLineEntity g = new GoodsLineEntity();
            g.trade = t;
            g.seq = i;
            g.hsCode = goods.get(i).hsCode();
            g.description = goods.get(i).description();
            g.quantity = stored(goods.get(i).quantity());
            g.value = stored(goods.get(i).value());
            t.goods.add(g);
        }
        for (int i = 0; i < r.parties().size(); i++) {
            TradeApi.PartyData pd = r.parties().get(i);
            PartyEntity p = new PartyEntity();
            p.trade = t;
            p.seq = i;
            p.role = pd.role();
            p.name = pd.name();
            p.partyType = pd.type();
            p.country = pd.country();
            p.birthDate = pd.birthDate();
            List<TradeApi.Identifier> ids = pd.identifiers() == null ? List.of() : pd.identifiers();
            for (int j = 0; j < ids.size(); j++) {
                PartyIdentifierEntity id = new PartyIdentifierEntity();
                id.party = p;
                id.seq = j;
                id.identifierType = ids.get(j).type();
                id.value = ids.get(j).value();
                p.identifiers.add(id);
            }
            List<TradeApi.Owner> owners = pd.owners() == null ? List.of() : pd.owners();
            for (int j = 0; j < owners.size(); j++) {
                PartyOwnerEntity o = new PartyOwnerEntity();
                o.party = p;
                o.seq = j;
                o.name = owners.get(j).name();
                o.ownerType = owners.get(j).type();
                o.percentage = stored(owners.get(j).percentage());
                p.owners.add(o);
            }
            t.parties.add(p);
        }
        return t;
    }

    /** A decimal at the scale of its DECIMAL(…,4) column (the request allows at most 4 fraction digits). */
    private static java.math.BigDecimal stored(java.math.BigDecimal value) {
        return value == null ? null : value.setScale(4, java.math.RoundingMode.UNNECESSARY);
    }

    /** The domain's view of a stored trade. */
    Trade toDomain(TradeEntity t) {
        return new Trade(t.reference, t.tradeDate, t.amount, t.currency, SettlementRail.valueOf(t.paymentRail),
                Location.of(t.originCountry, t.originSubdivision),
                Location.of(t.destinationCountry, t.destinationSubdivision),
                t.goods.stream().map(g -> new GoodsLine(g.hsCode, g.description, g.quantity, g.value)).toList(),
                t.parties.stream().map(TradeMapper::toDomain).toList());
    }

    private static Party toDomain(PartyEntity p) {
        return new Party(PartyRole.valueOf(p.role), p.name, PartyType.fromCode(p.partyType), p.country,
                Optional.ofNullable(p.birthDate),
                p.identifiers.stream().map(i -> new PartyIdentifier(IdentifierType.valueOf(i.identifierType), i.value))
                        .toList(),
                p.owners.stream().map(o -> new DeclaredOwner(o.name, PartyType.fromCode(o.ownerType), o.percentage))
                        .toList());
    }

    /** What the API shows of a stored trade, its latest decision and its alerts. */
    TradeApi.TradeView toView(TradeEntity t, Optional<DecisionEntity> decision, List<AlertEntity> alerts) {
        List<TradeApi.Reason> reasons = decision.map(d -> read(d.reasons, REASONS)).orElse(List.of());
        Map<String, String> versions = decision.map(d -> read(d.ruleVersions, VERSIONS)).orElse(Map.of());
        return new TradeApi.TradeView(t.id, t.status, reasons, alerts.stream().map(TradeMapper::toView).toList(),
                t.reportDueDate, versions, t.reference, t.tradeDate, t.amount, t.currency, t.paymentRail,
                new TradeApi.Place(t.originCountry, t.originSubdivision),
                new TradeApi.Place(t.destinationCountry, t.destinationSubdivision),
                t.goods.stream().map(g -> new TradeApi.Goods(g.hsCode, g.description, g.quantity, g.value)).toList(),
                t.parties.stream().map(p -> new TradeApi.PartyData(p.role, p.name, p.partyType, p.country, p.birthDate,
                        p.identifiers.stream().map(i -> new TradeApi.Identifier(i.identifierType, i.value)).toList(),
                        p.owners.stream().map(o -> new TradeApi.Owner(o.name, o.ownerType, o.percentage)).toList()))
                        .toList(),
                t.corridor, t.registeredBy, t.registeredAt, t.decidedAt);
    }

    /** What the API shows of an alert. */
    static TradeApi.AlertView toView(AlertEntity a) {
        return new TradeApi.AlertView(a.id, a.tradeId, a.status, a.partyPosition, a.ownerPosition, a.subjectName,
                a.screeningId, a.entityId, a.source, a.sourceId, a.primaryName, a.matchedName, a.score,
                a.explanation.isEmpty() ? List.of() : Arrays.asList(a.explanation.split("\n")), a.createdAt);
    }

    /** The domain's view of an alert already raised on a trade. */
    static RaisedAlert toRaised(AlertEntity a) {
        RaisedAlert.State state = switch (a.status) {
            case AlertService.FALSE_POSITIVE -> RaisedAlert.State.FALSE_POSITIVE;
            case AlertService.TRUE_MATCH -> RaisedAlert.State.TRUE_MATCH;
            default -> RaisedAlert.State.UNDECIDED;
        };
        return new RaisedAlert(a.id, a.subjectHash == null ? "" : a.subjectHash, a.entityId, a.source,
                a.source + " " + a.sourceId + " " + a.primaryName, state);
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /** Stored JSON as a tree, for showing it as it was written. */
    com.fasterxml.jackson.databind.JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored JSON", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored JSON", e);
        }
    }
}
