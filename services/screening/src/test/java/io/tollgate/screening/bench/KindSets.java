package io.tollgate.screening.bench;

import io.tollgate.screening.domain.list.EntityType;
import io.tollgate.screening.domain.list.ListedEntity;
import io.tollgate.screening.domain.list.ListedName;
import io.tollgate.screening.domain.matching.IndexedEntity;
import io.tollgate.screening.domain.matching.WikidataSplit;
import io.tollgate.testsupport.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
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
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Labelled sets of the nine kinds of name knowledge (issue 16), built from real names in the lists and in
 * {@code ../shared/names}. The generators are written here, apart from the matcher, and use other sources than the
 * matcher's tables where one exists (hypocorisms from OpenSanctions' person_nick, not the Carlton Northern table the
 * matcher is built from; abbreviations, titles and legal-form slips from the hand lists below); where the knowledge is
 * itself a published fact table (Wade-Giles syllables) the set measures that the matcher applies it to real names.
 * Wikidata pairs are taken only from the test split ({@link #testSplit}), which no table of the matcher is derived from.
 */
final class KindSets {

    /** One labelled pair: a query name, a listed name, the party type, whether they are the same party. */
    record Pair(String kind, String query, String listed, boolean person, boolean match) {
    }

    private KindSets() {
    }

    /** Wikidata rows whose English name hashes into buckets 0–1 of 10: the test split (20 %). */
    static boolean testSplit(String key) {
        return WikidataSplit.test(key);
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    static List<String> words(String s) {
        String f = fold(s);
        return f.isEmpty() ? List.of() : List.of(f.split(" "));
    }

    private static boolean latin(String s) {
        return s.chars().allMatch(c -> c < 0x250 || !Character.isLetter(c));
    }

    private static String cap(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    static List<ListedEntity> persons(List<IndexedEntity> all) {
        return all.stream().map(IndexedEntity::entity).filter(e -> e.type() == EntityType.PERSON).toList();
    }

    static List<ListedEntity> organizations(List<IndexedEntity> all) {
        return all.stream().map(IndexedEntity::entity).filter(e -> e.type() == EntityType.ORGANIZATION).toList();
    }

    // ---- 1. hypocorisms: OpenSanctions rigour person_nick (MIT), not the matcher's source ----

    static List<Pair> hypocorisms(List<IndexedEntity> all, int max) {
        Map<String, List<String>> nickOf = new HashMap<>();
        List<String> group = new ArrayList<>();
        boolean inNick = false;
        for (String line : lines(SharedData.file("names/opensanctions-rigour-name-resources/symbols.yml"))) {
            if (!line.startsWith(" ")) {
                inNick = line.startsWith("person_nick:");
                continue;
            }
            if (!inNick) {
                continue;
            }
            String t = line.trim();
            if (t.endsWith(":") && !t.startsWith("-")) {
                addNicks(group, nickOf);
                group = new ArrayList<>();
            } else if (t.startsWith("- ")) {
                group.add(t.substring(2).replace("\"", "").trim().toLowerCase(Locale.ROOT));
            }
        }
        addNicks(group, nickOf);
        List<Pair> out = new ArrayList<>();
        Random rnd = new Random(16);
        for (ListedEntity e : persons(all)) {
            String name = e.primaryName();
            List<String> w = words(name);
            if (!latin(name) || w.size() < 2 || w.size() > 4) {
                continue;
            }
            for (int i = 0; i < w.size() - 1; i++) {
                List<String> nicks = nickOf.get(w.get(i));
                if (nicks != null) {
                    List<String> q = new ArrayList<>(w);
                    q.set(i, nicks.get(rnd.nextInt(nicks.size())));
                    out.add(new Pair("hypocorism", String.join(" ", q), name, true, true));
                    break;
                }
            }
            if (out.size() >= max) {
                break;
            }
        }
        return out;
    }

    private static void addNicks(List<String> group, Map<String, List<String>> nickOf) {
        if (group.size() < 2) {
            return;
        }
        // the formal name is the longest of the group; the others are its short forms
        String formal = group.stream().max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
        for (String g : group) {
            if (!g.equals(formal)) {
                nickOf.computeIfAbsent(formal, k -> new ArrayList<>()).add(g);
            }
        }
    }

    // ---- 2. organisation abbreviations and acronyms ----

    private static final Map<String, String[]> ABBREVIATIONS = new LinkedHashMap<>();

    static {
        String[][] rows = {{"international", "Intl", "Int'l", "Internat."}, {"national", "Natl", "Nat'l"},
            {"department", "Dept", "Dep't"}, {"association", "Assn", "Assoc."}, {"company", "Co", "Co."},
            {"corporation", "Corp", "Corp."}, {"brothers", "Bros", "Bros."}, {"manufacturing", "Mfg", "Mfg."},
            {"limited", "Ltd", "Ltd."}, {"incorporated", "Inc", "Inc."}, {"industries", "Inds", "Ind."},
            {"industrial", "Indl", "Ind."}, {"engineering", "Engg", "Eng."}, {"services", "Svcs", "Serv."},
            {"technology", "Tech"}, {"technologies", "Techs", "Tech."}, {"management", "Mgmt"},
            {"development", "Dev", "Devt"}, {"organization", "Org"}, {"organisation", "Org"},
            {"university", "Univ"}, {"institute", "Inst"}, {"center", "Ctr"}, {"centre", "Ctr"},
            {"general", "Gen"}, {"trading", "Trdg"}, {"investment", "Invest"}, {"import", "Imp"},
            {"export", "Exp"}, {"shipping", "Shpg"}, {"petroleum", "Petr"}, {"limited liability", "LLC"}};
        for (String[] r : rows) {
            String[] abbr = new String[r.length - 1];
            System.arraycopy(r, 1, abbr, 0, abbr.length);
            ABBREVIATIONS.put(r[0], abbr);
        }
    }

    static List<Pair> abbreviations(List<IndexedEntity> all, int max) {
        List<Pair> out = new ArrayList<>();
        Random rnd = new Random(2);
        for (ListedEntity e : organizations(all)) {
            String name = e.primaryName();
            if (!latin(name)) {
                continue;
            }
            List<String> w = words(name);
            boolean changed = false;
            List<String> q = new ArrayList<>();
            for (String x : w) {
                String[] a = ABBREVIATIONS.get(x);
                if (a != null) {
                    q.add(a[rnd.nextInt(a.length)]);
                    changed = true;
                } else {
                    q.add(cap(x));
                }
            }
            if (changed && w.size() >= 2) {
                out.add(new Pair("org-abbreviation", String.join(" ", q), name, false, true));
            }
            if (out.size() >= max) {
                break;
            }
        }
        return out;
    }

    /** Organisations of three to six words, queried by their initials (IRGC): a hit to review. */
    static List<Pair> acronyms(List<IndexedEntity> all, int max) {
        Set<String> skip = Set.of("of", "the", "and", "for", "in", "llc", "ltd", "co", "inc", "sa", "jsc", "de", "la");
        List<Pair> out = new ArrayList<>();
        for (ListedEntity e : organizations(all)) {
            String name = e.primaryName();
            List<String> w = words(name);
            if (!latin(name) || w.size() < 3 || w.size() > 6 || name.contains("(")) {
                continue;
            }
            StringBuilder acr = new StringBuilder();
            for (String x : w) {
                if (!skip.contains(x) && !Character.isDigit(x.charAt(0))) {
                    acr.append(Character.toUpperCase(x.charAt(0)));
                }
            }
            if (acr.length() >= 3 && acr.length() <= 6) {
                out.add(new Pair("acronym", acr.toString(), name, false, true));
            }
            if (out.size() >= max) {
                break;
            }
        }
        return out;
    }

    // ---- 3. romanisation systems ----

    /** Chinese names of the lists written in Pinyin, rewritten in Wade-Giles (cjklib's syllable table, reversed). */
    static List<Pair> wadeGiles(List<IndexedEntity> all, int max) {
        Map<String, String> toWg = new HashMap<>();
        for (String line : lines(SharedData.file("names/wade-giles-pinyin-cjklib/wadegilespinyinmapping.csv"))) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] p = line.replace("\"", "").split(",");
            if (p.length == 3 && p[2].trim().equals("0")) {
                toWg.putIfAbsent(p[1].trim(), p[0].trim().replace('’', '\'').replace("ü", "u").replace("ê", "e"));
            }
        }
        List<Pair> out = new ArrayList<>();
        for (ListedEntity e : persons(all)) {
            String name = e.primaryName();
            List<String> w = words(name);
            if (!latin(name) || w.size() < 2 || w.size() > 3) {
                continue;
            }
            List<String> wg = new ArrayList<>();
            boolean differs = false;
            for (String x : w) {
                String s = syllabify(x, toWg);
                if (s == null) {
                    wg = null;
                    break;
                }
                differs |= !s.replace("-", "").equals(x);
                wg.add(s);
            }
            if (wg != null && differs) {
                out.add(new Pair("romanisation", String.join(" ", wg.stream().map(KindSets::cap).toList()), name,
                        true, true));
            }
            if (out.size() >= max) {
                break;
            }
        }
        return out;
    }

    /** A Pinyin word split into syllables (longest first) and written in Wade-Giles with hyphens; null if not Pinyin. */
    private static String syllabify(String word, Map<String, String> toWg) {
        if (word.isEmpty()) {
            return "";
        }
        for (int len = Math.min(6, word.length()); len >= 1; len--) {
            String wg = toWg.get(word.substring(0, len));
            if (wg != null) {
                String rest = syllabify(word.substring(len), toWg);
                if (rest != null) {
                    return rest.isEmpty() ? wg : wg + "-" + rest;
                }
            }
        }
        return null;
    }

    /** Korean personal names in Hangul and their McCune-Reischauer form (Library of Congress samples). */
    static List<Pair> mcCuneReischauer(int max) {
        List<Pair> out = new ArrayList<>();
        for (String line : lines(SharedData.file("names/loc-scriptshifter-romanization-samples/script_samples/korean.csv"))) {
            if (!line.startsWith("\"korean_names\"")) {
                continue;
            }
            String[] p = line.split("\",\"");
            if (p.length >= 3) {
                out.add(new Pair("romanisation", p[2].replace("\"", ""), p[1], true, true));
            }
            if (out.size() >= max) {
                break;
            }
        }
        return out;
    }

    // ---- 4. names in another script (Wikidata, test split only) ----

    /** Full names, English against Hangul or Hebrew. */
    static List<Pair> wikidataFullNames(String file, String kind, int max) {
        List<Pair> out = new ArrayList<>();
        for (String line : gzLines(SharedData.file("names/wikidata-name-transliteration/" + file))) {
            String[] p = line.split("\t");
            if (p.length != 2 || !testSplit(p[0]) || words(p[0]).size() < 2 || !latin(p[0])) {
                continue;
            }
            out.add(new Pair(kind, p[1], p[0], true, true));
            if (out.size() >= max) {
                break;
            }
        }
        return out;
    }

    /** Two-word names composed of consecutive test-split token pairs (Latin token, native characters). */
    static List<Pair> wikidataTokens(String file, String kind, int max) {
        List<String[]> tokens = new ArrayList<>();
        for (String line : gzLines(SharedData.file("names/wikidata-name-transliteration/" + file))) {
            String[] p = line.split("\t");
            if (p.length == 3 && (file.contains("_20") || testSplit(p[0])) && p[0].length() >= 3) {
                tokens.add(new String[]{p[0], p[1].replace(" ", "")});
            }
        }
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size() && out.size() < max; i += 2) {
            String[] a = tokens.get(i);
            String[] b = tokens.get(i + 1);
            String sep = kind.contains("katakana") || kind.contains("japanese") ? "・" : kind.contains("chinese") ? "·" : " ";
            out.add(new Pair(kind, a[1] + sep + b[1], cap(a[0]) + " " + cap(b[0]), true, true));
        }
        return out;
    }

    /** Negatives for a cross-script set: each script name against another pair's Latin name of the same initial. */
    static List<Pair> shuffled(List<Pair> positives) {
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < positives.size(); i++) {
            Pair p = positives.get(i);
            for (int k = 1; k < 40; k++) {
                Pair o = positives.get((i + k * 7) % positives.size());
                if (o != p && fold(o.listed()).charAt(0) == fold(p.listed()).charAt(0)
                        && !fold(o.listed()).equals(fold(p.listed()))) {
                    out.add(new Pair(p.kind(), p.query(), o.listed(), true, false));
                    break;
                }
            }
        }
        return out;
    }

    // ---- 5. localised surnames: one EU person's names in the EU languages ----

    /** The EU list's own localised aliases (LV, LT, HU, PL, CS, DE, FR, ...) against its English name of the person. */
    static List<Pair> localisedNames(List<ListedEntity> eu, int max) {
        List<Pair> out = new ArrayList<>();
        for (ListedEntity e : eu) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            String english = e.primaryName();
            Set<String> seen = new HashSet<>();
            seen.add(fold(english));
            for (ListedName n : e.names()) {
                String f = fold(n.full());
                if (latin(n.full()) && seen.add(f) && n.full().chars().anyMatch(c -> c >= 0x80)
                        && words(n.full()).size() == words(english).size()) {
                    out.add(new Pair("localised-surname", n.full(), english, true, true));
                }
            }
            if (out.size() >= max) {
                break;
            }
        }
        return out;
    }

    // ---- 6. titles, offices and honorifics ----

    static final String[] TITLES = {"Minister", "Ministre", "Министр", "General", "Генерал", "Sheikh", "Shaikh",
        "Hajji", "Haji", "Dr.", "Mr", "Mrs.", "Ms", "Herr", "Señor", "Gospodin", "Господин", "Colonel", "Полковник",
        "President", "Президент", "Président", "Presidente", "Prof.", "His Excellency", "Mullah", "Maulavi", "Emir",
        "Sayed", "Senator", "Ambassador", "Deputy Minister", "Commander", "Ayatollah", "Sir", "Madame", "Docteur",
        "Doktor", "Ministro", "Генерал-лейтенант"};

    static List<Pair> titles(List<IndexedEntity> all, int max) {
        List<Pair> out = new ArrayList<>();
        int k = 0;
        for (ListedEntity e : persons(all)) {
            String name = e.primaryName();
            if (!latin(name) || words(name).size() < 2 || words(name).size() > 4) {
                continue;
            }
            out.add(new Pair("title", TITLES[k++ % TITLES.length] + " " + name, name, true, true));
            if (out.size() >= max) {
                break;
            }
        }
        return out;
    }

    // ---- 7. short forms of long names ----

    static List<Pair> shortForms(List<IndexedEntity> all, int max) {
        List<Pair> out = new ArrayList<>();
        Set<String> particles = Set.of("al", "el", "bin", "ibn", "ben", "abu", "abd", "abdul", "ul", "ud", "din");
        int k = 0;
        for (ListedEntity e : persons(all)) {
            String name = e.primaryName();
            List<String> w = new ArrayList<>(words(name));
            if (!latin(name) || w.size() < 4 || w.size() > 6 || w.stream().anyMatch(particles::contains)
                    || w.stream().anyMatch(x -> x.length() < 3)) {
                continue;
            }
            // OFAC and UN write the family name first: the list's own order is kept, as clerks copy it
            List<String> q = (k++ % 2 == 0) ? List.of(w.get(0), w.get(w.size() - 1)) : List.of(w.get(0), w.get(1));
            out.add(new Pair("short-form", cap(q.get(0)) + " " + cap(q.get(1)), name, true, true));
            if (out.size() >= max) {
                break;
            }
        }
        return out;
    }

    // ---- 8. truncated and misspelled legal forms ----

    private static final String[][] LEGAL = {{"joint stock company"}, {"limited liability company"},
        {"aktiengesellschaft"}, {"gesellschaft mit beschrankter haftung"}, {"company limited"},
        {"corporation"}, {"incorporated"}, {"limited"}, {"sociedad anonima"}, {"closed joint stock company"},
        {"open joint stock company"}, {"public joint stock company"}};

    static List<Pair> legalForms(List<IndexedEntity> all, int max) {
        List<Pair> out = new ArrayList<>();
        Random rnd = new Random(8);
        for (ListedEntity e : organizations(all)) {
            String name = e.primaryName();
            String f = fold(name);
            if (!latin(name)) {
                continue;
            }
            for (String[] l : LEGAL) {
                String form = l[0];
                int at = f.indexOf(form);
                if (at < 0 || (at > 0 && f.charAt(at - 1) != ' ') || f.replace(form, "").isBlank()) {
                    continue;
                }
                String slipped;
                if (rnd.nextBoolean() && at + form.length() == f.length()) {
                    // cut short by a field limit: the last word loses one to four letters
                    int cut = 1 + rnd.nextInt(Math.min(4, form.length() - form.lastIndexOf(' ') - 2));
                    slipped = f.substring(0, f.length() - cut);
                } else {
                    // one letter dropped or doubled inside the longest word of the form
                    String[] fw = form.split(" ");
                    String longest = fw[0];
                    for (String x : fw) {
                        longest = x.length() > longest.length() ? x : longest;
                    }
                    int p = 2 + rnd.nextInt(longest.length() - 3);
                    String typo = rnd.nextBoolean() ? longest.substring(0, p) + longest.substring(p + 1)
                            : longest.substring(0, p) + longest.charAt(p) + longest.substring(p);
                    slipped = f.substring(0, at) + form.replace(longest, typo) + f.substring(at + form.length());
                }
                out.add(new Pair("legal-form", slipped.toUpperCase(Locale.ROOT), name, false, true));
                break;
            }
            if (out.size() >= max) {
                break;
            }
        }
        return out;
    }

    // ---- 9. common names and payment-screening cases that must not alert ----

    /** Payment-screening cases of a common name alone, or a title and one name: none may alert on the name alone. */
    static final String[] PAYMENT_NO_ALERT = {"Muhammad Ahmed", "Mohammed Ali", "Ali Hassan", "Ahmed Mohamed",
        "John Smith", "Maria Garcia", "Abdul Rahman", "Mohammad Khan", "Hassan Ali", "Ahmad Ali", "Wang Wei", "Li Wei",
        "Kim Young", "Ivan Ivanov", "Jose Rodriguez", "Mr Ahmed", "Dr. Ali", "Mrs Fatima", "Mr. Kim", "Sheikh Mohammed",
        "Hajji Ali", "Mr Hassan", "Dr Mohammad", "Madame Zhang", "General Ahmed"};

    // ---- loading ----

    static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> gzLines(Path p) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(p)),
                StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
