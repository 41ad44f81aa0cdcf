package io.tollgate.trade.repository;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A party of a stored trade (table {@code trade_party}). */
@Entity
@Table(name = "trade_party")
public class PartyEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "trade_id")
    public TradeEntity trade;
    public int seq;
    public String role;
    public String name;
    @Column(name = "party_type")
    public String partyType;
    public String country;
    /** YYYY, YYYY-MM or YYYY-MM-DD, as registered. */
    @Column(name = "birth_date")
    public String birthDate;

    @OneToMany(mappedBy = "party", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    public List<PartyIdentifierEntity> identifiers = new ArrayList<>();

    @OneToMany(mappedBy = "party", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    public List<PartyOwnerEntity> owners = new ArrayList<>();
}
