package io.tollgate.screening.bench;

import io.tollgate.testsupport.BenchmarkRecorder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** List parser figures: JMH milliseconds per parse of each real list file, one thread, forked JVM. */
@Tag("benchmark")
class ListParserBenchmark {

    @Test
    void shouldMeasureTheListParsers() throws Exception {
        Options opts = new OptionsBuilder().include(ListParserJmh.class.getName()).forks(1).threads(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(3))
                .measurementIterations(5).measurementTime(TimeValue.seconds(3))
                .jvmArgs("-Xmx2g").build();
        for (RunResult r : new Runner(opts).run()) {
            String list = r.getParams().getParam("list");
            String file = list.substring(list.indexOf('|') + 1);
            BenchmarkRecorder.record("list-parsers", "JMH parse " + list.substring(0, list.indexOf('|')) + " ("
                    + file.substring(file.lastIndexOf('/') + 1) + ")", r.getPrimaryResult().getScore(), "ms/op", null);
        }
    }
}
