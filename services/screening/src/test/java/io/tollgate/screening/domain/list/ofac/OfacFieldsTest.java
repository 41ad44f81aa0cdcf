package io.tollgate.screening.domain.list.ofac;

import io.tollgate.screening.domain.list.ListedName;
import io.tollgate.screening.domain.list.NameKind;
import io.tollgate.screening.domain.list.NameQuality;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The field conventions of the legacy files, on values copied from them. */
class OfacFieldsTest {

    @Test
    void shouldSplitProgramsWithOrWithoutTheirOuterBrackets() {
        assertEquals(List.of("SDGT", "IRGC"), OfacFields.programs("SDGT] [IRGC"));
        assertEquals(List.of("SDGT", "IRGC"), OfacFields.programs("[SDGT] [IRGC]"));
        assertEquals(List.of("IRAN", "SDGT", "IRGC", "IFSR"), OfacFields.programs("IRAN] [SDGT] [IRGC] [IFSR"));
        assertEquals(List.of("CUBA"), OfacFields.programs("CUBA"));
        assertEquals(List.of("CAATSA - RUSSIA"), OfacFields.programs("CAATSA - RUSSIA"));
        assertEquals(List.of(), OfacFields.programs("-0- "));
    }

    @Test
    void shouldTreatTheEmptyMarkerWithItsTrailingSpaceAsNoValue() {
        assertNull(OfacFields.value("-0- "));
        assertNull(OfacFields.value("  "));
        assertEquals("Panama", OfacFields.value("Panama"));
    }

    @Test
    void shouldSplitIndividualNamesAtTheFirstCommaOnly() {
        assertEquals(new ListedName("CIFUENTES VILLA, Jorge Milton", NameKind.PRIMARY, NameQuality.STRONG, "Latn",
                        "Jorge Milton", "CIFUENTES VILLA", null),
                OfacFields.name("CIFUENTES VILLA, Jorge Milton", NameKind.PRIMARY, NameQuality.STRONG, true));
        ListedName company = OfacFields.name("ANGLO-CARIBBEAN CO., LTD.", NameKind.PRIMARY, NameQuality.STRONG, false);
        assertNull(company.family());
        assertNull(company.given());
        ListedName single = OfacFields.name("ABU MUHAMMAD", NameKind.ALIAS, NameQuality.STRONG, true);
        assertNull(single.family());
    }
}
