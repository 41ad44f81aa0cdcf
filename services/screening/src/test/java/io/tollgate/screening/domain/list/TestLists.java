package io.tollgate.screening.domain.list;

import io.tollgate.testsupport.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Test helpers: real list files from ../shared, hand-written fixtures, and entity look-ups. */
public final class TestLists {

    private TestLists() {
    }

    /** A real list file from the shared folder, unpacked the way an import would. */
    public static ListFiles shared(String relative) {
        try {
            return new ListFileUnpacker().unpack(SharedData.file("lists/" + relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ListFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fixture from src/test/resources/fixtures. */
    public static ListFiles fixture(String relative) {
        return bytes(relative.substring(relative.lastIndexOf('/') + 1), resource("/fixtures/" + relative));
    }

    /** Files held in memory under their names (each opens afresh). */
    public static ListFiles bytes(String name, byte[] content) {
        return files(Map.of(name, content));
    }

    /** Several in-memory files. */
    public static ListFiles files(Map<String, byte[]> content) {
        List<String> names = content.keySet().stream().sorted().toList();
        return new ListFiles() {
            @Override
            public List<String> names() {
                return names;
            }

            @Override
            public InputStream open(String name) throws IOException {
                byte[] b = content.get(name);
                if (b == null) {
                    throw new IOException("no " + name);
                }
                return new java.io.ByteArrayInputStream(b);
            }
        };
    }

    public static ListFiles text(String name, String content) {
        return bytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] resource(String path) {
        try (InputStream in = TestLists.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entity with this source id, failing the test clearly when absent. */
    public static ListedEntity entity(ParsedList list, String sourceId) {
        return list.entities().stream().filter(e -> e.sourceId().equals(sourceId)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + sourceId));
    }

    /** The name with this full text. */
    public static Optional<ListedName> name(ListedEntity e, String full) {
        return e.names().stream().filter(n -> n.full().equals(full)).findFirst();
    }

    /**
     * A parse with its best wall-clock and CPU time over a few runs after a warm-up. Tests assert on CPU time: the
     * build machine is shared, and waiting for a core says nothing about the parser.
     */
    public record Timed(ParsedList list, long bestMillis, long bestCpuMillis) {
    }

    /** Parses {@code runs} times after one warm-up run and keeps the fastest times. */
    public static Timed timedParse(ListParser parser, String source, ListFiles files, int runs) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ParsedList list = parser.parse(source, files);
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            list = parser.parse(source, files);
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
            bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        }
        System.out.printf("%s: %d records, %d entities; best of %d parses: %d ms wall, %d ms CPU; %d warnings%n",
                parser.format(), list.statistics().recordsRead(), list.entities().size(), runs, best, bestCpu,
                list.statistics().warnings());
        list.statistics().warningSamples().forEach(w -> System.out.println("  warning: " + w));
        return new Timed(list, best, bestCpu);
    }

    public static Optional<Identifier> identifier(ListedEntity e, Predicate<Identifier> test) {
        return e.identifiers().stream().filter(test).findFirst();
    }
}
