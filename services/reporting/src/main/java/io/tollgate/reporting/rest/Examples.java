package io.tollgate.reporting.rest;

/** Example payloads shown in the OpenAPI document. */
final class Examples {

    private Examples() {
    }

    static final String CURRENCY_MIX = """
            {"report": "settlement-currency-mix", "title": "Settlement-currency mix", "runId": 17,
             "parameters": {"from": "2026-08-01", "to": "2026-10-31", "period": "month", "corridor": "VE-RU",
                            "currency": "USD"},
             "dataCutoff": "2026-11-28T09:00:00Z",
             "listVersions": [{"source": "ofac-sdn", "versionId": 12, "sha256": "9f2c…", "importedAt": "2026-11-27T18:02:11Z"}],
             "rateSources": [{"currency": "RUB", "reportingCurrency": "USD", "sources": "CBR", "via": "",
                              "firstRateDate": "2026-08-03", "lastRateDate": "2026-10-30", "tradeDates": 1,
                              "tradeDatesOnEarlierRate": 0}],
             "rowCount": 2, "sha256": "5d41402abc4b2a76b9719d911017c592…", "requestedBy": "alice", "notes": [],
             "columns": ["period", "currency", "trades", "amount", "reporting_currency", "value", "share_percent",
                         "trades_without_rate", "amount_without_rate", "dates_without_rate"],
             "rows": [{"period": "2026-08", "currency": "USD", "trades": 2, "amount": 8000.00, "reporting_currency": "USD",
                       "value": 8000.00, "share_percent": 80.00, "trades_without_rate": 0, "amount_without_rate": 0.00,
                       "dates_without_rate": []},
                      {"period": "2026-08", "currency": "RUB", "trades": 1, "amount": 160000.00, "reporting_currency": "USD",
                       "value": 2000.00, "share_percent": 20.00, "trades_without_rate": 0, "amount_without_rate": 0.00,
                       "dates_without_rate": []}],
             "links": {"csv": "/api/v1/reports/settlement-currency-mix?format=csv&from=2026-08-01&to=2026-10-31&period=month&corridor=VE-RU&currency=USD",
                       "run": "/api/v1/report-runs/17", "reproduction": "/api/v1/report-runs/17/reproduction"}}
            """;

    static final String CURRENCY_MIX_CSV = """
            period,currency,trades,amount,reporting_currency,value,share_percent,trades_without_rate,amount_without_rate,dates_without_rate
            2026-08,USD,2,8000.00,USD,8000.00,80.00,0,0.00,
            2026-08,RUB,1,160000.00,USD,2000.00,20.00,0,0.00,
            """;

    static final String RATES_FILE = """
            Date,USD,JPY,CNY,RUB,VES,
            2026-09-01,1.1650,171.20,8.2930,95.1200,170.4000,
            2026-08-31,1.1632,N/A,8.2875,95.0300,169.9100,
            """;

    static final String PLAIN_RATES_FILE = """
            # Banco Central de Venezuela, tipo de cambio de referencia (bolivares per US dollar)
            date,base,quote,rate,source
            2025-01-03,USD,VES,52.5723,BCV
            2025-01-06,USD,VES,52.9531,BCV
            """;

    static final String CBR_RATES_FILE = """
            <?xml version="1.0" encoding="windows-1251"?>
            <ValCurs Date="15.03.2022" name="Foreign Currency Market">
            <Valute ID="R01235"><NumCode>840</NumCode><CharCode>USD</CharCode><Nominal>1</Nominal><Name>US Dollar</Name><Value>115,1963</Value></Valute>
            <Valute ID="R01270"><NumCode>356</NumCode><CharCode>INR</CharCode><Nominal>10</Nominal><Name>Indian Rupees</Name><Value>15,0926</Value></Valute>
            </ValCurs>
            """;

    static final String RATES_IMPORTED = """
            {"importId": 3, "sha256": "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9",
             "layouts": ["ECB"], "sources": ["ECB"], "firstDate": "2026-08-31", "lastDate": "2026-09-01", "dates": 2, "currencies": ["CNY", "JPY", "RUB", "USD", "VES"],
             "ratesAdded": 9, "ratesUnchanged": 0}
            """;

    static final String REPRODUCTION = """
            {"run": {"id": 17, "report": "settlement-currency-mix", "parameters": {"from": "2026-08-01", "to": "2026-10-31",
                     "period": "month", "corridor": "VE-RU", "currency": "USD"}, "dataCutoff": "2026-11-28T09:00:00Z",
                     "rowCount": 6, "sha256": "5d41402a…", "format": "csv", "requestedBy": "alice",
                     "requestedAt": "2026-11-28T09:00:00.412Z", "links": {}},
             "reproducedSha256": "5d41402a…", "reproducedRowCount": 6, "identical": true,
             "explanation": "The report produced again from the stored parameters and cut-off has the same content."}
            """;
}
