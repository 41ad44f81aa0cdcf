// Writes the demonstration's rate files under tools/demo/rates/ (committed; run again only to change them):
//   java tools/demo/DemoRates.java [../shared/fx]
// From the official files in ../shared/fx: the ECB's reference rates of the demo period (USD, CNY, INR, TRY per euro,
// ECB layout) and the Bank of Russia's USD/RUB rate (plain layout, source CBR). Written out, not downloaded: the UAE
// dirham's official peg (3.6725 per dollar, source CBUAE). Generated, labelled so in the file and on the dashboard:
// a bolívar series (source GENERATED-DEMO), because no official BCV series for 2021-2023 is available offline.
// Same output every run (the bolívar series is seeded). See tools/demo/rates/PROVENANCE.txt.

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.ZipInputStream;

public class DemoRates {

    static final LocalDate FIRST = LocalDate.of(2021, 12, 1);
    static final LocalDate LAST = LocalDate.of(2023, 11, 30);
    static final Path OUT = Path.of("tools/demo/rates");

    public static void main(String[] args) throws IOException {
        Path fx = Path.of(args.length > 0 ? args[0] : "../shared/fx");
        Files.createDirectories(OUT);
        ecb(fx.resolve("ecb/eurofxref-hist.zip"));
        cbr(fx.resolve("cbr/cbr_usd_rub_1992-07-01_2023-11-30.csv"));
        aed();
        ves();
    }

    // the ECB's history, the demo period's days, the columns the demo converts (RUB is the Bank of Russia's)
    static void ecb(Path zip) throws IOException {
        String csv;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            in.getNextEntry();
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] lines = csv.split("\r?\n");
        List<String> header = Arrays.asList(lines[0].split(","));
        List<String> keep = List.of("USD", "CNY", "INR", "TRY");
        StringBuilder out = new StringBuilder("Date," + String.join(",", keep) + ",\n");
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", -1);
            LocalDate day = LocalDate.parse(cells[0]);
            if (day.isBefore(FIRST) || day.isAfter(LAST)) {
                continue;
            }
            out.append(cells[0]);
            for (String code : keep) {
                out.append(',').append(cells[header.indexOf(code)]);
            }
            out.append(",\n");
        }
        Files.writeString(OUT.resolve("ecb-eurofxref-2021-12_2023-11.csv"), out.toString());
    }

    // the Bank of Russia's official dollar rate, from the series in ../shared (M/D/YYYY, newest first)
    static void cbr(Path series) throws IOException {
        TreeMap<LocalDate, String> rates = new TreeMap<>();
        DateTimeFormatter mdy = DateTimeFormatter.ofPattern("M/d/yyyy");
        for (String line : Files.readAllLines(series).subList(1, Files.readAllLines(series).size())) {
            String[] cells = line.split(",");
            LocalDate day = LocalDate.parse(cells[0], mdy);
            if (!day.isBefore(FIRST) && !day.isAfter(LAST)) {
                rates.put(day, cells[1]);
            }
        }
        StringBuilder out = new StringBuilder("""
                # The Bank of Russia's official US dollar rate (roubles per dollar), the days it set, 2021-12-01 .. 2023-11-30.
                # Taken from ../shared/fx/cbr/cbr_usd_rub_1992-07-01_2023-11-30.csv (a series of the Bank of Russia's rate
                # published by a third party, MIT; it equals the USD <Value> of the Bank of Russia's own XML_daily files on
                # the days checked). Rewritten in Tollgate's plain layout by tools/demo/DemoRates.java, values unchanged.
                date,base,quote,rate,source
                """);
        rates.forEach((day, rate) -> out.append(day).append(",USD,RUB,").append(rate).append(",CBR\n"));
        Files.writeString(OUT.resolve("cbr-usd-rub-2021-12_2023-11.csv"), out.toString());
    }

    // the dirham has been pegged to the dollar at 3.6725 since 1997: one line per weekday of the period
    static void aed() throws IOException {
        StringBuilder out = new StringBuilder("""
                # The UAE dirham's official peg to the US dollar: 3.6725 dirhams per dollar, fixed by the Central Bank of the
                # UAE since 1997. Written out for each weekday of 2021-12-01 .. 2023-11-30 by tools/demo/DemoRates.java: the
                # peg itself is official, these lines were not downloaded from the Central Bank.
                date,base,quote,rate,source
                """);
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                out.append(d).append(",USD,AED,3.6725,CBUAE\n");
            }
        }
        Files.writeString(OUT.resolve("cbuae-aed-peg-2021-12_2023-11.csv"), out.toString());
    }

    // bolívars per dollar: anchor levels resembling the bolívar's slide in 2022-2023, joined log-linearly, with
    // seeded day-to-day noise; weekdays only. NOT the Banco Central de Venezuela's rates.
    static void ves() throws IOException {
        TreeMap<LocalDate, Double> anchors = new TreeMap<>();
        String[][] levels = {{"2021-12-01", "4.60"}, {"2022-03-01", "4.35"}, {"2022-06-01", "5.55"},
                {"2022-08-01", "6.30"}, {"2022-10-01", "8.20"}, {"2022-12-01", "11.50"}, {"2023-01-02", "17.50"},
                {"2023-03-01", "24.20"}, {"2023-06-01", "26.50"}, {"2023-08-01", "30.00"}, {"2023-10-02", "34.80"},
                {"2023-11-30", "35.60"}};
        for (String[] l : levels) {
            anchors.put(LocalDate.parse(l[0]), Double.parseDouble(l[1]));
        }
        Random noise = new Random(19);
        StringBuilder out = new StringBuilder("""
                # GENERATED for the demonstration, NOT official: bolivars per US dollar, 2021-12-01 .. 2023-11-30, weekdays.
                # No official Banco Central de Venezuela series for 2021-2023 is available offline (../shared/fx/bcv covers
                # 2025 only), so tools/demo/DemoRates.java joins anchor levels chosen to resemble the bolivar's slide in
                # 2022-2023 (4.6 -> 35.6) log-linearly and adds seeded day-to-day noise (+-0.4 %). The source name
                # GENERATED-DEMO makes every report that converts with it say so, and the dashboard flags it.
                date,base,quote,rate,source
                """);
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            var before = anchors.floorEntry(d);
            var after = anchors.ceilingEntry(d);
            double level;
            if (after == null || before.getKey().equals(after.getKey())) {
                level = before.getValue();
            } else {
                double t = (double) (d.toEpochDay() - before.getKey().toEpochDay())
                        / (after.getKey().toEpochDay() - before.getKey().toEpochDay());
                level = Math.exp(Math.log(before.getValue()) * (1 - t) + Math.log(after.getValue()) * t);
            }
            level *= 1 + (noise.nextDouble() - 0.5) * 0.008;
            out.append(d).append(",USD,VES,").append(BigDecimal.valueOf(level).setScale(4, RoundingMode.HALF_EVEN)
                    .toPlainString()).append(",GENERATED-DEMO\n");
        }
        Files.writeString(OUT.resolve("generated-ves-usd-2021-12_2023-11.csv"), out.toString());
    }
}
