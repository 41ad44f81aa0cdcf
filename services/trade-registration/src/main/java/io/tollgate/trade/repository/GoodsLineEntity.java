package io.tollgate.trade.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A goods line of a stored trade (table {@code trade_goods}). */
@Entity
@Table(name = "trade_goods")
public class GoodsLineEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "trade_id")
    public TradeEntity trade;
    public int seq;
    @Column(name = "hs_code")
    public String hsCode;
    public String description;
    public BigDecimal quantity;
    @Column(name = "line_value")
    public BigDecimal value;
}
