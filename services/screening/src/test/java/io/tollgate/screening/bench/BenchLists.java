package io.tollgate.screening.bench;

import io.tollgate.screening.domain.list.Countries;
import io.tollgate.screening.domain.list.ListFileUnpacker;
import io.tollgate.screening.domain.list.ListParser;
import io.tollgate.screening.domain.list.ListedEntity;
import io.tollgate.screening.domain.list.PartialDate;
import io.tollgate.screening.domain.list.bis.BisDplTsvParser;
import io.tollgate.screening.domain.list.csl.CslCsvParser;
import io.tollgate.screening.domain.list.eu.EuDerivedListWriter;
import io.tollgate.screening.domain.list.eu.EuFsfXmlParser;
import io.tollgate.screening.domain.list.ofac.OfacEnhancedXmlParser;
import io.tollgate.screening.domain.list.ofac.OfacLegacyCsvParser;
import io.tollgate.screening.domain.list.un.UnXmlParser;
import io.tollgate.screening.domain.matching.IndexedEntity;
import io.tollgate.screening.domain.matching.QueryType;
import io.tollgate.screening.domain.matching.ScreeningQuery;
import io.tollgate.testsupport.SharedData;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The benchmark data: the six real lists (~37,000 entities: OFAC SDN, OFAC consolidated, UN, US CSL, BIS DPL and the
 * whole EU list, written out in the official FSF layout and read by its parser) and a rotating mix of real queries.
 */
public final class BenchLists {

    private BenchLists() {
    }

    /** OFAC SDN 2024-05-03, OFAC consolidated, UN, US CSL, BIS DPL and EU 2026-05-01, parsed. */
    public static List<IndexedEntity> entities() throws Exception {
        List<ListedEntity> all = new ArrayList<>();
        all.addAll(parse(new OfacLegacyCsvParser(), "ofac-sdn", "lists/ofac/2024-05-03/sdn.csv"));
        all.addAll(parse(new OfacEnhancedXmlParser(), "ofac-consolidated", "lists/ofac/non-sdn-2025/CONS_ENHANCED.ZIP"));
        all.addAll(parse(new UnXmlParser(), "un", "lists/un/UN_consolidated.xml"));
        all.addAll(parse(new CslCsvParser(), "us-csl", "lists/us-csl/consolidated-2022.csv.gz"));
        all.addAll(parse(new BisDplTsvParser(), "bis-dpl", "lists/bis-dpl/dpl.txt"));
        all.addAll(new EuFsfXmlParser().parse("eu-fsf", new ListFileUnpacker().unpack("eu-2026-05-01.xml",
                EuDerivedListWriter.officialXml())).entities());
        List<IndexedEntity> out = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            out.add(new IndexedEntity(i + 1, all.get(i)));
        }
        return out;
    }

    private static List<ListedEntity> parse(ListParser parser, String source, String file) throws Exception {
        return parser.parse(source, new ListFileUnpacker().unpack(file, Files.readAllBytes(SharedData.file(file))))
                .entities();
    }

    /**
     * Real queries: 9 of 10 unlisted people from many countries and scripts (negatives-global), 1 of 10 listed
     * persons (UN positives) — roughly the mix a screening desk sees.
     */
    static List<ScreeningQuery> queries(int count) throws Exception {
        List<CSVRecord> neg = read("eval/negatives-global.csv");
        List<CSVRecord> pos = read("eval/un-positives-clean.csv");
        List<ScreeningQuery> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            CSVRecord r = i % 10 == 9 ? pos.get((i / 10) % pos.size()) : neg.get(i % neg.size());
            out.add(query(r, i % 3 == 0 ? QueryType.ANY : QueryType.PERSON));
        }
        return out;
    }

    /** The same mix as JSON request bodies, for HTTP load. */
    static List<String> queryBodies(int count) throws Exception {
        List<CSVRecord> neg = read("eval/negatives-global.csv");
        List<CSVRecord> pos = read("eval/un-positives-clean.csv");
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            CSVRecord r = i % 10 == 9 ? pos.get((i / 10) % pos.size()) : neg.get(i % neg.size());
            String name = r.get("full_name").replace("\\", "\\\\").replace("\"", "\\\"");
            out.add("{\"name\":\"" + name + "\",\"type\":\"" + (i % 3 == 0 ? "any" : "person") + "\"}");
        }
        return out;
    }

    private static ScreeningQuery query(CSVRecord r, QueryType type) {
        PartialDate dob = null;
        try {
            dob = r.get("date_of_birth").isBlank() ? null : PartialDate.parse(r.get("date_of_birth"));
        } catch (IllegalArgumentException e) {
            dob = null;
        }
        Set<String> countries = Countries.code(r.get("nationality")).map(Set::of).orElse(Set.of());
        return new ScreeningQuery(r.get("full_name"), type, dob, countries, List.of(), null);
    }

    private static List<CSVRecord> read(String file) throws Exception {
        try (Reader r = Files.newBufferedReader(SharedData.file(file), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }
}
