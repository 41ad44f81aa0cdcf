package io.tollgate.screening.domain.list.ofac;

import io.tollgate.screening.domain.list.ListedEntity;
import io.tollgate.screening.domain.list.ParsedList;
import io.tollgate.testsupport.SharedData;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Measures how much of the real 2024-05-03 remarks the clause parser understands. */
class OfacRemarksCoverageTest {

    @Test
    void shouldParseAtLeast97PercentOfRealRemarksFully() throws Exception {
        ParsedList list = new OfacLegacyCsvParser().parse("ofac-sdn",
                TestListFiles.folder(SharedData.file("lists/ofac/2024-05-03"), "sdn.csv"));
        long total = list.statistics().remarksTotal();
        long full = list.statistics().remarksFullyParsed();
        double share = (double) full / total;
        System.out.printf("OFAC 2024-05-03 remarks fully parsed: %d of %d = %.4f%n", full, total, share);

        OfacRemarksParser parser = new OfacRemarksParser();
        OfacRemarksParser withoutRoles = new OfacRemarksParser(RemarkLabels.standard().withoutRoleWords());
        long fullWithoutRoles = 0;
        Map<String, Integer> unknown = new HashMap<>();
        Map<String, String> example = new HashMap<>();
        for (ListedEntity e : list.entities()) {
            if (e.remarks() == null) {
                continue;
            }
            boolean cut = OfacLegacyCsvParser.isCutShort(e.remarks(), false);
            if (withoutRoles.parse(e.remarks(), cut).fullyParsed()) {
                fullWithoutRoles++;
            }
            for (String clause : parser.parse(e.remarks(), cut).unparsedClauses()) {
                String key = clause.length() > 40 ? clause.substring(0, 40) : clause;
                unknown.merge(key, 1, Integer::sum);
                example.putIfAbsent(key, e.sourceId() + ": " + clause);
            }
        }
        System.out.printf("  of which fully parsed without position/title words: %d = %.4f%n", fullWithoutRoles,
                (double) fullWithoutRoles / total);
        unknown.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(60)
                .forEach(en -> System.out.println("  unparsed " + en.getValue() + "  " + example.get(en.getKey())));
        assertTrue(share >= 0.97, "fully parsed share " + share);
    }
}
