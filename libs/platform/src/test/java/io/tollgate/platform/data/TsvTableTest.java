package io.tollgate.platform.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TsvTableTest {

    private static final String RULES = """
            # Source: a test. Licence: none.
            #version\t2026-12-01.1
            rule_id\tregime\toutcome

            R1\tUS\t HELD
            # a comment between rows
            R2\tEU\tREJECTED
            """;

    @Test
    void shouldReadVersionHeaderAndRowsSkippingCommentsAndBlankLines() {
        TsvTable t = TsvTable.parse("rules.tsv", RULES, TsvTable.Layout.HEADER);
        assertEquals(Optional.of("2026-12-01.1"), t.version());
        assertEquals(List.of("rule_id", "regime", "outcome"), t.header());
        assertEquals(List.of(Map.of("rule_id", "R1", "regime", "US", "outcome", "HELD"),
                Map.of("rule_id", "R2", "regime", "EU", "outcome", "REJECTED")), t.records());
        assertEquals(List.of("R1", "R2"), t.column("rule_id"));
    }

    @Test
    void shouldRefuseARowWithAnotherNumberOfCells() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TsvTable.parse("rules.tsv",
                "#version\t1\na\tb\nx\ty\tz\n", TsvTable.Layout.HEADER));
        assertTrue(e.getMessage().contains("rules.tsv line 3: 3 cells, expected 2"), e.getMessage());
    }

    @Test
    void shouldRefuseATableWithoutHeaderOrWithoutTheVersionItMustHave() {
        assertThrows(IllegalArgumentException.class, () -> TsvTable.parse("x.tsv", "# only comments\n",
                TsvTable.Layout.HEADER));
        TsvTable unversioned = TsvTable.parse("x.tsv", "a\tb\n1\t2\n", TsvTable.Layout.HEADER);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, unversioned::requireVersion);
        assertTrue(e.getMessage().contains("x.tsv: no #version line"), e.getMessage());
    }

    @Test
    void shouldKeepRowsOfAnyWidthWithoutAHeader() {
        TsvTable t = TsvTable.parse("aliases.tsv", "# lookup\nAF\tAfghan\tIslamic Republic of Afghanistan\nAL\tAlbanian\n",
                TsvTable.Layout.NO_HEADER);
        assertEquals(List.of(List.of("AF", "Afghan", "Islamic Republic of Afghanistan"), List.of("AL", "Albanian")),
                t.rows());
        assertThrows(IllegalStateException.class, t::records);
    }

    @Test
    void shouldReadATableFromTheClassPathAndNameAMissingOne() {
        TsvTable t = TsvTable.resource("data/holidays-test.tsv", TsvTable.Layout.HEADER);
        assertEquals("holidays-test.tsv", t.name());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> TsvTable.resource("data/no-such.tsv", TsvTable.Layout.HEADER));
        assertTrue(e.getMessage().contains("data/no-such.tsv"), e.getMessage());
    }

    @Test
    void shouldDigestAsLowerCaseHex() {
        // the SHA-256 test vector of "abc" (FIPS 180-2)
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.hex("abc"));
        assertEquals(Sha256.hex("abc"), Sha256.hex("abc".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
