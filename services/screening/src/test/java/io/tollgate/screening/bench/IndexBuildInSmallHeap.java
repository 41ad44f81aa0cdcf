package io.tollgate.screening.bench;

import io.tollgate.screening.domain.matching.IndexedEntity;
import io.tollgate.screening.domain.matching.MatchIndex;
import io.tollgate.screening.domain.matching.NameKnowledge;
import java.util.List;

/**
 * Run in a child JVM with a capped heap by {@link MatcherBenchmark}: parses the six benchmark lists and builds the
 * match index over them, then prints {@code BUILT <entities> <build ms> <parse+build ms>}. An OutOfMemoryError ends
 * the JVM with a non-zero exit code.
 */
public final class IndexBuildInSmallHeap {

    private IndexBuildInSmallHeap() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        List<IndexedEntity> entities = BenchLists.entities();
        NameKnowledge knowledge = NameKnowledge.loadDefault();
        long t = System.nanoTime();
        MatchIndex index = MatchIndex.build(entities, knowledge);
        long end = System.nanoTime();
        System.out.println("BUILT " + index.size() + " " + (end - t) / 1_000_000 + " " + (end - start) / 1_000_000);
    }
}
