package io.tollgate.screening.bench;

import io.tollgate.screening.domain.list.ListFileUnpacker;
import io.tollgate.screening.domain.list.ListParser;
import io.tollgate.screening.domain.list.bis.BisDplTsvParser;
import io.tollgate.screening.domain.list.csl.CslCsvParser;
import io.tollgate.screening.domain.list.ofac.OfacEnhancedXmlParser;
import io.tollgate.screening.domain.list.ofac.OfacLegacyCsvParser;
import io.tollgate.screening.domain.list.un.UnXmlParser;
import io.tollgate.testsupport.SharedData;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: time to unpack and parse each real list file the matcher benchmark loads, from the bytes of the upload to
 * the parsed entities with their statistics (what an import does before the delta and the store).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ListParserJmh {

    /** source id | parser | file under ../shared. */
    @Param({"ofac-sdn|lists/ofac/2024-05-03/sdn.csv", "ofac-consolidated|lists/ofac/non-sdn-2025/CONS_ENHANCED.ZIP",
        "un|lists/un/UN_consolidated.xml", "us-csl|lists/us-csl/consolidated-2022.csv.gz",
        "bis-dpl|lists/bis-dpl/dpl.txt"})
    public String list;

    private String source;
    private String file;
    private byte[] bytes;
    private ListParser parser;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        source = list.substring(0, list.indexOf('|'));
        file = list.substring(list.indexOf('|') + 1);
        bytes = Files.readAllBytes(SharedData.file(file));
        parser = switch (source) {
            case "ofac-sdn" -> new OfacLegacyCsvParser();
            case "ofac-consolidated" -> new OfacEnhancedXmlParser();
            case "un" -> new UnXmlParser();
            case "us-csl" -> new CslCsvParser();
            case "bis-dpl" -> new BisDplTsvParser();
            default -> throw new IllegalArgumentException(source);
        };
    }

    @Benchmark
    public int parse() throws Exception {
        return parser.parse(source, new ListFileUnpacker().unpack(file, bytes)).entities().size();
    }
}
