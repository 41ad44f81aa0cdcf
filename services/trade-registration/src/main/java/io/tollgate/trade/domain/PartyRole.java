package io.tollgate.trade.domain;

/** The part a party plays in a trade. */
public enum PartyRole {
    BUYER, SELLER, BUYER_BANK, SELLER_BANK, INTERMEDIARY_BANK, SHIPPER, CONSIGNEE, CARRIER, VESSEL, OWNER, OTHER
}
