package io.tollgate.trade.domain;

/** The payment rail a trade settles over. */
public enum SettlementRail {
    SWIFT, SPFS, CIPS, MIR, CRYPTO, CASH, OTHER
}
