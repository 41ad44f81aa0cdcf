import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes trade registration bodies for the HTTP load benchmark, one JSON object per line: four parties each (seller
 * and buyer companies, the buyer's bank with a BIC, and a named person), real names from ../shared/eval (people in
 * many scripts; every 10th trade's person is a UN-listed one, so some trades are held and raise alerts), varied
 * corridors, rails and goods.
 * Usage: java bench/tools/TradeBodies.java <shared-dir> <count> <out-file>
 */
public class TradeBodies {

    private static final String[][] CORRIDORS = {{"DE", "VE", "EUR", "SWIFT", "0901"}, {"RU", "VE", "RUB", "MIR", "100199"},
            {"CN", "RU", "CNY", "CIPS", "847130"}, {"IT", "AE", "EUR", "SWIFT", "730419"}, {"IN", "RU", "INR", "OTHER", "300490"},
            {"BR", "CN", "USD", "SWIFT", "120190"}, {"TR", "RU", "TRY", "SWIFT", "870323"}, {"NL", "US", "EUR", "SWIFT", "901890"}};
    private static final String[] FORMS = {"GmbH", "LLC", "S.A.", "Ltd", "C.A.", "OOO", "B.V.", "S.p.A."};

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        List<String[]> people = rows(shared.resolve("eval/negatives-global.csv"));
        List<String[]> listed = rows(shared.resolve("eval/un-positives-clean.csv"));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
            for (int i = 0; i < count; i++) {
                String[] c = CORRIDORS[i % CORRIDORS.length];
                String[] a = people.get((3 * i) % people.size());
                String[] b = people.get((3 * i + 1) % people.size());
                String[] p = i % 10 == 9 ? listed.get((i / 10) % listed.size()) : people.get((3 * i + 2) % people.size());
                String seller = last(a) + " " + FORMS[i % FORMS.length];
                String buyer = last(b) + " Import " + FORMS[(i + 3) % FORMS.length];
                String bank = "Banco " + last(b) + " " + c[1];
                String bic = (letters(last(b)) + "XXXX").substring(0, 4) + c[1] + "22";
                out.print("{\"reference\":\"BENCH-" + i + "\",\"tradeDate\":\"2026-11-20\",\"amount\":\"125000.00\","
                        + "\"currency\":\"" + c[2] + "\",\"paymentRail\":\"" + c[3] + "\","
                        + "\"origin\":{\"country\":\"" + c[0] + "\"},\"destination\":{\"country\":\"" + c[1] + "\"},"
                        + "\"goods\":[{\"hsCode\":\"" + c[4] + "\",\"description\":\"goods\",\"quantity\":10,\"value\":\"125000.00\"}],"
                        + "\"parties\":["
                        + party("SELLER", seller, "organization", c[0], null, null) + ","
                        + party("BUYER", buyer, "organization", c[1], null, null) + ","
                        + party("BUYER_BANK", bank, "organization", c[1], null, bic) + ","
                        + party("OTHER", p[0], "person", null, p.length > 5 && p[5].matches("\\d{4}-\\d{2}-\\d{2}") ? p[5] : null, null)
                        + "]}\n");
            }
        }
    }

    private static String party(String role, String name, String type, String country, String birth, String bic) {
        return "{\"role\":\"" + role + "\",\"name\":\"" + json(name) + "\",\"type\":\"" + type + "\""
                + (country == null ? "" : ",\"country\":\"" + country + "\"")
                + (birth == null ? "" : ",\"birthDate\":\"" + birth + "\"")
                + (bic == null ? "" : ",\"identifiers\":[{\"type\":\"BIC\",\"value\":\"" + bic + "\"}]") + "}";
    }

    private static String last(String[] row) {
        String l = row.length > 3 && !row[3].isBlank() ? row[3] : row[0];
        return l.trim();
    }

    private static String letters(String s) {
        String up = s.toUpperCase().replaceAll("[^A-Z]", "");
        return up.isEmpty() ? "BANK" : up;
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static List<String[]> rows(Path csv) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    out.add(line.split(",", -1));
                }
            }
        }
        return out;
    }
}
