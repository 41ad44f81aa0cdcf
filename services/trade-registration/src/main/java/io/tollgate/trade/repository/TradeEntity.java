package io.tollgate.trade.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** A stored trade (table {@code trade}). */
@Entity
@Table(name = "trade")
public class TradeEntity extends PanacheEntityBase {

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
    public String status;
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
}
