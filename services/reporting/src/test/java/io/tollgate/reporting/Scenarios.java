package io.tollgate.reporting;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** Seed scenarios several test classes read, written once per test database. */
public final class Scenarios {

    private static final Set<String> DONE = new HashSet<>();

    /**
     * The VE-RU mix for August to October 2026 with the trade date's rate only ({@code ratePolicy=trade-date}), exactly
     * as the CSV rendering: the Saturday trade stays unconverted.
     */
    public static final String VE_RU_CSV = """
            period,currency,trades,amount,reporting_currency,value,share_percent,trades_without_rate,amount_without_rate,dates_without_rate,earlier_rate_dates,rate_policy\r
            2026-08,USD,2,8000.00,USD,8000.00,80.00,0,0.00,,,trade-date\r
            2026-08,RUB,1,160000.00,USD,2000.00,20.00,0,0.00,,,trade-date\r
            2026-09,RUB,1,400000.00,USD,5000.00,50.00,0,0.00,,,trade-date\r
            2026-09,USD,1,5000.00,USD,5000.00,50.00,0,0.00,,,trade-date\r
            2026-10,VES,1,320000.00,USD,8000.00,80.00,0,0.00,,,trade-date\r
            2026-10,USD,1,2000.00,USD,2000.00,20.00,0,0.00,,,trade-date\r
            2026-10,RUB,1,50000.00,USD,0.00,0.00,1,50000.00,2026-10-17,,trade-date\r
            """;

    private Scenarios() {
    }

    /** The VE-RU de-dollarisation trades and their rates. */
    public static synchronized void veRu() {
        if (DONE.add("ve-ru " + Seed.tradeDb())) {
            Fixtures.rates(Fixtures.VE_RU_RATES);
            seedVeRu();
        }
    }

    /** The VE-RU trades of the scenario, plus trades on other corridors the filter must leave out. */
    private static void seedVeRu() {
        Seed.trade(Seed.Trade.of("VR-1", LocalDate.of(2026, 8, 10), "5000", "USD", "VE-RU"));
        Seed.trade(Seed.Trade.of("VR-2", LocalDate.of(2026, 8, 11), "3000", "USD", "VE-RU"));
        Seed.trade(Seed.Trade.of("VR-3", LocalDate.of(2026, 8, 11), "160000", "RUB", "VE-RU").rail("SPFS"));
        Seed.trade(Seed.Trade.of("VR-4", LocalDate.of(2026, 9, 14), "5000", "USD", "VE-RU"));
        Seed.trade(Seed.Trade.of("VR-5", LocalDate.of(2026, 9, 15), "400000", "RUB", "VE-RU").rail("MIR"));
        Seed.trade(Seed.Trade.of("VR-6", LocalDate.of(2026, 10, 12), "2000", "USD", "VE-RU"));
        Seed.trade(Seed.Trade.of("VR-7", LocalDate.of(2026, 10, 13), "320000", "VES", "VE-RU").rail("CIPS"));
        // a Saturday: no reference rate that day, so it is a gap, not converted with Friday's rate
        Seed.trade(Seed.Trade.of("VR-8", LocalDate.of(2026, 10, 17), "50000", "RUB", "VE-RU").rail("MIR"));
        Seed.trade(Seed.Trade.of("RV-1", LocalDate.of(2026, 8, 10), "99000", "USD", "RU-VE"));
        Seed.trade(Seed.Trade.of("CV-1", LocalDate.of(2026, 9, 14), "7000", "CNY", "CN-VE").rail("CIPS"));
    }
}
