package io.tollgate.screening.bench;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tollgate.screening.domain.list.ListFileUnpacker;
import io.tollgate.screening.domain.list.ListFiles;
import io.tollgate.screening.domain.list.ListParser;
import io.tollgate.screening.domain.list.ParsedList;
import io.tollgate.screening.domain.list.ofac.OfacLegacyCsvParser;
import io.tollgate.screening.domain.list.un.UnXmlParser;
import io.tollgate.testsupport.BenchmarkRecorder;
import io.tollgate.testsupport.DevTokens;
import io.tollgate.testsupport.SharedData;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * List import figures (issue: sanctions lists): the share of OFAC remarks parsed into typed fields, parse time
 * and peak heap per real file, and the end-to-end import time over HTTP (parse, delta, store, in one transaction).
 * Run by {@code make bench}; prints and records, asserts nothing about speed.
 */
@QuarkusTest
@Tag("benchmark")
class ListImportBenchmark {

    private static final String ADMIN = DevTokens.token("bench", "list-admin");

    @Test
    void shouldMeasureParsingAndImport() throws Exception {
        byte[] sdn0503 = Files.readAllBytes(SharedData.file("lists/ofac/2024-05-03/sdn.csv"));
        byte[] sdn0426 = Files.readAllBytes(SharedData.file("lists/ofac/2024-04-26/sdn.csv"));
        byte[] un = Files.readAllBytes(SharedData.file("lists/un/UN_consolidated.xml"));
        byte[] set2021 = zip("lists/ofac/2021-complete/", "sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv");

        ParsedList parsed = parse(new OfacLegacyCsvParser(), "ofac-sdn", sdn0503);
        BenchmarkRecorder.record("list-import", "OFAC 2024-05-03 remarks fully parsed",
                100.0 * parsed.statistics().remarksFullyParsed() / parsed.statistics().remarksTotal(), "%", ">= 97");

        Map<String, Object[]> files = new LinkedHashMap<>();
        files.put("OFAC 2024-05-03 sdn.csv", new Object[] {new OfacLegacyCsvParser(), "ofac-sdn", sdn0503});
        files.put("OFAC 2021 complete set (zip)", new Object[] {new OfacLegacyCsvParser(), "ofac-sdn", set2021});
        files.put("UN consolidated XML", new Object[] {new UnXmlParser(), "un", un});
        for (var e : files.entrySet()) {
            ListParser parser = (ListParser) e.getValue()[0];
            byte[] bytes = (byte[]) e.getValue()[2];
            for (int i = 0; i < 3; i++) {
                parse(parser, (String) e.getValue()[1], bytes); // warm up
            }
            BenchmarkRecorder.resetPeakHeap();
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                long t = System.nanoTime();
                parse(parser, (String) e.getValue()[1], bytes);
                best = Math.min(best, System.nanoTime() - t);
            }
            BenchmarkRecorder.record("list-import", "parse " + e.getKey() + " (best of 5)", best / 1e6, "ms", null);
            BenchmarkRecorder.record("list-import", "parse " + e.getKey() + " peak heap", BenchmarkRecorder.peakHeapMb(),
                    "MiB", null);
        }

        // end to end over HTTP, warm: parse + delta + store + commit (index rebuild runs after, off the request path)
        importTimed("warm-up import OFAC 2024-04-26", "ofac-sdn", sdn0426, false);
        importTimed("import OFAC 2024-05-03 sdn.csv (delta vs 04-26)", "ofac-sdn", sdn0503, false);
        importTimed("import OFAC 2021 complete set (forced)", "ofac-sdn", set2021, true);
        importTimed("import UN consolidated XML (first)", "un", un, false);
    }

    private static void importTimed(String figure, String source, byte[] body, boolean force) {
        BenchmarkRecorder.resetPeakHeap();
        long t = System.nanoTime();
        JsonPath v = given().auth().oauth2(ADMIN).queryParam("force", force).contentType("application/octet-stream")
                .body(body).post("/api/v1/lists/" + source + "/imports").then().statusCode(201).extract().jsonPath();
        double ms = (System.nanoTime() - t) / 1e6;
        BenchmarkRecorder.record("list-import", figure + " [" + v.getInt("entities.total") + " entities]", ms, "ms",
                "<= 5000");
        BenchmarkRecorder.record("list-import", figure + " peak heap (JVM)", BenchmarkRecorder.peakHeapMb(), "MiB", null);
    }

    private static ParsedList parse(ListParser parser, String source, byte[] bytes) throws Exception {
        ListFiles files = new ListFileUnpacker().unpack("upload", bytes);
        return parser.parse(source, files);
    }

    private static byte[] zip(String dir, String... names) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String n : names) {
                z.putNextEntry(new ZipEntry(n));
                z.write(Files.readAllBytes(SharedData.file(dir + n)));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
