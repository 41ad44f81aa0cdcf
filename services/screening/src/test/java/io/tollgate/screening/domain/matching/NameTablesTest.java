package io.tollgate.screening.domain.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.screening.domain.list.EntityType;
import io.tollgate.screening.domain.list.ListFileUnpacker;
import io.tollgate.screening.domain.list.ListedEntity;
import io.tollgate.screening.domain.list.ListedName;
import io.tollgate.screening.domain.list.eu.EuDerivedListWriter;
import io.tollgate.screening.domain.list.eu.EuFsfXmlParser;
import io.tollgate.screening.domain.list.ofac.OfacLegacyCsvParser;
import io.tollgate.screening.domain.list.un.UnXmlParser;
import io.tollgate.testsupport.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The name tables derived from {@code ../shared} are generated here, reproducibly, and this test fails when a
 * committed table differs from what its sources give. Regenerate after changing a source or a rule with
 * {@code ./mvnw -pl services/screening test -Dtest=NameTablesTest -Dtollgate.tables.write=true}.
 * <ul>
 *   <li>{@code hypocorisms.tsv}: Carlton Northern's English nickname table (Apache-2.0), one formal name and its
 *       short forms per line; short forms of fewer than three letters are left out (al, ed: particles and initials).</li>
 *   <li>{@code org-abbreviations.tsv}: OpenSanctions rigour {@code org_symbols} (MIT): every spelling of a symbol
 *       group that contains one of the matcher's generic organisation words, mapped to that word (intl, int'l →
 *       international; kompaniya → company).</li>
 *   <li>{@code common-name-words.tsv}: the words most frequent in listed persons' names (OFAC SDN 2024-05-03, UN,
 *       EU 2026-05-01) and in Wikidata's name tokens (Merhav &amp; Ash, CC0; the Arabic, Chinese, Japanese, katakana
 *       and Russian-80 token files, none of which the quality sets use as negatives).</li>
 *   <li>{@code wade-giles-pinyin.tsv}: cjklib's Wade-Giles to Pinyin syllable mapping (LGPL-3.0-or-later data; the
 *       syllables of two published romanisation systems), folded as names are written (no aspiration mark, u for ü),
 *       and its Pinyin syllable inventory.</li>
 *   <li>{@code script-skeleton-costs.tsv}: how often each edit turns the consonant classes of a Latin name word into
 *       those of the same word written by ear in another script ({@link ScriptSkeleton}), counted over the training
 *       split ({@link WikidataSplit}) of Wikidata's Hangul, Han, kana, Hebrew and Arabic token pairs.</li>
 * </ul>
 */
class NameTablesTest {

    private static final Path DIR = Path.of("src/main/resources/matching");
    /** A word in at least this share of listed persons' names is common. */
    private static final double LIST_SHARE = 0.004;
    /** The most frequent words of each Wikidata token file. */
    private static final int WIKIDATA_TOP = 40;

