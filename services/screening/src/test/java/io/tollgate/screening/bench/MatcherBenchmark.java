package io.tollgate.screening.bench;

import io.tollgate.screening.domain.matching.IndexedEntity;
import io.tollgate.screening.domain.matching.MatchIndex;
import io.tollgate.screening.domain.matching.NameKnowledge;
import io.tollgate.testsupport.BenchmarkRecorder;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Matcher figures: index build time and heap, JMH screenings/s on one thread, and the Jaro-Winkler-scan ratio. */
@Tag("benchmark")
class MatcherBenchmark {

    @Test
    void shouldMeasureIndexBuild() throws Exception {
        List<IndexedEntity> entities = BenchLists.entities();
        NameKnowledge knowledge = NameKnowledge.loadDefault();
        MatchIndex.build(entities, knowledge); // warm up
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            MatchIndex.build(entities, knowledge);
            best = Math.min(best, System.nanoTime() - t);
        }
        System.gc();
        long before = usedHeap();
        BenchmarkRecorder.resetPeakHeap();
        MatchIndex index = MatchIndex.build(entities, knowledge);
        double peak = BenchmarkRecorder.peakHeapMb();
        System.gc();
        long retained = usedHeap() - before;
        BenchmarkRecorder.record("matcher", "index build, " + index.size() + " entities (best of 3)", best / 1e6, "ms",
                "<= 5000");
        BenchmarkRecorder.record("matcher", "index build peak heap (incl. parsed lists)", peak, "MiB", "<= 512");
        BenchmarkRecorder.record("matcher", "index retained heap (beyond the entities)", retained / 1048576.0, "MiB", null);
    }

    /**
     * The heap goal as a fact rather than a reading: a child JVM limited to 512 MiB ({@code -Xmx512m}) parses the five
     * lists and builds the index over them, or dies of OutOfMemoryError.
     */
    @Test
    void shouldBuildTheIndexInA512MiBHeap() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), IndexBuildInSmallHeap.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        String built = out.lines().filter(l -> l.startsWith("BUILT ")).findFirst().orElse("");
        System.out.println("child JVM -Xmx512m: exit " + exit + (built.isEmpty() ? "\n" + out : ", " + built));
        BenchmarkRecorder.record("matcher", "parse the lists and build the index with -Xmx512m (1 = done)",
                exit == 0 && !built.isEmpty() ? 1 : 0, "ok", "1");
        if (!built.isEmpty()) {
            String[] f = built.split(" ");
            BenchmarkRecorder.record("matcher", "index build within -Xmx512m", Double.parseDouble(f[2]), "ms", "<= 5000");
        }
    }

    @Test
    void shouldMeasureScreeningsPerSecondOnOneThread() throws Exception {
        Options opts = new OptionsBuilder().include(MatcherJmh.class.getName()).forks(1).threads(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(5))
                .measurementIterations(5).measurementTime(TimeValue.seconds(5))
                .jvmArgs("-Xmx2g").build();
        double screen = 0;
        double scan = 0;
        for (RunResult r : new Runner(opts).run()) {
            String name = r.getParams().getBenchmark();
            double score = r.getPrimaryResult().getScore();
            if (name.endsWith(".screen")) {
                screen = score;
                BenchmarkRecorder.record("matcher", "JMH screenings/s, 1 thread, ~37k entities (6 lists)", score, "ops/s",
                        ">= 10000");
            } else {
                scan = score;
                BenchmarkRecorder.record("matcher", "JMH plain Jaro-Winkler scan, 1 thread", score, "ops/s", null);
            }
        }
        if (scan > 0) {
            BenchmarkRecorder.record("matcher", "index speed-up over a Jaro-Winkler scan", screen / scan, "x", null);
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
