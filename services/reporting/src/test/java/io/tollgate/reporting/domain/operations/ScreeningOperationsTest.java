package io.tollgate.reporting.domain.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.reporting.domain.ReportTable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScreeningOperationsTest {

    private static final Instant CUTOFF = Instant.parse("2025-03-06T00:00:00Z");

    private static ScreeningOperations.Alert open(long id, String raised) {
        return new ScreeningOperations.Alert(id, id, "OPEN", Instant.parse(raised), null, null, null, null, null, null,
                null, 0);
    }

    @Test
    void shouldAgeOpenAlertsAgainstTheSla() {
        ReportTable t = ScreeningOperations.compute(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 5), CUTOFF,
                Duration.ofHours(24), List.of(), List.of(), List.of(
                        open(1, "2025-03-05T12:00:00Z"),   // 12 h: within half the SLA (boundary included)
                        open(2, "2025-03-05T11:00:00Z"),   // 13 h: within the SLA
                        open(3, "2025-03-05T00:00:00Z"),   // 24 h: within the SLA (boundary included)
                        open(4, "2025-03-04T10:30:00Z"),   // 37.5 h: over
                        open(5, "2025-03-06T01:00:00Z"))); // raised after the cut-off: not in the report
        Map<String, List<Object>> ageing = t.rows().stream().filter(r -> r.get(0).equals("AGEING"))
                .collect(Collectors.toMap(r -> (String) r.get(1), r -> r));
        int open = t.columns().indexOf("open_alerts");
        int oldest = t.columns().indexOf("oldest_open_hours");
        assertEquals(1L, ageing.get("within-half-sla").get(open));
        assertEquals(2L, ageing.get("within-sla").get(open));
        assertEquals(1L, ageing.get("over-sla").get(open));
        assertEquals("37.5", ageing.get("over-sla").get(oldest).toString());
        assertEquals(4L, t.rows().get(0).get(open));
    }
}
