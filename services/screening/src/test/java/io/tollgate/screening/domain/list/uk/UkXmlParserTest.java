package io.tollgate.screening.domain.list.uk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.screening.domain.list.ListFiles;
import io.tollgate.screening.domain.list.ListFormatException;
import io.tollgate.screening.domain.list.ParsedList;
import io.tollgate.screening.domain.list.SourceRecordRef;
import io.tollgate.screening.domain.list.TestLists;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class UkXmlParserTest {

    private static final String FILE = "uk-sanctions-list.xml";
    private static final UkXmlParser PARSER = new UkXmlParser();

    @Test
    void shouldMapEveryFieldOfTheFixture() throws ListFormatException {
        ParsedList list = PARSER.parse("uk", TestLists.fixture("uk/" + FILE));
        UkFixture.assertFullyMapped(list);
        assertEquals(6, list.statistics().recordsRead());
        assertEquals(new SourceRecordRef(FILE, 9, "Designation[UniqueID=AQD0087]"), list.entities().get(0).sourceRecord());
    }

    @Test
    void shouldSayTheSameAsTheCsvLayout() throws ListFormatException {
        ParsedList xml = PARSER.parse("uk", TestLists.fixture("uk/" + FILE));
        ParsedList csv = new UkCsvParser().parse("uk", TestLists.fixture("uk/uk-sanctions-list.csv"));
        assertEquals(csv.entities().stream().map(UkFixture::content).toList(),
                xml.entities().stream().map(UkFixture::content).toList());
    }

    @Test
    void shouldPairNumbersAndNotesWhateverTheWrapperElements() throws ListFormatException {
        String xml = """
                <Designations><Designation><UniqueID>X1</UniqueID><IndividualEntityShip>Individual</IndividualEntityShip>
                <Names><Name><Name6>DOE</Name6><NameType>Primary Name</NameType></Name></Names>
                <IndividualDetails><Individual>
                <PassportNumbers><PassportNumber>P1</PassportNumber><PassportNumber>P2</PassportNumber></PassportNumbers>
                </Individual></IndividualDetails></Designation></Designations>
                """;
        ParsedList list = PARSER.parse("uk", TestLists.text("x.xml", xml));
        assertEquals(2, list.entities().get(0).identifiers().size());
        assertEquals("DOE", list.entities().get(0).primaryName());
    }

    @Test
    void shouldRefuseAFileCutShortWithItsLocation() {
        byte[] whole = TestLists.resource("/fixtures/uk/" + FILE);
        ListFiles cut = TestLists.bytes(FILE, Arrays.copyOf(whole, whole.length - 40));
        ListFormatException e = assertThrows(ListFormatException.class, () -> PARSER.parse("uk", cut));
        assertTrue(e.location().startsWith(FILE + " line "), e.location());
    }

    @Test
    void shouldRefuseTheCsvLayoutAndOtherXml() {
        ListFiles csv = TestLists.bytes(FILE, TestLists.resource("/fixtures/uk/uk-sanctions-list.csv"));
        ListFormatException e = assertThrows(ListFormatException.class, () -> PARSER.parse("uk", csv));
        assertEquals(FILE + " line 1 column 1", e.location());
        ListFormatException un = assertThrows(ListFormatException.class, () -> PARSER.parse("uk",
                TestLists.text(FILE, "<CONSOLIDATED_LIST/>")));
        assertTrue(un.getMessage().contains("not a UK Sanctions List XML"), un.getMessage());
        String dup = new String(TestLists.resource("/fixtures/uk/" + FILE), StandardCharsets.UTF_8)
                .replace("<UniqueID>BEL0110</UniqueID>", "<UniqueID>AQD0087</UniqueID>");
        assertThrows(ListFormatException.class, () -> PARSER.parse("uk", TestLists.text(FILE, dup)));
    }
}
