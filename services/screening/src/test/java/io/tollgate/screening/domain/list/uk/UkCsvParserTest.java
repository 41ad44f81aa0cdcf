package io.tollgate.screening.domain.list.uk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.screening.domain.list.ListFiles;
import io.tollgate.screening.domain.list.ListFormatException;
import io.tollgate.screening.domain.list.ParsedList;
import io.tollgate.screening.domain.list.SourceRecordRef;
import io.tollgate.screening.domain.list.TestLists;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class UkCsvParserTest {

    private static final String FILE = "uk-sanctions-list.csv";
    private static final UkCsvParser PARSER = new UkCsvParser();

    private static String fixture() {
        return new String(TestLists.resource("/fixtures/uk/" + FILE), StandardCharsets.UTF_8);
    }

    @Test
    void shouldMapEveryFieldOfTheFixture() throws ListFormatException {
        ParsedList list = PARSER.parse("uk", TestLists.fixture("uk/" + FILE));
        UkFixture.assertFullyMapped(list);
        assertEquals(20, list.statistics().recordsRead(), "one row per name, plus one per extra address");
        assertEquals(new SourceRecordRef(FILE, 3, "Unique ID=AQD0087"), list.entities().get(0).sourceRecord());
    }

    @Test
    void shouldFindColumnsByNameWhateverTheirOrder() throws Exception {
        String csv = fixture();
        String reportLine = csv.substring(0, csv.indexOf('\n') + 1);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv.substring(reportLine.length())))
                .getRecords();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < records.get(0).size(); i++) {
            order.add(i);
        }
        Collections.reverse(order);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (CSVRecord r : records) {
                List<String> row = new ArrayList<>();
                order.forEach(i -> row.add(r.get(i).equals("Designation Type") ? "Individual, Entity, Ship" : r.get(i)));
                printer.printRecord(row);
            }
        }
        ParsedList reordered = PARSER.parse("uk", TestLists.text(FILE, out.toString()));
        UkFixture.assertFullyMapped(reordered);
        assertEquals(PARSER.parse("uk", TestLists.fixture("uk/" + FILE)).entities().stream().map(UkFixture::content)
                .toList(), reordered.entities().stream().map(UkFixture::content).toList());
    }

    @Test
    void shouldReadAFileWithoutTheReportDateLine() throws ListFormatException {
        String csv = fixture();
        ParsedList list = PARSER.parse("uk", TestLists.text(FILE, csv.substring(csv.indexOf('\n') + 1)));
        UkFixture.assertFullyMapped(list);
    }

    @Test
    void shouldRefuseAFileCutShortWithItsLine() {
        String csv = fixture();
        int line10 = 0;
        for (int i = 0; i < 9; i++) {
            line10 = csv.indexOf('\n', line10) + 1;
        }
        String cut = csv.substring(0, line10 + 60);
        ListFormatException e = assertThrows(ListFormatException.class, () -> PARSER.parse("uk", TestLists.text(FILE, cut)));
        assertEquals(FILE + " line 10", e.location());
    }

    @Test
    void shouldRefuseAHeaderWithoutTheKeyColumns() throws IOException {
        ListFiles other = TestLists.text(FILE, "Report Date: 29-Apr-2026\nName,Country\nACME,GB\n");
        assertFalse(PARSER.accepts(other));
        ListFormatException e = assertThrows(ListFormatException.class, () -> PARSER.parse("uk", other));
        assertEquals(FILE + " line 2", e.location());
        assertTrue(e.getMessage().contains("Unique ID"), e.getMessage());
    }

    @Test
    void shouldRecogniseTheLayoutByContent() throws IOException {
        assertTrue(PARSER.accepts(TestLists.bytes("upload.bin", TestLists.resource("/fixtures/uk/" + FILE))));
        assertFalse(PARSER.accepts(TestLists.fixture("uk/uk-sanctions-list.xml")));
        assertFalse(new UkXmlParser().accepts(TestLists.fixture("uk/" + FILE)));
    }
}
