package io.tollgate.screening.domain.list.un;

import static io.tollgate.screening.domain.list.TestLists.entity;
import static io.tollgate.screening.domain.list.TestLists.identifier;
import static io.tollgate.screening.domain.list.TestLists.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.screening.domain.list.Address;
import io.tollgate.screening.domain.list.BirthDate;
import io.tollgate.screening.domain.list.EntityType;
import io.tollgate.screening.domain.list.IdentifierType;
import io.tollgate.screening.domain.list.ListFiles;
import io.tollgate.screening.domain.list.ListFormatException;
import io.tollgate.screening.domain.list.ListedEntity;
import io.tollgate.screening.domain.list.ListedName;
import io.tollgate.screening.domain.list.NameKind;
import io.tollgate.screening.domain.list.NameQuality;
import io.tollgate.screening.domain.list.ParsedList;
import io.tollgate.screening.domain.list.PartialDate;
import io.tollgate.screening.domain.list.Place;
import io.tollgate.screening.domain.list.TestLists;
import io.tollgate.testsupport.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UnXmlParserTest {

    private static final String FILE = "UN_consolidated.xml";
    private static final UnXmlParser PARSER = new UnXmlParser();
    private static ParsedList list;
    private static long parseCpuMillis;

    @BeforeAll
    static void parseRealList() throws Exception {
        ListFiles files = TestLists.shared("un/" + FILE);
        TestLists.Timed timed = TestLists.timedParse(PARSER, "un", files, 3);
        list = timed.list();
        parseCpuMillis = timed.bestCpuMillis();
    }

    @Test
    void shouldReadEveryIndividualAndEntityOfTheRealList() {
        assertEquals(730, list.entities().stream().filter(e -> e.type() == EntityType.PERSON).count());
        assertEquals(273, list.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION).count());
        assertEquals(1003, list.statistics().recordsRead());
        assertEquals(1003, list.statistics().entities());
        assertEquals("un-xml", list.format());
    }

    @Test
    void shouldUseTheUniqueReferenceNumberAsSourceId() {
        Set<String> ids = new HashSet<>();
        list.entities().forEach(e -> assertTrue(ids.add(e.sourceId()), "duplicate id " + e.sourceId()));
        assertTrue(list.entities().stream().allMatch(e -> e.sourceId().matches("[A-Z]{2}[ie]\\.\\d{3}")),
                "every record of this file has a unique reference number");
    }

    @Test
    void shouldMapARealIndividualCompletely() {
        ListedEntity e = entity(list, "QDi.428");
        assertEquals("un", e.source());
        assertEquals(EntityType.PERSON, e.type());
        assertEquals("JAMAL HUSSEIN HASSAN ZEINIYE", e.primaryName());
        assertEquals(new ListedName("Jamal Husayn Zayniyah", NameKind.ALIAS, NameQuality.STRONG, "Latn", null, null,
                null), name(e, "Jamal Husayn Zayniyah").orElseThrow());
        assertEquals(NameQuality.WEAK, name(e, "Abu Hussein").orElseThrow().quality());
        ListedName original = name(e, "جمال حسين حسن زينيه").orElseThrow();
        assertEquals(NameKind.ORIGINAL_SCRIPT, original.kind());
        assertEquals("Arab", original.script());
        assertEquals(List.of(BirthDate.of(PartialDate.parse("1972-08-17")), BirthDate.of(PartialDate.parse("1972-01-01"))),
                e.birthDates());
        assertEquals(new Place("Benghazi, Libya", "LY"), e.placesOfBirth().get(0));
        assertEquals(List.of("SY"), e.nationalities());
        assertEquals("male", e.gender());
        var passport = identifier(e, i -> i.type() == IdentifierType.PASSPORT).orElseThrow();
        assertEquals("3987189", passport.value());
        assertEquals("SY", passport.country());
        assertTrue(identifier(e, i -> i.type() == IdentifierType.NATIONAL_ID && i.value().equals("5877002")
                && "SY".equals(i.country())).isPresent());
        assertTrue(e.addresses().contains(new Address(null, "Arsal", "Bekaa", null, "Lebanon", "LB")));
        assertEquals(List.of("Al-Qaida"), e.programs());
        assertEquals(PartialDate.parse("2020-10-08"), e.listedOn());
        assertTrue(e.remarks().contains("Mother’s name is Amina Tohmeh"));
        assertEquals(FILE, e.sourceRecord().file());
        assertEquals("INDIVIDUAL[DATAID=6908833]", e.sourceRecord().element());
        assertTrue(e.sourceRecord().line() > 0);
    }

    @Test
    void shouldMapARealEntity() {
        ListedEntity e = entity(list, "KPe.001");
        assertEquals(EntityType.ORGANIZATION, e.type());
        assertEquals("KOREA MINING DEVELOPMENT TRADING CORPORATION", e.primaryName());
        assertEquals(NameKind.ALIAS, name(e, "CHANGGWANG SINYONG CORPORATION").orElseThrow().kind());
        assertEquals(5, e.names().size());
        assertEquals(List.of(new Address("Central District", "Pyongyang", null, null,
                "Democratic People's Republic of Korea", "KP")), e.addresses());
        assertEquals(List.of("DPRK"), e.programs());
        assertNull(e.gender());
        assertTrue(e.birthDates().isEmpty());
    }

    @Test
    void shouldKeepFormerNamesRangesAndApproximateDates() {
        ListedEntity adf = entity(list, "CDe.001");
        assertEquals(NameKind.FORMER, name(adf, "NALU").orElseThrow().kind());
        assertEquals(NameKind.ALIAS, name(adf, "Allied Democratic Forces").orElseThrow().kind());

        BirthDate range = entity(list, "CDi.030").birthDates().get(0);
        assertEquals(PartialDate.ofYear(1973), range.from());
        assertEquals(PartialDate.ofYear(1974), range.to());
        assertFalse(range.approximate());

        assertTrue(entity(list, "CDi.014").birthDates().contains(
                new BirthDate(PartialDate.ofYear(1966), PartialDate.ofYear(1966), true)));
        // a BETWEEN range marked "Approximately" only in its NOTE
        assertTrue(entity(list, "TAi.002").birthDates().stream().allMatch(BirthDate::approximate));
    }

    @Test
    void shouldResolveNationalitiesToIsoCodes() {
        assertEquals(List.of("GB"), entity(list, "QDi.067").nationalities());
        List<String> unresolved = list.entities().stream().flatMap(e -> e.nationalities().stream())
                .filter(n -> n.length() != 2).distinct().sorted().toList();
        // "Congo" does not say which Congo; the Soviet Union has no current code: both stay as published
        assertEquals(List.of("Congo", "former Soviet Union"), unresolved);
    }

    @Test
    void shouldParseTheRealFileWellUnderTwoSeconds() {
        assertTrue(parseCpuMillis < 2000, "took " + parseCpuMillis + " ms of CPU");
    }

    @Test
    void shouldRefuseAFileCutShortWithItsLocation() throws IOException {
        byte[] real = Files.readAllBytes(SharedData.file("lists/un/" + FILE));
        ListFiles truncated = TestLists.bytes(FILE, Arrays.copyOf(real, 1_000_000));
        ListFormatException e = assertThrows(ListFormatException.class, () -> PARSER.parse("un", truncated));
        assertTrue(e.location().startsWith(FILE + " line "), e.location());
    }

    @Test
    void shouldRefuseAFileCutAfterItsLastRecord() throws IOException {
        String real = Files.readString(SharedData.file("lists/un/" + FILE), StandardCharsets.UTF_8);
        String cut = real.substring(0, real.lastIndexOf("</ENTITIES>"));
        ListFormatException e = assertThrows(ListFormatException.class,
                () -> PARSER.parse("un", TestLists.text(FILE, cut)));
        assertTrue(e.location().startsWith(FILE + " line "), e.location());
    }

    @Test
    void shouldRefuseGarbageAndOtherFormatsWithALocation() {
        ListFormatException csv = assertThrows(ListFormatException.class, () -> PARSER.parse("un",
                TestLists.text(FILE, "_id,source,entity_number\n1,SDN,2\n")));
        assertEquals(FILE + " line 1 column 1", csv.location());

        ListFormatException garbage = assertThrows(ListFormatException.class, () -> PARSER.parse("un",
                TestLists.bytes(FILE, new byte[] {0x00, (byte) 0xFF, 0x13, 0x37, 0x42})));
        assertTrue(garbage.location().startsWith(FILE + " line 1"), garbage.location());

        ListFormatException otherXml = assertThrows(ListFormatException.class, () -> PARSER.parse("un",
                TestLists.text(FILE, "<?xml version=\"1.0\"?>\n<Designations><Designation/></Designations>")));
        assertTrue(otherXml.getMessage().contains("not a UN consolidated list"), otherXml.getMessage());
    }

    @Test
    void shouldRecogniseTheListByContentNotByName() throws IOException {
        byte[] real = Files.readAllBytes(SharedData.file("lists/un/" + FILE));
        assertTrue(PARSER.accepts(TestLists.bytes("upload.bin", real)));
        assertFalse(PARSER.accepts(TestLists.text(FILE, "_id,source\n1,SDN\n")));
        assertFalse(PARSER.accepts(TestLists.text(FILE, "<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\"/>")));
    }

    @Test
    void shouldFallBackToTheDataIdWhenAReferenceNumberRepeats() throws ListFormatException {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <CONSOLIDATED_LIST><INDIVIDUALS>
                <INDIVIDUAL><DATAID>11</DATAID><FIRST_NAME>ONE</FIRST_NAME><REFERENCE_NUMBER>QDi.999</REFERENCE_NUMBER></INDIVIDUAL>
                <INDIVIDUAL><DATAID>12</DATAID><FIRST_NAME>TWO</FIRST_NAME><REFERENCE_NUMBER>QDi.999</REFERENCE_NUMBER></INDIVIDUAL>
                <INDIVIDUAL><DATAID>13</DATAID><FIRST_NAME>THREE</FIRST_NAME><REFERENCE_NUMBER>QDi.998</REFERENCE_NUMBER></INDIVIDUAL>
                </INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>
                """;
        ParsedList parsed = PARSER.parse("un", TestLists.text(FILE, xml));
        assertEquals(List.of("11", "12", "QDi.998"), parsed.entities().stream().map(ListedEntity::sourceId).toList());
    }

    @Test
    void shouldRefuseXmlWithADoctype() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE CONSOLIDATED_LIST [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>&x;</FIRST_NAME>
                </INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>
                """;
        assertThrows(ListFormatException.class, () -> PARSER.parse("un", TestLists.text(FILE, xml)));
    }
}
