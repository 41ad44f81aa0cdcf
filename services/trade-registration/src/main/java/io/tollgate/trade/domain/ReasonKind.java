package io.tollgate.trade.domain;

/** What kind of finding a decision reason records; stored and shown by name. */
public enum ReasonKind {
    /** A party is listed on an asset-freeze list, by identifier. */
    LISTED_PARTY,
    /** Listed owners hold the blocking share of a party. */
    OWNERSHIP,
    /** A hit an analyst has to look at (an alert). */
    POTENTIAL_MATCH,
    /** A potential match whose alert was confirmed as a true match. */
    CONFIRMED_MATCH,
    /** A potential match whose alert was released as a false positive (four eyes). */
    RELEASED_MATCH,
    /** A potential match not raised again: the same party data and entity version were released before. */
    SUPPRESSED_MATCH,
    /** An embargoed jurisdiction (rules/embargoes.tsv). */
    EMBARGO,
    /** Goods to a destination (rules/goods.tsv). */
    GOODS,
    /** A payment rail (rules/rails.tsv). */
    RAIL,
    /** A prohibited counterparty (rules/prohibited-counterparties.tsv). */
    PROHIBITED_COUNTERPARTY
}
