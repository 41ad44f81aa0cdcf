package io.tollgate.trade.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tollgate.trade.domain.review.ListedRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The screening service's listed entity, as its GET /api/v1/entities/{id} writes it, read into a ListedRecord. */
class ListedEntitiesTest {

    @Test
    void shouldReadEveryFieldAnAnalystCompares() throws Exception {
        ListedRecord r = ListedEntities.toRecord(8841, new ObjectMapper().readTree("""
                {"id": 8841, "listed": false, "contentHash": "5be1c0", "entity": {"source": "ofac-sdn",
                 "sourceId": "26727", "type": "ORGANIZATION",
                 "names": [{"full": "BANCO CENTRAL DE VENEZUELA", "kind": "PRIMARY"}, {"full": "BCV", "kind": "AKA"}],
                 "birthDates": [{"from": {"year": 1960, "month": 0, "day": 0}, "to": {"year": 1963, "month": 0,
                   "day": 0}, "approximate": true}],
                 "placesOfBirth": [{"text": "Caracas", "country": "VE"}], "nationalities": ["VE"],
                 "citizenships": ["VE"], "addresses": [{"city": "Caracas", "country": "VE"},
                   {"city": "Madrid", "country": "ES"}],
                 "identifiers": [{"type": "SWIFT_BIC", "value": "BCVEVECA", "country": null, "qualifier": null}],
                 "programs": ["VENEZUELA-EO13850"], "remarks": "Central bank",
                 "links": [{"relation": "Linked To", "targetName": "GOVERNMENT OF VENEZUELA", "targetSourceId": null}],
                 "sourceRecord": {"file": "sdn.csv", "line": 120, "element": null}}}
                """));
        assertEquals("organization", r.type());
        assertEquals(false, r.listed());
        assertEquals(List.of("BANCO CENTRAL DE VENEZUELA", "BCV"), r.names());
        assertEquals(List.of("1960..1963"), r.birthDates());
        assertEquals(List.of("VE", "ES"), r.countries());
        assertEquals(List.of(new ListedRecord.Identifier("SWIFT_BIC", "BCVEVECA")), r.identifiers());
        assertEquals(List.of("Linked To: GOVERNMENT OF VENEZUELA"), r.relations());
        assertEquals("sdn.csv, line 120", r.sourceRecord());
    }
}
