package io.tollgate.trade.domain;

/**
 * The payment rail a trade settles over. {@code CENTRAL_BANK}: a bilateral channel between two central banks'
 * correspondent accounts (e.g. the Bank of Russia and the Banco Central de Venezuela), outside SWIFT.
 */
public enum SettlementRail {
    SWIFT, SPFS, CIPS, MIR, CENTRAL_BANK, CRYPTO, CASH, OTHER
}
