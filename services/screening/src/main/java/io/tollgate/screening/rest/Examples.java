package io.tollgate.screening.rest;

/** Example payloads shown in the OpenAPI document. */
final class Examples {

    private Examples() {
    }

    static final String VERSION = """
            {"id": 12, "source": "ofac-sdn", "sha256": "9f2c…", "format": "ofac-legacy-csv", "previousVersionId": 11,
             "entities": {"total": 14965, "person": 6702, "organization": 6813, "vessel": 1240, "aircraft": 210, "unknown": 0},
             "delta": {"added": 305, "removed": 8, "changed": 41},
             "parseStatistics": {"recordsRead": 14965, "entities": 14965, "remarksTotal": 12650, "remarksFullyParsed": 12400},
             "importedBy": "alice", "importedAt": "2026-11-28T09:00:00Z", "origin": "upload", "shrinkGuardOverridden": false}
            """;

    static final String CHANGES = """
            {"after": 0, "nextCursor": 2, "more": true, "changes": [
              {"cursor": 1, "versionId": 12, "source": "ofac-sdn", "entityId": 88, "sourceEntityId": "26727",
               "changeType": "CHANGED", "changedFields": ["names"], "previousHash": "ab…", "contentHash": "cd…",
               "importedAt": "2026-11-28T09:00:00Z"},
              {"cursor": 2, "versionId": 12, "source": "ofac-sdn", "entityId": 15001, "sourceEntityId": "51234",
               "changeType": "ADDED", "changedFields": [], "previousHash": null, "contentHash": "ef…", "importedAt": "2026-11-28T09:00:00Z"}]}
            """;

    static final String PROBLEM_422 = """
            {"type": "https://tollgate.io/problems/unprocessable", "title": "The request is well-formed but cannot be processed",
             "status": 422, "detail": "The file is not a usable ofac-sdn publication: record has 7 fields, expected 12 (at sdn.csv line 1203)",
             "instance": "/api/v1/lists/ofac-sdn/imports"}
            """;

    static final String SCREENING = """
            {"screeningId": "7d0f6f0e-3c1e-4a53-9a4e-2f1c9c1d2b10", "screenedAt": "2026-11-28T09:00:00Z", "threshold": 0.8,
             "listVersions": {"ofac-sdn": 12, "un": 3},
             "hits": [{"entityId": 8841, "source": "ofac-sdn", "sourceId": "35233", "type": "person",
                       "primaryName": "LAVROV, Sergei Viktorovich", "matchedName": "LAVROV, Sergei Viktorovich",
                       "score": 0.93, "entityContentHash": "5be1…",
                       "explanation": [{"feature": "name.equivalent_name", "queryValue": "serguei lavrof",
                                        "candidateValue": "sergei lavrov", "contribution": 0.88},
                                       {"feature": "birth_date.exact", "queryValue": "1950-03-21",
                                        "candidateValue": "1950-03-21", "contribution": 0.05}]}],
             "evasionCharacters": false}
            """;
}
