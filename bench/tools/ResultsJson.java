import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes one run of {@code make bench} as a JSON document: the machine it ran on (cores, memory, CPU model, kernel,
 * Java, load average at the end) and every figure recorded during the run (the lines the run appended to the
 * day's {@code .jsonl}). Usage: {@code java bench/tools/ResultsJson.java <jsonl> <lines-before-run> <out.json> <commit>}.
 */
public class ResultsJson {

    public static void main(String[] args) throws IOException {
        List<String> lines = Files.exists(Path.of(args[0]))
                ? Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8) : List.of();
        int skip = Integer.parseInt(args[1].trim());
        String figures = lines.stream().skip(skip).filter(l -> !l.isBlank()).map(l -> "    " + l.trim())
                .collect(Collectors.joining(",\n"));
        String cpu = firstMatching("/proc/cpuinfo", "model name").replaceAll(".*:\\s*", "");
        String memKb = firstMatching("/proc/meminfo", "MemTotal").replaceAll("\\D", "");
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        String json = "{\n"
                + "  \"recordedAt\": \"" + Instant.now() + "\",\n"
                + "  \"commit\": \"" + args[3] + "\",\n"
                + "  \"machine\": {\"cores\": " + Runtime.getRuntime().availableProcessors()
                + ", \"memoryGiB\": " + (memKb.isEmpty() ? "null" : Long.parseLong(memKb) / (1024 * 1024))
                + ", \"cpu\": \"" + esc(cpu) + "\", \"os\": \"" + esc(System.getProperty("os.name") + " "
                + System.getProperty("os.version") + " " + System.getProperty("os.arch"))
                + "\", \"java\": \"" + esc(System.getProperty("java.vm.name") + " " + System.getProperty("java.version"))
                + "\", \"load1AtEnd\": " + load + "},\n"
                + "  \"figures\": [\n" + figures + "\n  ]\n}\n";
        Files.writeString(Path.of(args[2]), json, StandardCharsets.UTF_8);
        System.out.println("wrote " + args[2] + " (" + (lines.size() - Math.min(skip, lines.size())) + " figures)");
    }

    private static String firstMatching(String file, String prefix) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(prefix)).findFirst().orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
