package io.tollgate.trade.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tollgate.trade.api.TradeApi;
import io.tollgate.trade.domain.DecisionReason;
import io.tollgate.trade.domain.DeclaredOwner;
import io.tollgate.trade.domain.GoodsLine;
import io.tollgate.trade.domain.Location;
import io.tollgate.trade.domain.PartialDate;
import io.tollgate.trade.domain.Party;
import io.tollgate.trade.domain.PartyIdentifier;
import io.tollgate.trade.domain.PartyIdentifierType;
import io.tollgate.trade.domain.PartyRole;
import io.tollgate.trade.domain.PartyType;
import io.tollgate.trade.domain.SettlementRail;
import io.tollgate.trade.domain.Trade;
import io.tollgate.trade.domain.TradeStatus;
import io.tollgate.trade.repository.AlertEntity;
import io.tollgate.trade.repository.DecisionEntity;
import io.tollgate.trade.repository.TradeEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Maps between the API's shapes, the domain's trade and what is stored (entities, JSON columns). */
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

    /**
     * The domain's trade, from a validated request: amounts at the scale of their DECIMAL(…,4) columns, so that the
     * registration's answer shows what a later GET reads back; birth dates as given (YYYY, YYYY-MM or YYYY-MM-DD).
     */
    Trade toDomain(TradeApi.TradeRequest r) {
        List<TradeApi.Goods> goods = r.goods() == null ? List.of() : r.goods();
        return new Trade(r.reference(), r.tradeDate(), stored(r.amount()), r.currency(),
                SettlementRail.valueOf(r.paymentRail()), Location.of(r.origin().country(), r.origin().subdivision()),
                Location.of(r.destination().country(), r.destination().subdivision()),
                goods.stream().map(g -> new GoodsLine(g.hsCode(), g.description(), stored(g.quantity()),
                        stored(g.value()))).toList(),
                r.parties().stream().map(TradeMapper::toDomain).toList());
    }

    private static Party toDomain(TradeApi.PartyData p) {
        List<TradeApi.Identifier> ids = p.identifiers() == null ? List.of() : p.identifiers();
        List<TradeApi.Owner> owners = p.owners() == null ? List.of() : p.owners();
        return new Party(PartyRole.valueOf(p.role()), p.name(), PartyType.fromCode(p.type()), p.country(),
                Optional.ofNullable(p.birthDate()).map(d -> PartialDate.parse(d).orElseThrow(() ->
                        new IllegalArgumentException("unchecked birth date " + d))),
                ids.stream().map(i -> new PartyIdentifier(PartyIdentifierType.valueOf(i.type()), i.value())).toList(),
                owners.stream().map(o -> new DeclaredOwner(o.name(), PartyType.fromCode(o.type()),
                        stored(o.percentage()))).toList());
    }

    /** A decimal at the scale of its DECIMAL(…,4) column (the request allows at most 4 fraction digits). */
    private static BigDecimal stored(BigDecimal value) {
        return value == null ? null : value.setScale(4, RoundingMode.UNNECESSARY);
    }

    /** What the API shows of a trade just registered, from the domain's trade and what was recorded for it. */
    TradeApi.TradeView toView(long id, Trade t, TradeStatus status, List<TradeApi.Reason> reasons,
                              List<AlertEntity> alerts, Optional<LocalDate> reportDueDate,
                              Map<String, String> ruleVersions, String registeredBy, Instant registeredAt,
                              Instant decidedAt) {
        return new TradeApi.TradeView(id, status, reasons, alerts.stream().map(TradeMapper::toView).toList(),
                reportDueDate.orElse(null), ruleVersions, t.reference(), t.tradeDate(), t.amount(), t.currency(),
                t.rail().name(), place(t.origin()), place(t.destination()),
                t.goods().stream().map(g -> new TradeApi.Goods(g.hsCode(), g.description(), g.quantity(), g.value()))
                        .toList(),
                t.parties().stream().map(p -> new TradeApi.PartyData(p.role().name(), p.name(), p.type().code(),
                        p.country(), p.birthDate().map(PartialDate::toString).orElse(null),
                        p.identifiers().stream().map(i -> new TradeApi.Identifier(i.type().name(), i.value())).toList(),
                        p.owners().stream().map(o -> new TradeApi.Owner(o.name(), o.type().code(), o.percentage()))
                                .toList())).toList(),
                t.corridor(), registeredBy, registeredAt, decidedAt);
    }

    private static TradeApi.Place place(Location l) {
        return new TradeApi.Place(l.country(), l.subdivision().orElse(null));
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

    /** A decision's reason as the API shows and the decision row stores it. */
    static TradeApi.Reason toApi(DecisionReason r) {
        return new TradeApi.Reason(r.kind(), r.ruleId(), r.ruleVersion(), r.outcome(), r.explanation(), r.alertIds(),
                r.listVersions());
    }

    /** The domain's view of a stored reason. */
    static DecisionReason toDomain(TradeApi.Reason r) {
        return new DecisionReason(r.kind(), r.ruleId(), r.ruleVersion(), r.outcome(), r.explanation(), r.alertIds(),
                r.listVersions());
    }

    /** A decision's stored reasons. */
    List<TradeApi.Reason> reasons(DecisionEntity d) {
        return read(d.reasons, REASONS);
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /** Stored JSON as a tree, for showing it as it was written. */
    JsonNode tree(String text) {
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
