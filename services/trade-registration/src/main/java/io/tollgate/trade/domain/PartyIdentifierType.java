package io.tollgate.trade.domain;

/** The kinds of identifier a party may carry. */
public enum PartyIdentifierType {
    BIC, IMO, LEI, TAX_ID, REGISTRATION, PASSPORT, CRYPTO_ADDRESS
}
