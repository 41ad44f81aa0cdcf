package io.tollgate.trade.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An identifier of a stored party (table {@code party_identifier}). */
@Entity
@Table(name = "party_identifier")
public class PartyIdentifierEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "party_id")
    public PartyEntity party;
    public int seq;
    @Column(name = "identifier_type")
    public String identifierType;
    @Column(name = "id_value")
    public String value;
}
