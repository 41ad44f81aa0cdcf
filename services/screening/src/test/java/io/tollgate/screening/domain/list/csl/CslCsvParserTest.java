package io.tollgate.screening.domain.list.csl;

import static io.tollgate.screening.domain.list.TestLists.entity;
import static io.tollgate.screening.domain.list.TestLists.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.screening.domain.list.Address;
import io.tollgate.screening.domain.list.BirthDate;
import io.tollgate.screening.domain.list.EntityLink;
import io.tollgate.screening.domain.list.EntityType;
import io.tollgate.screening.domain.list.Identifier;
import io.tollgate.screening.domain.list.IdentifierType;
import io.tollgate.screening.domain.list.ListFiles;
import io.tollgate.screening.domain.list.ListFormatException;
import io.tollgate.screening.domain.list.ListedEntity;
import io.tollgate.screening.domain.list.NameKind;
import io.tollgate.screening.domain.list.ParsedList;
import io.tollgate.screening.domain.list.PartialDate;
import io.tollgate.screening.domain.list.Place;
import io.tollgate.screening.domain.list.TestLists;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CslCsvParserTest {

    private static final String FILE = "consolidated-2022.csv";
    private static final CslCsvParser PARSER = new CslCsvParser();
    private static ListFiles files;
    private static ParsedList list;
    private static long parseCpuMillis;

    @BeforeAll
    static void parseRealList() throws Exception {
        files = TestLists.shared("us-csl/consolidated-2022.csv.gz");
        TestLists.Timed timed = TestLists.timedParse(PARSER, "us-csl", files, 3);
        list = timed.list();
        parseCpuMillis = timed.bestCpuMillis();
    }

    @Test
    void shouldMergeTheRowsOfOnePartyOnSeveralSubLists() {
        assertEquals(14_160, list.statistics().recordsRead());
        // 71 ids appear on two or three sub-lists (SDN with SSI, CAP, NS-MBS, FSE, PLC): 112 rows fold away
        assertEquals(14_048, list.entities().size());
        Set<String> ids = new HashSet<>();
        list.entities().forEach(e -> assertTrue(ids.add(e.sourceId()), "duplicate " + e.sourceId()));

        ListedEntity vtb = entity(list, "18725");
        assertEquals(EntityType.ORGANIZATION, vtb.type());
        assertEquals("BANCO VTB AFRICA SA", vtb.primaryName());
        assertEquals(List.of("CAP", "UKRAINE-EO13662", "RUSSIA-EO14024", "SDN", "SSI"), vtb.programs());
        assertTrue(vtb.identifiers().contains(new Identifier(IdentifierType.SWIFT_BIC, "VTBLAOLU", null, null)));
        assertEquals(List.of(new Address("22, Rua da Missao, Luanda", null, null, null, "AO", "AO")), vtb.addresses());
        assertEquals(List.of(new EntityLink("Linked To", "VTB BANK PUBLIC JOINT STOCK COMPANY", null)), vtb.links());
        assertEquals(FILE, vtb.sourceRecord().file());
        assertEquals("_id=18725", vtb.sourceRecord().element());
    }

    @Test
    void shouldMapARealSdnIndividual() {
        ListedEntity e = entity(list, "9935");
        assertEquals(EntityType.PERSON, e.type());
        assertEquals("'ABD AL-RAZZIQ, Abu Sufian al-Salamabi Muhammed Ahmed", e.primaryName());
        assertEquals(15, e.names().size());
        assertEquals(NameKind.ALIAS, name(e, "ABDELRAZIK, Sofian").orElseThrow().kind());
        assertEquals(List.of(BirthDate.of(PartialDate.parse("1962-08-06"))), e.birthDates());
        assertEquals(List.of(new Place("Al-Bawgah, Sudan", "SD"), new Place("Albaouga, Sudan", "SD")),
                e.placesOfBirth());
        assertEquals(List.of("CA", "SD"), e.nationalities());
        assertEquals(List.of(new Identifier(IdentifierType.PASSPORT, "BC166787", "CA", null)), e.identifiers());
        assertEquals(List.of("SDN", "SDGT"), e.programs());
    }

    @Test
    void shouldReadPackedIdsGenderAndDateForms() {
        ListedEntity andreyev = entity(list, "29703");
        assertEquals("male", andreyev.gender());
        assertTrue(andreyev.identifiers().contains(new Identifier(IdentifierType.PASSPORT, "4005504207", "RU", null)));
        assertTrue(andreyev.identifiers().contains(new Identifier(IdentifierType.DIGITAL_CURRENCY_ADDRESS,
                "0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c", null, "ETH")));
        assertTrue(andreyev.identifiers().stream().noneMatch(i -> i.value().contains("@")),
                "e-mail addresses are contact details, not identifiers");

        ListedEntity withDates = entity(list, "17291");
        assertTrue(withDates.identifiers().contains(new Identifier(IdentifierType.PASSPORT, "K475336", "JO", null)),
                "issue and expiry dates are dropped from the number");
        assertTrue(withDates.identifiers().contains(
                new Identifier(IdentifierType.NATIONAL_ID, "28940000602", "QA", null)));

        assertEquals(List.of(new BirthDate(PartialDate.ofYear(1967), PartialDate.ofYear(1967), true)),
                entity(list, "8183").birthDates());
        assertEquals(List.of(new BirthDate(PartialDate.ofYear(1958), PartialDate.ofYear(1960), false)),
                entity(list, "19810").birthDates());
    }

    @Test
    void shouldMapVesselsAndExportControlParties() {
        ListedEntity vessel = entity(list, "23156");
        assertEquals(EntityType.VESSEL, vessel.type());
        assertEquals(List.of(new Identifier(IdentifierType.IMO, "8898831", null, null)), vessel.identifiers());

        ListedEntity el = entity(list, "4398d33e9e93c7477af39f1e0bfffc13ddd47bcc");
        assertEquals(EntityType.UNKNOWN, el.type(), "the Entity List does not say what a party is");
        assertEquals(List.of("EL"), el.programs());
        assertTrue(name(el, "JSC 140 Repair Plant").isPresent(), "the Federal Register's 'and' is not part of a name");
        assertEquals(PartialDate.parse("2022-04-07"), el.listedOn());
    }

    @Test
    void shouldParseTheRealFileWellUnderTwoSeconds() {
        assertTrue(parseCpuMillis < 2000, "took " + parseCpuMillis + " ms of CPU");
    }

    @Test
    void shouldRefuseAFileCutShortWithItsLine() throws IOException {
        byte[] csv;
        try (InputStream in = files.open(FILE)) {
            csv = in.readAllBytes();
        }
        // cut in the middle of a row: either an unclosed quote or a short row, both with a line number
        for (int cut : new int[] {1_000_000, 2_500_003, 4_000_017}) {
            ListFiles truncated = TestLists.bytes(FILE, Arrays.copyOf(csv, cut));
            ListFormatException e = assertThrows(ListFormatException.class, () -> PARSER.parse("us-csl", truncated));
            assertTrue(e.location().matches(FILE + " line \\d+"), e.location());
        }
    }

    @Test
    void shouldRefuseOtherFilesWithALocation() throws Exception {
        ListFiles un = TestLists.text(FILE, "<?xml version=\"1.0\"?><CONSOLIDATED_LIST/>\n");
        assertFalse(PARSER.accepts(un));
        ListFormatException e = assertThrows(ListFormatException.class, () -> PARSER.parse("us-csl", un));
        assertEquals(FILE + " line 1", e.location());

        ListFiles garbage = TestLists.bytes(FILE, new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, 0x00});
        assertThrows(ListFormatException.class, () -> PARSER.parse("us-csl", garbage));
        assertTrue(PARSER.accepts(files));
    }
}
