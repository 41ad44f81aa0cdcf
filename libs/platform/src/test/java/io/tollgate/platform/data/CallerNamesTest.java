package io.tollgate.platform.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CallerNamesTest {

    @Test
    void shouldFoldCaseWidthAndSurroundingSpace() {
        assertEquals("anna", CallerNames.canonical("ANNA"));
        assertEquals("anna", CallerNames.canonical(" Anna\t"));
        assertEquals("anna", CallerNames.canonical("ＡＮＮＡ")); // full-width letters
        assertEquals("strasse", CallerNames.canonical("STRAẞE"));
        assertEquals("sam.o'neil@bank.example", CallerNames.canonical("Sam.O'Neil@Bank.example"));
    }

    @Test
    void shouldTellOnePersonFromAnother() {
        assertTrue(CallerNames.samePerson("anna", "ANNA"));
        assertFalse(CallerNames.samePerson("anna", "anna2"));
        assertFalse(CallerNames.samePerson("anna", null));
    }
}
