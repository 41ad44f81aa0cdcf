package io.tollgate.trade.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TsvTableTest {

    @Test
    void shouldReadVersionHeaderAndRows() {
        TsvTable t = TsvTable.parse("t.tsv", "# comment\n#version\t7\na\tb\n1\t2\n\n3\t4\n");
        assertEquals("7", t.version());
        assertEquals(2, t.rows().size());
        assertEquals("4", t.rows().get(1).get("b"));
    }

    @Test
    void shouldRefuseATableWithoutVersion() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TsvTable.parse("t.tsv", "a\tb\n1\t2\n"));
        assertTrue(e.getMessage().contains("#version"));
    }

    @Test
    void shouldRefuseARowWithMissingCells() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TsvTable.parse("t.tsv", "#version\t1\na\tb\n1\n"));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }
}
