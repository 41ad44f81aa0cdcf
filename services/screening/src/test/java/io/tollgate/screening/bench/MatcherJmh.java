package io.tollgate.screening.bench;

import io.tollgate.screening.domain.list.ListedName;
import io.tollgate.screening.domain.matching.IndexedEntity;
import io.tollgate.screening.domain.matching.MatchIndex;
import io.tollgate.screening.domain.matching.MatchThreshold;
import io.tollgate.screening.domain.matching.NameKnowledge;
import io.tollgate.screening.domain.matching.ScreeningQuery;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH: screenings per second of the match index on one thread over the six real lists (~37,000 entities, the EU list included), and
 * the same queries as a plain Jaro-Winkler scan over every listed name — what the indexes buy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MatcherJmh {

    private MatchIndex index;
    private List<ScreeningQuery> queries;
    private String[] foldedNames;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        List<IndexedEntity> entities = BenchLists.entities();
        index = MatchIndex.build(entities, NameKnowledge.loadDefault());
        queries = BenchLists.queries(5000);
        List<String> names = new ArrayList<>();
        for (IndexedEntity e : entities) {
            for (ListedName n : e.entity().names()) {
                names.add(fold(n.full()));
            }
        }
        foldedNames = names.toArray(String[]::new);
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    @Benchmark
    public void screen(Blackhole bh) {
        ScreeningQuery q = queries.get(next++ % queries.size());
        bh.consume(index.search(q, MatchThreshold.DEFAULT, 10, s -> true));
    }

    @Benchmark
    public void jaroWinklerScan(Blackhole bh) {
        String q = fold(queries.get(next++ % queries.size()).name());
        JaroWinklerSimilarity jw = new JaroWinklerSimilarity();
        int hits = 0;
        for (String n : foldedNames) {
            if (jw.apply(q, n) >= 0.92) {
                hits++;
            }
        }
        bh.consume(hits);
    }
}
