package io.tollgate.testsupport;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Records benchmark figures: prints each as a table row ({@code BENCH | name | figure | value | unit | goal}) and,
 * when {@code TOLLGATE_BENCH_RECORD} is set (by {@code make bench}), appends it as a JSON line to
 * {@code bench/results/<date>-<commit>.jsonl} with the machine description, so runs can be compared.
 */
public final class BenchmarkRecorder {

    private BenchmarkRecorder() {
    }

    /** Records one figure. */
    public static void record(String benchmark, String figure, double value, String unit, String goal) {
        String row = String.format(Locale.ROOT, "BENCH | %-28s | %-44s | %12.3f | %-10s | %s", benchmark, figure, value,
                unit, goal == null ? "" : goal);
        System.out.println(row);
        if (System.getenv("TOLLGATE_BENCH_RECORD") == null) {
            return; // figures printed by `make test` runs are not recorded; `make bench` sets the variable
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("benchmark", benchmark);
        fields.put("figure", figure);
        fields.put("value", String.format(Locale.ROOT, "%.6f", value));
        fields.put("unit", unit);
        fields.put("goal", goal == null ? "" : goal);
        fields.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        fields.put("maxHeapMb", String.valueOf(Runtime.getRuntime().maxMemory() >> 20));
        fields.put("java", System.getProperty("java.version"));
        fields.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        StringBuilder json = new StringBuilder("{");
        fields.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":")
                .append(k.equals("value") || k.equals("cores") || k.equals("maxHeapMb") ? v : quote(v)));
        json.append("}\n");
        try {
            Path dir = projectRoot().resolve("bench/results");
            Files.createDirectories(dir);
            Path file = dir.resolve(LocalDate.now(ZoneOffset.UTC) + "-" + commit() + ".jsonl");
            Files.writeString(file, json, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("could not record benchmark figure: " + e.getMessage());
        }
    }

    /** The highest heap use seen since the last {@link #resetPeakHeap()}, in MiB. */
    public static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024.0 * 1024.0);
    }

    /** Starts a new peak-heap measurement (after a GC, so garbage from before does not count). */
    public static void resetPeakHeap() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return dir == null ? Path.of("").toAbsolutePath() : dir;
    }

    private static String commit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").directory(projectRoot().toFile())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : "nocommit";
        } catch (IOException e) {
            return "nocommit";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "nocommit";
        }
    }
}
