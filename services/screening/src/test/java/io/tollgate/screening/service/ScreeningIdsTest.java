package io.tollgate.screening.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScreeningIdsTest {

    @Test
    void shouldBeVersion7UuidsCarryingTheirMillisecond() {
        long now = 1_796_000_000_123L;
        UUID id = ScreeningIds.at(now);

        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(now, id.getMostSignificantBits() >>> 16);
        assertEquals(id, UUID.fromString(id.toString()));
    }

    @Test
    void shouldSortByTimeAsText() {
        // the audit table's clustered index orders the CHAR(36) text: later screenings must sort after earlier ones
        for (long ms = 1_700_000_000_000L; ms < 1_700_000_000_000L + 5_000; ms += 7) {
            String earlier = ScreeningIds.at(ms).toString();
            String later = ScreeningIds.at(ms + 1).toString();
            assertTrue(earlier.compareTo(later) < 0, earlier + " before " + later);
        }
    }

    @Test
    void shouldNotRepeatWithinAMillisecond() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            assertTrue(seen.add(ScreeningIds.at(1_700_000_000_000L).toString()));
        }
    }
}
