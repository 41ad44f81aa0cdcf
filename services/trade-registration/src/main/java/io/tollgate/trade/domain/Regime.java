package io.tollgate.trade.domain;

/** A sanctions regime whose rules a trade is checked against. */
public enum Regime {
    US, EU, UK
}