    @Test
    void shouldMatchTheTablesTheirSourcesGive() throws Exception {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("hypocorisms.tsv", hypocorisms());
        tables.put("org-abbreviations.tsv", orgAbbreviations());
        tables.put("common-name-words.tsv", commonNameWords());
        tables.put(ScriptSkeleton.COSTS_FILE, scriptSkeletonCosts());
        tables.put(ChineseRomanisation.FILE, wadeGilesPinyin());
        for (Map.Entry<String, String> t : tables.entrySet()) {
            Path file = DIR.resolve(t.getKey());
            if (Boolean.getBoolean("tollgate.tables.write")) {
                Files.writeString(file, t.getValue(), StandardCharsets.UTF_8);
            }
            assertEquals(t.getValue(), Files.readString(file, StandardCharsets.UTF_8),
                    t.getKey() + " is not what its sources give: regenerate it (see this class)");
        }
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace("'", "").replace("’", "");
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : fold(s).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    static String hypocorisms() throws IOException {
        Map<String, Set<String>> nicks = new TreeMap<>();
        for (String line : Files.readAllLines(SharedData.file("names/nicknames-carltonnorthern/names.csv"))) {
            String[] p = line.trim().split(",");
            if (p.length == 3 && p[1].equals("has_nickname") && p[2].length() >= 3 && !p[0].equals(p[2])) {
                nicks.computeIfAbsent(p[0], k -> new TreeSet<>()).add(p[2]);
            }
        }
        StringBuilder sb = new StringBuilder("""
                # Hypocorisms: a formal given name, then its nicknames and short forms (William	Bill	Will), tab-separated.
                # A nickname is weaker evidence than a spelling variant: the pair scores below an equivalent name and is
                # explained as name.given-name-hypocorism. Links are read in both directions (the table has chains).
                # Source: carltonnorthern/nicknames names.csv (commit af6b3a8b, 2025-08-02), Apache-2.0; see
                # ../shared/names/nicknames-carltonnorthern/PROVENANCE.txt. Short forms under three letters left out.
                # Generated by NameTablesTest (services/screening/src/test): do not edit by hand.
                """);
        nicks.forEach((formal, n) -> sb.append(formal).append('\t').append(String.join("\t", n)).append('\n'));
        return sb.toString();
    }

    static String orgAbbreviations() throws IOException {
        Set<String> generic = new HashSet<>();
        for (String line : Files.readAllLines(DIR.resolve("generic-words.txt"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                generic.add(fold(line.trim()));
            }
        }
        Map<String, String> out = new TreeMap<>();
        List<String> group = new ArrayList<>();
        boolean inOrg = false;
        for (String line : Files.readAllLines(SharedData.file("names/opensanctions-rigour-name-resources/symbols.yml"))) {
            if (!line.startsWith(" ")) {
                addGroup(group, generic, out);
                group = new ArrayList<>();
                inOrg = line.startsWith("org_symbols:");
                continue;
            }
            String t = line.trim();
            if (!inOrg || t.startsWith("#")) {
                continue;
            }
            if (t.endsWith(":") && !t.startsWith("-")) {
                addGroup(group, generic, out);
                group = new ArrayList<>();
            } else if (t.startsWith("- ")) {
                String v = t.substring(2);
                int hash = v.indexOf(" #");
                group.add((hash >= 0 ? v.substring(0, hash) : v).replace("\"", "").trim());
            }
        }
        addGroup(group, generic, out);
        StringBuilder sb = new StringBuilder("""
                # Organisation-word abbreviations and translations: a spelling, then the generic organisation word it
                # stands for (intl	international), tab-separated. An organisation name's word that is not itself a known
                # word is read as the word it abbreviates, and the pair is explained as name.abbreviation.
                # Source: opensanctions/rigour resources/names/symbols.yml, org_symbols (commit 97b2def3, 2026-05-24), MIT;
                # see ../shared/names/opensanctions-rigour-name-resources/PROVENANCE.txt. Only groups that hold one of the
                # words of generic-words.txt (five letters or more) among its first three spellings are taken, single
                # words in Latin letters.
                # Generated by NameTablesTest (services/screening/src/test): do not edit by hand.
                """);
        out.forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
        return sb.toString();
    }

    private static void addGroup(List<String> group, Set<String> generic, Map<String, String> out) {
        // the group's own word leads it: one of its first three spellings, a generic word of five letters or more
        String target = null;
        for (int i = 0; i < Math.min(3, group.size()) && target == null; i++) {
            String f = fold(group.get(i));
            if (generic.contains(f) && f.length() >= 5 && f.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                target = f;
            }
        }
        if (target == null) {
            return;
        }
        for (String v : group) {
            List<String> w = words(v);
            if (w.size() == 1 && !w.get(0).equals(target) && w.get(0).chars().allMatch(c -> c >= 'a' && c <= 'z')
                    && w.get(0).length() >= 2) {
                out.putIfAbsent(w.get(0), target);
            }
        }
    }

    static String commonNameWords() throws Exception {
        Map<String, Integer> df = new HashMap<>();
        int names = 0;
        List<ListedEntity> persons = new ArrayList<>();
        persons.addAll(new OfacLegacyCsvParser().parse("ofac-sdn", new ListFileUnpacker().unpack(
                SharedData.file("lists/ofac/2024-05-03/sdn.csv"))).entities());
        persons.addAll(new UnXmlParser().parse("un", new ListFileUnpacker().unpack(
                SharedData.file("lists/un/UN_consolidated.xml"))).entities());
        persons.addAll(new EuFsfXmlParser().parse("eu-fsf", new ListFileUnpacker().unpack("eu.xml",
                EuDerivedListWriter.officialXml())).entities());
        for (ListedEntity e : persons) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            for (ListedName n : e.names()) {
                Set<String> w = new HashSet<>(words(n.full()));
                w.removeIf(x -> x.length() < 2 || !x.chars().allMatch(c -> c >= 'a' && c <= 'z'));
                if (w.isEmpty()) {
                    continue;
                }
                names++;
                w.forEach(x -> df.merge(x, 1, Integer::sum));
            }
        }
        Map<String, String> common = new TreeMap<>();
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            double share = (double) e.getValue() / names;
            if (share >= LIST_SHARE) {
                common.put(e.getKey(), String.format(Locale.ROOT, "lists %.4f", share));
            }
        }
        for (String file : List.of("wd_arabic.normalized.aligned.tokens.gz", "wd_chinese.normalized.aligned.tokens.gz",
                "wd_japanese.normalized.aligned.tokens.gz", "wd_katakana.normalized.aligned.tokens.gz", "wd_russian_80.gz")) {
            Map<String, Integer> counts = new HashMap<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(
                    SharedData.file("names/wikidata-name-transliteration/" + file))), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    String[] p = line.split("\t");
                    String w = fold(p[0]);
                    if (p.length == 3 && w.length() >= 2 && w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                        counts.merge(w, Integer.parseInt(p[2].trim()), Integer::sum);
                    }
                }
            }
            counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(WIKIDATA_TOP)
                    .forEach(e -> common.merge(e.getKey(), "wikidata", (a, b) -> a.contains("wikidata") ? a : a + ", wikidata"));
        }
        StringBuilder sb = new StringBuilder("""
                # Common name words: words so frequent in personal names that a name made only of them says little about
                # who is meant (Muhammad Ahmed, John Smith, Ali Hassan). A person query made only of such words (three at
                # most) scores no higher than just under the default threshold on its name alone; a matching birth date,
                # country or identifier lifts it. Columns: word (folded), where it is frequent.
                # Sources: listed persons' names of OFAC SDN 2024-05-03, UN consolidated (Feb 2026) and EU (2026-05-01)
                # (public domain / UN public information / EU), a word in at least 0.4 % of them; and the 40 most frequent
                # Latin tokens of each Wikidata token file (Arabic, Chinese, Japanese, katakana, Russian-80) of
                # steveash/NETransliteration-COLING2018, data CC0 (../shared/names/wikidata-name-transliteration).
                # Generated by NameTablesTest (services/screening/src/test): do not edit by hand.
                """);
        common.forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
        return sb.toString();
    }

    /** Rows whose skeletons are further apart than this (unit edits) are misaligned data, not spellings. */
    private static final int SKELETON_ROW_MAX = 2;

    static String scriptSkeletonCosts() throws IOException {
        StringBuilder sb = new StringBuilder("""
                # Source: Wikidata name pairs mined by Merhav & Ash (COLING 2018), steveash/NETransliteration-COLING2018
                # data/ (commit 5d5f59e5); see ../shared/names/wikidata-name-transliteration/PROVENANCE.txt.
                # Licence: CC0 1.0 (the data). Only the training split is counted (WikidataSplit: the 80 % the quality
                # sets never read; for Russian the wd_russian_80 slice, the sets read wd_russian_20); rows whose
                # skeletons differ by more than two edits (misaligned rows) are left out. No name is kept.
                # Edit costs between the consonant classes (ScriptSkeleton: B D K S L M N) of a Latin name word and of
                # the same word written by ear in another script, per script group: "syllabic" (Hangul, Han, kana),
                # "abjad" (Hebrew, Arabic) and "cyrillic" (Russian, read in its BGN/PCGN romanisation).
                # Columns: group, edit (substitute: Latin class read as another; delete: a Latin class the script does
                # not write; insert: a class the script adds), from, to, cost, times seen.
                # cost = log10(1 / P) / 3 between 0.15 and 1, P the edit's share of the Latin class's occurrences (of
                # all Latin classes for an insertion); an edit never seen costs 1.
                # Generated by NameTablesTest (services/screening/src/test): do not edit by hand.
                """);
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("syllabic", List.of("wd_korean.normalized.aligned.tokens.gz", "wd_chinese.normalized.aligned.tokens.gz",
                "wd_japanese.normalized.aligned.tokens.gz", "wd_katakana.normalized.aligned.tokens.gz"));
        groups.put("abjad", List.of("wd_hebrew.normalized.aligned.tokens.gz", "wd_arabic.normalized.aligned.tokens.gz"));
        // Russian: the 80 % slice (wd_russian_80; the quality sets read only wd_russian_20)
        groups.put("cyrillic", List.of("wd_russian_80.gz"));
        String classes = ScriptSkeleton.CLASSES;
        int k = classes.length();
        for (Map.Entry<String, List<String>> g : groups.entrySet()) {
            long[][] sub = new long[k][k];
            long[] del = new long[k];
            long[] ins = new long[k];
            long[] total = new long[k];
            for (String file : g.getValue()) {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(
                        SharedData.file("names/wikidata-name-transliteration/" + file))), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        String[] p = line.split("\t");
                        boolean cyrillic = g.getKey().equals("cyrillic");
                        if (p.length != 3 || (!cyrillic && WikidataSplit.test(p[0]))) {
                            continue;
                        }
                        StringBuilder read = new StringBuilder();
                        for (Transliteration.Segment seg : Transliteration.readings(p[1].replace(" ", ""), Map.of()).get(0)) {
                            read.append(seg.text());
                        }
                        // Cyrillic reads as Latin with vowels, so its words get the Latin skeleton (as NameToken gives them)
                        String t = ScriptSkeleton.of(letters(read.toString()), !cyrillic);
                        String l = ScriptSkeleton.of(letters(p[0]), false);
                        if (t.isEmpty() || l.isEmpty() || Edits.osa(t, l, SKELETON_ROW_MAX + 1) > SKELETON_ROW_MAX) {
                            continue;
                        }
                        int times = Integer.parseInt(p[2]);
                        align(l, t, sub, del, ins, total, times);
                    }
                }
            }
            long all = 0;
            for (long x : total) {
                all += x;
            }
            for (int x = 0; x < k; x++) {
                for (int y = 0; y < k; y++) {
                    if (x != y && sub[x][y] > 0) {
                        row(sb, g.getKey(), "substitute", classes.charAt(x), classes.charAt(y), sub[x][y], total[x]);
                    }
                }
            }
            for (int x = 0; x < k; x++) {
                if (del[x] > 0) {
                    row(sb, g.getKey(), "delete", classes.charAt(x), '-', del[x], total[x]);
                }
            }
            for (int y = 0; y < k; y++) {
                if (ins[y] > 0) {
                    row(sb, g.getKey(), "insert", '-', classes.charAt(y), ins[y], all);
                }
            }
        }
        return sb.toString();
    }

    private static String letters(String s) {
        return fold(s).replaceAll("[^a-z]", "");
    }

    private static void row(StringBuilder sb, String group, String edit, char from, char to, long seen, long of) {
        double cost = Math.max(0.15, Math.min(1, Math.log10((double) of / seen) / 3));
        sb.append(group).append('\t').append(edit).append('\t').append(from).append('\t').append(to).append('\t')
                .append(String.format(Locale.ROOT, "%.2f", cost)).append('\t').append(seen).append('\n');
    }

    /** Counts the edits of one unit-cost alignment of a Latin skeleton with a transcribed one. */
    private static void align(String l, String t, long[][] sub, long[] del, long[] ins, long[] total, int times) {
        int n = l.length();
        int m = t.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int s = d[i - 1][j - 1] + (l.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1);
                d[i][j] = Math.min(s, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
            }
        }
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + (l.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1)) {
                int x = ScriptSkeleton.index(l.charAt(i - 1));
                total[x] += times;
                if (l.charAt(i - 1) != t.charAt(j - 1)) {
                    sub[x][ScriptSkeleton.index(t.charAt(j - 1))] += times;
                }
                i--;
                j--;
            } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
                int x = ScriptSkeleton.index(l.charAt(i - 1));
                total[x] += times;
                del[x] += times;
                i--;
            } else {
                ins[ScriptSkeleton.index(t.charAt(j - 1))] += times;
                j--;
            }
        }
    }

    static String wadeGilesPinyin() throws IOException {
        Set<String> pairs = new TreeSet<>();
        Set<String> pinyin = new TreeSet<>();
        String dir = "names/wade-giles-pinyin-cjklib/";
        for (String line : Files.readAllLines(SharedData.file(dir + "wadegilespinyinmapping.csv"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split(",");
            String wg = syllable(f[0]);
            String py = syllable(f[1]);
            if (!wg.isEmpty() && !py.isEmpty()) {
                pairs.add(wg + "\t" + py);
            }
        }
        for (String line : Files.readAllLines(SharedData.file(dir + "pinyinsyllables.csv"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                pinyin.add(syllable(line.split(",")[0]));
            }
        }
        StringBuilder sb = new StringBuilder("""
                # Source: cburgmer/cjklib data/wadegilespinyinmapping.csv and pinyinsyllables.csv (HEAD 3faf249e,
                # 2012-05-22), after Legeza's Guide to transliterated Chinese (1968); see
                # ../shared/names/wade-giles-pinyin-cjklib/PROVENANCE.txt. Licence: LGPL-3.0-or-later (the data).
                # Chinese syllables in two romanisation systems: "wg<TAB>wade-giles<TAB>pinyin" maps a Wade-Giles
                # syllable, written as names write it (aspiration mark dropped, u for ü and ŭ, e for ê), to its Hanyu
                # Pinyin syllable (Ch'ing and Ching: qing and jing); "pinyin<TAB>syllable" lists the Pinyin inventory.
                # Read by ChineseRomanisation: Mao Tse-tung and Mao Zedong, Hsiao-ping and Xiaoping are one name.
                # Generated by NameTablesTest (services/screening/src/test): do not edit by hand.
                """);
        pairs.forEach(p -> sb.append("wg\t").append(p).append('\n'));
        pinyin.forEach(p -> sb.append("pinyin\t").append(p).append('\n'));
        return sb.toString();
    }

    private static String syllable(String quoted) {
        return fold(quoted.replace("\"", "").replace("’", "").replace("'", "").trim()).replaceAll("[^a-z]", "");
    }
}
