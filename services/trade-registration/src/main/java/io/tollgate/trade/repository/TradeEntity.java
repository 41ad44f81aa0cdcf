package io.tollgate.trade.repository;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A stored trade (table {@code trade}). */
@Entity
@Table(name = "trade")
public class TradeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String reference;
    @Column(name = "trade_date")
    public LocalDate tradeDate;
    public BigDecimal amount;
    public String currency;
    @Column(name = "payment_rail")
    public String paymentRail;
    @Column(name = "origin_country")
    public String originCountry;
    @Column(name = "origin_subdivision")
    public String originSubdivision;
    @Column(name = "destination_country")
    public String destinationCountry;
    @Column(name = "destination_subdivision")
    public String destinationSubdivision;
    public String corridor;
    @Enumerated(EnumType.STRING)
    public TradeStatus status;
    @Column(name = "report_due_date")
    public LocalDate reportDueDate;
    @Column(name = "registered_by")
    public String registeredBy;
    @Column(name = "registered_at")
    public Instant registeredAt;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "screening_attempts")
    public int screeningAttempts;
    @Column(name = "next_screening_at")
    public Instant nextScreeningAt;
    @Column(name = "last_screening_error")
    public String lastScreeningError;
    @Version
    public long version;

    @OneToMany(mappedBy = "trade", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    public List<PartyEntity> parties = new ArrayList<>();

    @OneToMany(mappedBy = "trade", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    public List<GoodsLineEntity> goods = new ArrayList<>();

    /** The domain's view of this trade, as registered. */
    public Trade toDomain() {
        return new Trade(reference, tradeDate, amount, currency, SettlementRail.valueOf(paymentRail),
                Location.of(originCountry, originSubdivision), Location.of(destinationCountry, destinationSubdivision),
                goods.stream().map(g -> new GoodsLine(g.hsCode, g.description, g.quantity, g.value)).toList(),
                parties.stream().map(TradeEntity::toDomain).toList());
    }

    private static Party toDomain(PartyEntity p) {
        return new Party(PartyRole.valueOf(p.role), p.name, PartyType.fromCode(p.partyType), p.country,
                Optional.ofNullable(p.birthDate).flatMap(PartialDate::parse),
                p.identifiers.stream().map(i -> new PartyIdentifier(PartyIdentifierType.valueOf(i.identifierType),
                        i.value)).toList(),
                p.owners.stream().map(o -> new DeclaredOwner(o.name, PartyType.fromCode(o.ownerType), o.percentage))
                        .toList());
    }
}
