package io.tollgate.screening.domain.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the matcher knows about names, loaded from the data files under {@code matching/} on the class path:
 * given-name equivalents, East Asian romanisations, spelling rules, particles, legal forms, generic words,
 * stop words, honorifics, number words, patronymic endings and Japanese name readings. Immutable and
 * thread-safe; {@link #loadDefault()} loads it once per class loader.
 */
public final class NameKnowledge {

    /** What a particle does inside a name. */
    enum ParticleRole { PARTICLE, SON_OF, TITLE }

    /** A written number: its value and whether it is a tens word that can take a unit after it. */
    record NumberWord(int value, boolean tens) {
    }

    /** A legal form recognised as a phrase of one or more words. */
    record LegalForm(String[] words, String code, String family) {
    }

    private static final int[] NO_GROUPS = new int[0];

    private final SpellingRules rules;
    /** Equivalence groups by a variant's exact (folded) spelling, and by its canonical spelling. */
    private final Map<String, int[]> groupsByText;
    private final Map<String, int[]> groups;
    private final Set<String> givenNames;
    private final Map<String, ParticleRole> particles;
    private final Map<String, List<LegalForm>> legalFormsByFirstWord;
    private final Set<String> genericWords;
    /** Generic words of {@link #SLIP_MIN_LENGTH} letters or more by their first letter, for slipped spellings. */
    private final Map<Character, List<String>> genericByInitial;
    /** Legal forms by the first letter of their first word, longest first, for slipped and cut-off spellings. */
    private final Map<Character, List<LegalForm>> legalFormsByInitial;
    private final Set<String> stopwords;
    private final Set<String> honorifics;
    private final Map<String, NumberWord> numbers;
    private final List<String> patronymicSuffixes;
    private final Map<String, String> japaneseNames;
    /** Nickname groups (a formal given name with its short forms) by a member's canonical spelling. */
    private final Map<String, int[]> hypocorisms;
    /** Abbreviations and translations of generic organisation words, to the word (intl → international). */
    private final Map<String, String> orgAbbreviations;
    /** Canonical spellings of the words most frequent in personal names. */
    private final Set<String> commonNameWords;
    private final ChineseRomanisation chinese;
    private final SlavicSpellings slavic;
    private final OrganisationContractions contractions;

    private NameKnowledge() {
        this.rules = new SpellingRules(NameKnowledgeFiles.loadRules());
        Map<String, List<Integer>> g = new HashMap<>();
        Map<String, List<Integer>> gt = new HashMap<>();
        Set<String> given = new HashSet<>();
        int next = loadGroups("given-names.tsv", 0, g, gt, given);
        loadGroups("east-asian-romanisations.tsv", next, g, gt, new HashSet<>());
        this.groups = freeze(g);
        this.groupsByText = freeze(gt);
        this.givenNames = Set.copyOf(given);
        this.particles = NameKnowledgeFiles.loadParticles();
        this.legalFormsByFirstWord = NameKnowledgeFiles.loadLegalForms();
        this.genericWords = NameKnowledgeFiles.loadWordSet("generic-words.txt");
        Map<Character, List<String>> gi = new HashMap<>();
        for (String word : genericWords) {
            if (word.length() >= SLIP_MIN_LENGTH) {
                gi.computeIfAbsent(word.charAt(0), k -> new ArrayList<>()).add(word);
            }
        }
        this.genericByInitial = Map.copyOf(gi);
        Map<Character, List<LegalForm>> li = new HashMap<>();
        for (List<LegalForm> fs : legalFormsByFirstWord.values()) {
            for (LegalForm f : fs) {
                li.computeIfAbsent(f.words[0].charAt(0), k -> new ArrayList<>()).add(f);
            }
        }
        li.values().forEach(l -> l.sort(Comparator.comparingInt((LegalForm f) -> f.words.length).reversed()));
        this.legalFormsByInitial = Map.copyOf(li);
        this.stopwords = NameKnowledgeFiles.loadWordSet("stopwords.txt");
        this.honorifics = NameKnowledgeFiles.loadWordSet("honorifics.txt");
        this.numbers = NameKnowledgeFiles.loadNumbers();
        this.patronymicSuffixes = NameKnowledgeFiles.lines("patronymic-suffixes.txt").stream().map(String::trim).toList();
        Map<String, String> jp = new HashMap<>();
        for (String line : NameKnowledgeFiles.lines("japanese-names.tsv")) {
            String[] p = line.split("\t");
            if (p.length == 2 && !p[0].equals("kanji")) {
                jp.put(p[0].trim(), p[1].trim());
            }
        }
        this.japaneseNames = Map.copyOf(jp);
        this.hypocorisms = loadHypocorisms();
        Map<String, String> abbr = new HashMap<>();
        for (String line : NameKnowledgeFiles.lines("org-abbreviations.tsv")) {
            String[] p = line.split("\t");
            if (p.length == 2) {
                abbr.put(p[0].trim(), p[1].trim());
            }
        }
        this.orgAbbreviations = Map.copyOf(abbr);
        Set<String> common = new HashSet<>();
        for (String line : NameKnowledgeFiles.lines("common-name-words.tsv")) {
            String w = line.split("\t")[0].trim();
            if (!w.isEmpty()) {
                common.add(rules.apply(w));
            }
        }
        this.commonNameWords = Set.copyOf(common);
        this.chinese = new ChineseRomanisation(NameKnowledgeFiles.lines(ChineseRomanisation.FILE));
        this.slavic = new SlavicSpellings(NameKnowledgeFiles.lines(SlavicSpellings.FILE));
        this.contractions = new OrganisationContractions(genericWords, givenNames, genericByInitial, legalFormsByInitial);
    }

    private Map<String, int[]> loadHypocorisms() {
        Map<String, List<Integer>> byCanon = new HashMap<>();
        int id = 0;
        for (String line : NameKnowledgeFiles.lines("hypocorisms.tsv")) {
            String[] names = line.split("\t");
            for (int k = 0; k < names.length; k++) {
                String c = rules.apply(names[k].trim());
                if (!c.isEmpty()) {
                    // the first name of a line is the formal name: group id * 2; its nicknames id * 2 + 1
                    byCanon.computeIfAbsent(c, x -> new ArrayList<>()).add(id * 2 + (k == 0 ? 0 : 1));
                }
            }
            id++;
        }
        return freeze(byCanon);
    }

    /**
     * The nickname groups of a given name's canonical spelling (Bill and William share one), as group id * 2 for the
     * group's formal name and group id * 2 + 1 for its nicknames (see {@link TokenSimilarity#nicknameOf}).
     */
    int[] hypocorisms(String canon) {
        return hypocorisms.getOrDefault(canon, NO_GROUPS);
    }

    /** The generic organisation word an abbreviation or translation stands for, or null. */
    String orgWordFor(String word) {
        String w = orgAbbreviations.get(word);
        return w != null ? w : contractionOf(word);
    }

    /** The one generic organisation word {@code word} contracts or cuts off (see {@link OrganisationContractions}). */
    String contractionOf(String word) {
        return contractions.of(word);
    }

    /** Whether the canonical spelling is one of the words most frequent in personal names. */
    boolean isCommonNameWord(String canon) {
        return commonNameWords.contains(canon);
    }

    private static final class Holder {
        private static final NameKnowledge DEFAULT = new NameKnowledge();
    }

    /** The knowledge shipped with the product (loaded once; immutable). */
    public static NameKnowledge loadDefault() {
        return Holder.DEFAULT;
    }

    /** How many equivalence groups (given names and romanisations) are known; for diagnostics. */
    public int equivalenceGroupCount() {
        return (int) groups.values().stream().flatMapToInt(Arrays::stream).distinct().count();
    }

    String canon(String token) {
        return rules.apply(token);
    }

    /**
     * The equivalence groups of a word: by its exact spelling when that spelling is a listed variant, else by
     * its canonical spelling. The exact spelling wins because canonical spellings of different names can meet
     * (Zhou and Zhu are different Chinese surnames).
     */
    int[] groups(String text, String canon, boolean abjad) {
        int[] exact = groupsByText.get(groupKey(text, abjad));
        return exact != null ? exact : groups.getOrDefault(groupKey(canon, abjad), NO_GROUPS);
    }

    private static Map<String, int[]> freeze(Map<String, List<Integer>> map) {
        Map<String, int[]> frozen = new HashMap<>();
        map.forEach((k, v) -> frozen.put(k, v.stream().mapToInt(Integer::intValue).sorted().distinct().toArray()));
        return Map.copyOf(frozen);
    }

    boolean isGivenName(String canon, boolean abjad) {
        return givenNames.contains(groupKey(canon, abjad));
    }

    ParticleRole particle(String word) {
        return particles.get(word);
    }

    boolean isGeneric(String word) {
        return genericWords.contains(word);
    }

    boolean isStopword(String word) {
        return stopwords.contains(word);
    }

    boolean isHonorific(String word) {
        return honorifics.contains(word);
    }

    NumberWord number(String word) {
        return numbers.get(word);
    }

    boolean hasPatronymicEnding(String word) {
        for (String s : patronymicSuffixes) {
            if (word.length() > s.length() + 2 && word.endsWith(s)) {
                return true;
            }
        }
        return false;
    }

    /** The name as English spells it when it is written in a Slavic or Baltic orthography, else null. */
    String englishSpellingOfSlavic(String name) {
        return slavic.english(name);
    }

    /** A Latin word's readings as a Chinese name word in Pinyin and in Wade-Giles, or null. */
    ChineseRomanisation.Readings chineseReadings(String word) {
        return chinese.readings(word);
    }

    Map<String, String> japaneseNames() {
        return japaneseNames;
    }

    /** The longest legal form starting at {@code start}, or null. */
    LegalForm legalFormAt(List<String> words, int start) {
        List<LegalForm> forms = legalFormsByFirstWord.get(words.get(start));
        if (forms == null) {
            return slippedLegalFormAt(words, start);
        }
        for (LegalForm f : forms) {
            if (start + f.words.length <= words.size()) {
                boolean all = true;
                for (int k = 1; k < f.words.length && all; k++) {
                    all = f.words[k].equals(words.get(start + k));
                }
                if (all) {
                    return f;
                }
            }
        }
        return slippedLegalFormAt(words, start);
    }

    /** Legal-form words this long may carry one slip of the keyboard (Aktiengeselschaft, Gesellshaft). */
    private static final int SLIP_MIN_LENGTH = 7;
    /** A legal form cut short by a field limit keeps at least this many letters of its last word (COMPAN, LIMITE). */
    private static final int CUT_MIN_LENGTH = 3;

    /**
     * A legal form written with a slip or cut short at the end of a name: the longest form whose words all match,
     * each exactly or (when long) within one edit, the name's last word also as a cut-off start of the form's last
     * word. Only at the end of a name, where forms stand and field limits cut.
     */
    private LegalForm slippedLegalFormAt(List<String> words, int start) {
        String first = words.get(start);
        if (first.length() < 2) {
            return null;
        }
        List<LegalForm> forms = legalFormsByInitial.get(first.charAt(0));
        if (forms == null) {
            return null;
        }
        for (LegalForm f : forms) {
            if (start + f.words.length != words.size() || (f.words.length == 1 && f.words[0].length() < SLIP_MIN_LENGTH)) {
                continue;
            }
            boolean all = true;
            boolean slipped = false;
            for (int k = 0; k < f.words.length && all; k++) {
                String w = words.get(start + k);
                String want = f.words[k];
                if (w.equals(want)) {
                    continue;
                }
                boolean last = k == f.words.length - 1;
                boolean cut = last && w.length() >= CUT_MIN_LENGTH && want.startsWith(w);
                boolean slip = want.length() >= SLIP_MIN_LENGTH && Math.abs(w.length() - want.length()) <= 1
                        && Edits.osa(w, want, 1) <= 1;
                all = !slipped && (cut || slip);
                slipped = true;
            }
            if (all && slipped) {
                return f;
            }
        }
        return null;
    }

    /** Whether a long word is one slip away from a generic organisation word (Corporaton, Internatonal). */
    boolean isNearGeneric(String word) {
        if (word.length() < SLIP_MIN_LENGTH) {
            return false;
        }
        List<String> near = genericByInitial.get(word.charAt(0));
        if (near == null) {
            return false;
        }
        for (String g : near) {
            if (Math.abs(g.length() - word.length()) <= 1 && Edits.osa(word, g, 1) <= 1) {
                return true;
            }
        }
        return false;
    }

    // ---- loading (the files themselves are read by NameKnowledgeFiles) ----

    /**
     * Each variant is read like a name token: transliterated, folded, spelled canonically; words joined.
     * Variants written in a script without vowels get their own key space ({@link #groupKey}), so that the
     * consonants of علي (ly) never meet the Chinese surname Li.
     */
    private String canonOf(String variant) {
        String text = textOf(variant);
        return text.isEmpty() ? "" : groupKey(rules.apply(text), isAbjad(variant));
    }

    private static String textOf(String variant) {
        StringBuilder sb = new StringBuilder();
        for (String w : Transliteration.words(variant)) {
            sb.append(w);
        }
        return sb.toString();
    }

    private static boolean isAbjad(String variant) {
        return Transliteration.readings(variant, Map.of()).get(0).stream()
                .anyMatch(s -> s.kind() == Transliteration.Kind.ABJAD);
    }

    /** The key a canonical spelling is looked up under in the equivalence groups. */
    static String groupKey(String canon, boolean abjad) {
        return abjad ? "~" + canon : canon;
    }

    private int loadGroups(String file, int firstId, Map<String, List<Integer>> byCanon,
                           Map<String, List<Integer>> byText, Set<String> names) {
        int id = firstId;
        for (String line : NameKnowledgeFiles.lines(file)) {
            for (String variant : line.split("\t")) {
                String c = canonOf(variant.trim());
                if (!c.isEmpty()) {
                    byCanon.computeIfAbsent(c, k -> new ArrayList<>()).add(id);
                    byText.computeIfAbsent(groupKey(textOf(variant.trim()), isAbjad(variant.trim())),
                            k -> new ArrayList<>()).add(id);
                    names.add(c);
                }
            }
            id++;
        }
        return id;
    }
}
