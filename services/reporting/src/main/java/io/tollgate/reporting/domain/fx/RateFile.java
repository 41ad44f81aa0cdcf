package io.tollgate.reporting.domain.fx;

import io.tollgate.reporting.domain.InvalidInputException;
import io.tollgate.reporting.domain.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A rate file as uploaded, recognised by its content: the ECB reference-rate CSV ({@link ReferenceRates}), the Bank
 * of Russia's daily XML ({@link CbrDailyRates}), the plain {@code date,base,quote,rate,source} CSV
 * ({@link PlainRateCsv}), or a zip of any of them (the ECB's {@code eurofxref-hist.zip}, a month of CBR day files).
 * A file with any problem is refused whole, every problem named with its line (and file inside a zip).
 *
 * @param layouts the layouts found, e.g. {@code [CBR]} or {@code [ECB, CBR]} for a zip holding both
 */
public record RateFile(List<String> layouts, List<RateQuote> quotes) {

    /** The ECB's reference-rate CSV. */
    public static final String ECB_LAYOUT = "ECB";
    /** The Bank of Russia's daily XML. */
    public static final String CBR_LAYOUT = "CBR";
    /** The plain {@code date,base,quote,rate,source} CSV. */
    public static final String PLAIN_LAYOUT = "PLAIN";

    // a zip may expand to this much (a decade of CBR day files is ~30 MB; the ECB history ~2 MB)
    private static final long MAX_UNZIPPED_BYTES = 64L * 1024 * 1024;
    private static final int MAX_ENTRIES = 20_000;

    public RateFile {
        layouts = List.copyOf(layouts);
        quotes = List.copyOf(quotes);
    }

    /** The first day of the file. */
    public LocalDate firstDate() {
        return quotes.stream().map(RateQuote::date).min(LocalDate::compareTo).orElseThrow();
    }

    /** The last day of the file. */
    public LocalDate lastDate() {
        return quotes.stream().map(RateQuote::date).max(LocalDate::compareTo).orElseThrow();
    }

    /** How many days the file has rates for. */
    public int dateCount() {
        return (int) quotes.stream().map(RateQuote::date).distinct().count();
    }

    /** Every currency the file quotes, sorted. */
    public List<String> currencies() {
        TreeSet<String> codes = new TreeSet<>();
        quotes.forEach(q -> {
            codes.add(q.base());
            codes.add(q.quote());
        });
        return List.copyOf(codes);
    }

    /** Every source the file's rates are from, sorted. */
    public List<String> sources() {
        return List.copyOf(new TreeSet<>(quotes.stream().map(RateQuote::source).toList()));
    }

    /**
     * Reads an upload. {@code ecbSource} names who published a file in the ECB layout (default ECB: a bank may send
     * its own per-euro rates in that layout); the other layouts name their source themselves.
     */
    public static RateFile read(byte[] body, Optional<String> ecbSource) {
        List<Violation> problems = new ArrayList<>();
        List<String> layouts = new ArrayList<>();
        Map<RateQuote.Key, RateQuote> quotes = new LinkedHashMap<>();
        if (isZip(body)) {
            unzip(body, ecbSource, layouts, quotes, problems);
        } else {
            one(body, "", ecbSource, layouts, quotes, problems);
        }
        if (ecbSource.isPresent() && !layouts.contains(ECB_LAYOUT) && problems.isEmpty()) {
            problems.add(new Violation("source", "names the publisher of a file in the ECB layout only: the Bank of "
                    + "Russia's XML is CBR's, and the plain layout names its source on every line"));
        }
        if (problems.isEmpty() && quotes.isEmpty()) {
            problems.add(new Violation("file", "holds no rate"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The rate file cannot be imported: " + problems.get(0).field() + " "
                    + problems.get(0).message() + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)"
                    : ""), problems.subList(0, Math.min(problems.size(), RateValues.MAX_REPORTED)));
        }
        return new RateFile(layouts, List.copyOf(quotes.values()));
    }

    private static void one(byte[] file, String name, Optional<String> ecbSource, List<String> layouts,
                            Map<RateQuote.Key, RateQuote> all, List<Violation> problems) {
        List<Violation> found = new ArrayList<>();
        String layout;
        List<RateQuote> quotes;
        if (CbrDailyRates.looksLikeXml(file)) {
            layout = CBR_LAYOUT;
            quotes = CbrDailyRates.parse(file, found);
        } else {
            String text = RateText.utf8(file);
            if (PlainRateCsv.isHeader(headerCells(text))) {
                layout = PLAIN_LAYOUT;
                quotes = PlainRateCsv.parse(text, found);
            } else {
                layout = ECB_LAYOUT;
                quotes = ecb(text, ecbSource.orElse(ReferenceRates.ECB), found);
            }
        }
        String prefix = name.isEmpty() ? "" : name + ", ";
        found.forEach(v -> problems.add(new Violation(prefix + v.field(), v.message())));
        if (!layouts.contains(layout)) {
            layouts.add(layout);
        }
        for (RateQuote q : quotes) {
            RateQuote before = all.get(q.key());
            if (before != null && before.rate().compareTo(q.rate()) != 0) {
                problems.add(new Violation(prefix + q.date() + " " + q.source() + " " + q.base() + "/" + q.quote(),
                        "differs from the same rate earlier in the upload (" + before.rate().toPlainString() + " vs "
                                + q.rate().toPlainString() + ")"));
            } else if (all.containsKey(q.inverseKey())) {
                problems.add(new Violation(prefix + q.date() + " " + q.source() + " " + q.base() + "/" + q.quote(),
                        "is quoted the other way round earlier in the upload"));
            } else {
                all.put(q.key(), q);
            }
        }
    }

    private static List<RateQuote> ecb(String text, String source, List<Violation> found) {
        try {
            return ReferenceRates.parse(text).quotes(source);
        } catch (InvalidInputException e) {
            found.addAll(e.violations());
            return List.of();
        }
    }

    // the first line that is not a comment, split as CSV (the plain layout may open with comment lines)
    private static List<String> headerCells(String text) {
        try (CSVParser csv = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT.builder()
                .setCommentMarker('#').setIgnoreEmptyLines(true).get())) {
            for (CSVRecord record : csv) {
                return record.toList();
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            return List.of();
        }
        return List.of();
    }

    private static boolean isZip(byte[] body) {
        return body.length >= 4 && body[0] == 'P' && body[1] == 'K' && body[2] == 3 && body[3] == 4;
    }

    private static void unzip(byte[] body, Optional<String> ecbSource, List<String> layouts,
                              Map<RateQuote.Key, RateQuote> quotes, List<Violation> problems) {
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null && problems.size() < RateValues.MAX_REPORTED) {
                if (entry.isDirectory() || entry.getName().startsWith("__MACOSX/")) {
                    continue;
                }
                if (++entries > MAX_ENTRIES) {
                    problems.add(new Violation("zip", "holds more than " + MAX_ENTRIES + " files"));
                    return;
                }
                byte[] content = read(zip, MAX_UNZIPPED_BYTES - total);
                if (content == null) {
                    problems.add(new Violation("zip", "expands to more than " + MAX_UNZIPPED_BYTES / (1024 * 1024)
                            + " MB"));
                    return;
                }
                total += content.length;
                if (isZip(content)) {
                    problems.add(new Violation(entry.getName(), "is a zip inside the zip: send the files themselves"));
                    continue;
                }
                one(content, entry.getName(), ecbSource, layouts, quotes, problems);
            }
            if (entries == 0) {
                problems.add(new Violation("zip", "holds no file"));
            }
        } catch (ZipException e) {
            problems.add(new Violation("zip", "is not a readable zip: " + e.getMessage()));
        } catch (IOException e) {
            problems.add(new Violation("zip", "is not readable: " + e.getMessage()));
        }
    }

    // the entry's bytes, or null past the limit
    private static byte[] read(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + (long) n > limit) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
