package io.tollgate.trade.rest;

/** Example payloads shown in the OpenAPI document. */
final class Examples {

    private Examples() {
    }

    static final String TRADE_REQUEST = """
            {"reference": "INV-2026-0042", "tradeDate": "2026-11-20", "amount": 125000.00, "currency": "RUB",
             "paymentRail": "MIR", "origin": {"country": "RU"}, "destination": {"country": "VE", "subdivision": null},
             "goods": [{"hsCode": "100199", "description": "wheat", "quantity": 500, "value": 125000.00}],
             "parties": [{"role": "BUYER_BANK", "name": "Banco Central de Venezuela", "type": "organization",
                          "country": "VE", "birthDate": null, "identifiers": [{"type": "BIC", "value": "BCVEVECA"}],
                          "owners": []}]}
            """;

    static final String TRADE = """
            {"id": 42, "status": "BLOCKED", "reportDueDate": "2026-12-07",
             "reasons": [{"kind": "LISTED_PARTY", "ruleId": "SCREEN-IDENTIFIER-BLOCKING", "ruleVersion": "2026-11-28.1",
                          "outcome": "BLOCKED", "explanation": "BUYER_BANK Banco Central de Venezuela is ofac-sdn 26727 BANCO CENTRAL DE VENEZUELA (identifier match, score 0.98; ofac-sdn is an asset freeze)",
                          "alertIds": [], "listVersions": {"ofac-sdn": 12, "un": 3}},
                         {"kind": "RAIL", "ruleId": "RAIL-US-MIR", "ruleVersion": "2026-11-28.1", "outcome": "HELD",
                          "explanation": "US: settlement over the Mir card network: its operator NSPK is on the SDN list (EO 14024)",
                          "alertIds": [], "listVersions": {}}],
             "alerts": [], "ruleVersions": {"embargo": "2026-11-28.1", "rail": "2026-11-28.1"},
             "reference": "INV-2026-0042", "tradeDate": "2026-11-20", "amount": 125000.00,
             "currency": "RUB", "paymentRail": "MIR", "origin": {"country": "RU", "subdivision": null},
             "destination": {"country": "VE", "subdivision": null},
             "goods": [{"hsCode": "100199", "description": "wheat", "quantity": 500, "value": 125000.00}],
             "parties": [{"role": "BUYER_BANK", "name": "Banco Central de Venezuela", "type": "organization",
                          "country": "VE", "birthDate": null, "identifiers": [{"type": "BIC", "value": "BCVEVECA"}],
                          "owners": []}],
             "corridor": "RU-VE", "registeredBy": "clara", "registeredAt": "2026-11-28T09:00:00Z",
             "decidedAt": "2026-11-28T09:00:01Z"}
            """;
}
