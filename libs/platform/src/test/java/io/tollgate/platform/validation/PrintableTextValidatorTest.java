package io.tollgate.platform.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PrintableTextValidatorTest {

    @Test
    void shouldAcceptTextInAnyScriptWithTheMarksItNeeds() {
        assertTrue(PrintableTextValidator.isPrintable("INV-2026-0042 / Ёлка & Co. «ООО»", false));
        assertTrue(PrintableTextValidator.isPrintable("قطعات الکترونیکی\u200cای", false)); // Persian with ZWNJ
        assertTrue(PrintableTextValidator.isPrintable("שלום \u200fעולם", false));
        assertTrue(PrintableTextValidator.isPrintable("=HYPERLINK(\"x\")", false)); // printable; CSV handles it
    }

    @Test
    void shouldRefuseControlAndInvisibleCharacters() {
        assertFalse(PrintableTextValidator.isPrintable("INV\u0000-1", false));
        assertFalse(PrintableTextValidator.isPrintable("INV\u001b[31m", false));
        assertFalse(PrintableTextValidator.isPrintable("\u202evorvaL iegreS", false));
        assertFalse(PrintableTextValidator.isPrintable("a\u2066b\u2069", false));
        assertFalse(PrintableTextValidator.isPrintable("\ufeffINV", false));
        assertFalse(PrintableTextValidator.isPrintable("IN\u200bV", false));
        assertFalse(PrintableTextValidator.isPrintable("IN\u00adV", false));
        assertFalse(PrintableTextValidator.isPrintable("\ue000", false));
        assertFalse(PrintableTextValidator.isPrintable("x\ud800y", false));
        assertFalse(PrintableTextValidator.isPrintable("a\tb", false));
    }

    @Test
    void shouldAllowLineBreaksOnlyWhereAsked() {
        assertFalse(PrintableTextValidator.isPrintable("first line\nsecond", false));
        assertTrue(PrintableTextValidator.isPrintable("first line\r\nsecond", true));
        assertFalse(PrintableTextValidator.isPrintable("first\u0085", true));
    }
}
