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

/** A declared owner of a stored party (table {@code party_owner}). */
@Entity
@Table(name = "party_owner")
public class PartyOwnerEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "party_id")
    public PartyEntity party;
    public int seq;
    public String name;
    @Column(name = "owner_type")
    public String ownerType;
    public BigDecimal percentage;
}
