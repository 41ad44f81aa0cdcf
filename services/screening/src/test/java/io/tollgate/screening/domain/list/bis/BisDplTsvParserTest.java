package io.tollgate.screening.domain.list.bis;

import static io.tollgate.screening.domain.list.TestLists.entity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.screening.domain.list.Address;
import io.tollgate.screening.domain.list.EntityType;
import io.tollgate.screening.domain.list.ListFiles;
import io.tollgate.screening.domain.list.ListFormatException;
import io.tollgate.screening.domain.list.ListedEntity;
import io.tollgate.screening.domain.list.ParsedList;
import io.tollgate.screening.domain.list.PartialDate;
import io.tollgate.screening.domain.list.SourceRecordRef;
import io.tollgate.screening.domain.list.TestLists;
import io.tollgate.testsupport.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BisDplTsvParserTest {

    private static final String FILE = "dpl.txt";
    private static final BisDplTsvParser PARSER = new BisDplTsvParser();
    private static ParsedList list;
    private static long parseCpuMillis;

    @BeforeAll
    static void parseRealList() throws Exception {
        TestLists.Timed timed = TestLists.timedParse(PARSER, "bis-dpl", TestLists.shared("bis-dpl/" + FILE), 3);
        list = timed.list();
        parseCpuMillis = timed.bestCpuMillis();
    }

    @Test
    void shouldReadEveryRowAndMergeTheRowsOfOneDenialOrder() {
        // 546 data rows (lists/README.md says 545: the last line has no newline, so wc -l misses it);
        // one row per name and address, 3 of them exact repeats: 417 name + effective-date orders
        assertEquals(546, list.statistics().recordsRead());
        assertEquals(417, list.entities().size());
        assertEquals(0, list.statistics().warnings(), list.statistics().warningSamples().toString());
        Set<String> ids = new HashSet<>();
        list.entities().forEach(e -> assertTrue(ids.add(e.sourceId()), "duplicate " + e.sourceId()));
        assertTrue(list.entities().stream().allMatch(e -> e.sourceId().matches("dpl-[0-9a-f]{16}")));
    }

    @Test
    void shouldMapARealDenialOrderWithAllItsAddresses() {
        ListedEntity e = entity(list, "dpl-325afe2674c85630");
        assertEquals("AL NASER AIRLINES", e.primaryName());
        assertEquals(EntityType.UNKNOWN, e.type());
        assertEquals(4, e.addresses().size());
        assertEquals(new Address("AL AMIRAT STREET, SECTION 309, ST. 3/H.20, AL MANSOUR", "BAGHDAD", null, null, "IQ",
                "IQ"), e.addresses().get(0));
        assertEquals(new Address("P.O. BOX 911399", "AMMAN", null, "11191", "JO", "JO"), e.addresses().get(3));
        assertEquals(List.of("DPL"), e.programs());
        assertEquals(PartialDate.parse("2019-06-05"), e.listedOn());
        assertTrue(e.remarks().startsWith("Denial expires 2019-12-03; standard order: Y; Federal Register: 80 F.R."),
                e.remarks());
        assertTrue(e.remarks().contains("81 F.R. 45276 7/13/2016"), "citations of every row are kept");
        assertEquals(new SourceRecordRef(FILE, 26, "Name=AL NASER AIRLINES"), e.sourceRecord());
    }

    @Test
    void shouldCollapseRepeatedRowsAndKeepQuotesInNames() {
        ListedEntity sammy = entity(list, "dpl-aba7af29da8dea71");
        assertEquals("IHSAN MEDHAT \"SAMMY\" ELASHI", sammy.primaryName());
        assertEquals(2, sammy.addresses().size());
        ListedEntity davoud = list.entities().stream().filter(e -> e.primaryName().equals("DAVOUD BANIAMERI"))
                .findFirst().orElseThrow();
        assertEquals(2, davoud.addresses().size(), "three rows, one of them repeated");
        ListedEntity ash = list.entities().stream().filter(e -> e.primaryName().equals("I. ASH")).findFirst()
                .orElseThrow();
        assertEquals("I. ASH", ash.names().get(0).full(), "the leading space of the published name is dropped");
    }

    @Test
    void shouldDeriveTheSameIdsOnEveryParse() throws Exception {
        ParsedList again = PARSER.parse("bis-dpl", TestLists.shared("bis-dpl/" + FILE));
        assertEquals(list.entities().stream().map(ListedEntity::sourceId).toList(),
                again.entities().stream().map(ListedEntity::sourceId).toList());
        assertEquals(BisDplTsvParser.id(BisDplTsvParser.key(" al  naser airlines", "2019-06-05")),
                "dpl-325afe2674c85630", "case and spacing do not change the id");
    }

    @Test
    void shouldParseTheRealFileWellUnderTwoSeconds() {
        assertTrue(parseCpuMillis < 2000, "took " + parseCpuMillis + " ms of CPU");
    }

    @Test
    void shouldRefuseAFileCutShortWithItsLine() throws Exception {
        String real = Files.readString(SharedData.file("lists/bis-dpl/" + FILE), StandardCharsets.UTF_8);
        // cut inside a quoted field of line 301
        int at = 0;
        for (int i = 0; i < 300; i++) {
            at = real.indexOf('\n', at) + 1;
        }
        String cutInQuotes = real.substring(0, at + 10);
        ListFormatException e = assertThrows(ListFormatException.class,
                () -> PARSER.parse("bis-dpl", TestLists.text(FILE, cutInQuotes)));
        assertEquals(FILE + " line 301", e.location());
        // cut between fields: a short row
        String cutBetweenFields = real.substring(0, real.indexOf('\t', at + 1));
        ListFormatException shortRow = assertThrows(ListFormatException.class,
                () -> PARSER.parse("bis-dpl", TestLists.text(FILE, cutBetweenFields)));
        assertEquals(FILE + " line 301", shortRow.location());
    }

    @Test
    void shouldRefuseOtherFormatsWithALocation() throws Exception {
        ListFiles csv = TestLists.text(FILE, "Name,City\n\"ACME\",\"Reno\"\n");
        assertFalse(PARSER.accepts(csv));
        ListFormatException e = assertThrows(ListFormatException.class, () -> PARSER.parse("bis-dpl", csv));
        assertEquals(FILE + " line 1", e.location());
        assertTrue(e.getMessage().contains("Street_Address"), e.getMessage());
        assertTrue(PARSER.accepts(TestLists.shared("bis-dpl/" + FILE)));
    }
}
