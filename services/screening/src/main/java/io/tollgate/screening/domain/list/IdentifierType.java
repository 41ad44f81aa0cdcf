package io.tollgate.screening.domain.list;

/** The kinds of identifier the suite understands, across all sources. */
public enum IdentifierType {
    PASSPORT,
    NATIONAL_ID,
    /** Tax id: INN (RU), RIF (VE), TIN, NIT, … */
    TAX_ID,
    /** Company registration: OGRN (RU), registration number, … */
    REGISTRATION,
    SWIFT_BIC,
    IMO,
    MMSI,
    CALL_SIGN,
    AIRCRAFT_REGISTRATION,
    AIRCRAFT_SERIAL,
    LEI,
    /** A digital-currency (crypto) address; {@link Identifier#qualifier()} holds the currency (XBT, ETH, …). */
    DIGITAL_CURRENCY_ADDRESS,
    OTHER
}
