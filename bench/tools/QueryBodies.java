import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes screening request bodies for the HTTP benchmarks, one JSON object per line, from the real names in
 * ../shared/eval (9 of 10 unlisted people in many scripts, 1 of 10 UN-listed persons).
 * Usage: java bench/tools/QueryBodies.java <shared-dir> <count> <out-file>
 */
public class QueryBodies {

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        List<String> neg = firstColumn(shared.resolve("eval/negatives-global.csv"));
        List<String> pos = firstColumn(shared.resolve("eval/un-positives-clean.csv"));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
            for (int i = 0; i < count; i++) {
                String name = i % 10 == 9 ? pos.get((i / 10) % pos.size()) : neg.get(i % neg.size());
                out.print("{\"name\":\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"type\":\""
                        + (i % 3 == 0 ? "any" : "person") + "\"}\n");
            }
        }
    }

    private static List<String> firstColumn(Path csv) throws IOException {
        List<String> names = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String first;
                if (line.startsWith("\"")) {
                    int end = line.indexOf('"', 1);
                    first = end < 0 ? line.substring(1) : line.substring(1, end);
                } else {
                    int comma = line.indexOf(',');
                    first = comma < 0 ? line : line.substring(0, comma);
                }
                if (!first.isBlank()) {
                    names.add(first.trim());
                }
            }
        }
        return names;
    }
}
