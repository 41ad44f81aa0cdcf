package io.tollgate.screening.domain.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The consonant classes of a name word, for comparing a foreign name written in another script with its Latin form.
 * Scripts that write a foreign name by its sound (Hangul, kana, Han, Hebrew, Arabic, Thai...) add vowels between
 * consonants, merge b/v/p/f, l/r and the k/g/j sounds, drop an r after a vowel, and end on an extra vowel: Washington
 * 워싱턴 (wosingteon), George ジョージ (joji), Franz Kafka פרנץ קפקא (prnz qpqa). Vowels, h, w and y are dropped and
 * what is left is folded to classes (B: b p f v; D: d t; K: g k q j c; S: s z sh ts; L: l r; M; N), so both forms
 * meet: Washington and wosingteon are both SNDN.
 */
final class ScriptSkeleton {

    /** The consonant classes, in the order of the cost tables. */
    static final String CLASSES = "BDKSLMN";
    /** The edit-cost table ({@code script-skeleton-costs.tsv}), derived from Wikidata's name pairs. */
    static final String COSTS_FILE = "script-skeleton-costs.tsv";
    /** An edit the table has not seen costs this much. */
    static final float UNSEEN = 1f;
    /** The edits of one script group: [from Latin class][to transcribed class], deletion and insertion per class. */
    private record Costs(float[][] substitute, float[] delete, float[] insert) {
    }

    /** The scripts whose ways of writing foreign names were learned apart, each with its edit costs. */
    enum Group {
        /** Hangul, Han, kana: a syllable per sign, vowels added between consonants. */
        SYLLABIC("syllabic"),
        /** Hebrew, Arabic: few vowels written. */
        ABJAD("abjad"),
        /** Cyrillic read in its national romanisation: vowels written, consonants as the language hears them. */
        CYRILLIC("cyrillic");

        private final Costs costs;

        Group(String name) {
            this.costs = costs(name);
        }

        /** The group of a word read from a script that writes few vowels, or else by syllables. */
        static Group of(boolean abjad) {
            return abjad ? ABJAD : SYLLABIC;
        }
    }

    private ScriptSkeleton() {
    }

    /**
     * The cost of the cheapest edits that turn the skeleton of a Latin word into the skeleton of a word read from
     * another script: how that script writes foreign names, learned from real name pairs (a Latin r after a vowel
     * that kana drop, a Hebrew ק for a k or a c, a Chinese 尔 for an r). Zero when they agree; each edit costs
     * between 0.15 (common in that script) and 1 (never seen).
     */
    static float distance(String transcribed, String latin, Group group) {
        Costs c = group.costs;
        int n = latin.length();
        int m = transcribed.length();
        float[] prev = new float[m + 1];
        float[] cur = new float[m + 1];
        for (int j = 1; j <= m; j++) {
            prev[j] = prev[j - 1] + c.insert[index(transcribed.charAt(j - 1))];
        }
        for (int i = 1; i <= n; i++) {
            int x = index(latin.charAt(i - 1));
            cur[0] = prev[0] + c.delete[x];
            for (int j = 1; j <= m; j++) {
                int y = index(transcribed.charAt(j - 1));
                float sub = prev[j - 1] + (x == y ? 0 : c.substitute[x][y]);
                cur[j] = Math.min(sub, Math.min(prev[j] + c.delete[x], cur[j - 1] + c.insert[y]));
            }
            float[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /**
     * Fewer consonant classes than this say too little across scripts; one more for Hebrew and Arabic, which also write
     * their own names without vowels, and Arabic names share few consonants among many people.
     */
    static final int MIN_CLASSES = 3;
    /** How far below an exact agreement of the classes the costliest accepted edits bring a word's similarity. */
    static final float NEAR_SPREAD = 0.08f;

    /**
     * The edits a word read from another script may need to meet a Latin word with this many classes: the longer the
     * skeleton, the more edits can still tell one name from another (chosen on the training split: at 0.6 a four-class
     * word of another person comes within the budget about one time in 150, the same person's word four times in five).
     */
    static float budget(int classes) {
        return classes <= 3 ? 0.5f : classes == 4 ? 0.6f : 0.8f;
    }

    /**
     * The budget for a script group: half for Cyrillic, whose romanisation writes the vowels, so that names of different
     * people that share a given name and differ by one consonant (Anna Magnani, Anna Mosina) stay apart.
     */
    static float budget(int classes, Group group) {
        return group == Group.CYRILLIC ? budget(classes) / 2 : budget(classes);
    }

    /**
     * How alike a word read from another script is to a Latin word by their consonant classes: {@code exact} when the
     * classes agree, falling by up to {@link #NEAR_SPREAD} as the edits between them use up the budget, 0 beyond it or
     * when either has too few classes to say anything.
     */
    static float similarity(String transcribed, String latin, Group group, float exact) {
        int min = group == Group.SYLLABIC ? MIN_CLASSES : MIN_CLASSES + 1;
        if (transcribed.length() < min || latin.length() < min) {
            return 0;
        }
        if (transcribed.equals(latin)) {
            return exact;
        }
        float budget = budget(Math.max(transcribed.length(), latin.length()), group);
        float d = distance(transcribed, latin, group);
        return d > budget ? 0 : exact - NEAR_SPREAD * d / budget;
    }

    /**
     * A transcribed skeleton and the Latin skeletons one cheap edit away from it (within the budget), for looking up the
     * listed words that {@link #similarity} would accept.
     */
    static List<String> nearLatin(String transcribed, Group group) {
        Costs c = group.costs;
        int n = transcribed.length();
        List<String> out = new ArrayList<>();
        out.add(transcribed);
        float budget = budget(n + 1, group);
        StringBuilder sb = new StringBuilder(n + 1);
        for (int i = 0; i <= n; i++) {
            for (int x = 0; x < CLASSES.length(); x++) {
                // the Latin word has a class the script did not write
                if (c.delete[x] <= budget) {
                    sb.setLength(0);
                    sb.append(transcribed, 0, i).append(CLASSES.charAt(x)).append(transcribed, i, n);
                    addSkeleton(out, sb);
                }
            }
        }
        budget = budget(n, group);
        for (int i = 0; i < n; i++) {
            int y = index(transcribed.charAt(i));
            if (c.insert[y] <= budget(Math.max(n - 1, 1), group) && n - 1 >= MIN_CLASSES) {
                sb.setLength(0);
                sb.append(transcribed, 0, i).append(transcribed, i + 1, n);
                addSkeleton(out, sb);
            }
            for (int x = 0; x < CLASSES.length(); x++) {
                if (x != y && c.substitute[x][y] <= budget) {
                    sb.setLength(0);
                    sb.append(transcribed).setCharAt(i, CLASSES.charAt(x));
                    addSkeleton(out, sb);
                }
            }
        }
        return out;
    }

    /** Only a sequence without a class twice in a row is a skeleton ({@link #of} folds repeats). */
    private static void addSkeleton(List<String> out, CharSequence s) {
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) == s.charAt(i - 1)) {
                return;
            }
        }
        String k = s.toString();
        if (!out.contains(k)) {
            out.add(k);
        }
    }

    static int index(char k) {
        int i = CLASSES.indexOf(k);
        if (i < 0) {
            throw new IllegalArgumentException("not a consonant class: " + k);
        }
        return i;
    }

    private static Costs costs(String group) {
        int k = CLASSES.length();
        float[][] sub = new float[k][k];
        for (float[] row : sub) {
            Arrays.fill(row, UNSEEN);
        }
        float[] del = new float[k];
        float[] ins = new float[k];
        Arrays.fill(del, UNSEEN);
        Arrays.fill(ins, UNSEEN);
        for (String line : NameKnowledgeFiles.lines(COSTS_FILE)) {
            String[] f = line.split("\t");
            if (f.length < 5 || !f[0].equals(group)) {
                continue;
            }
            float cost = Float.parseFloat(f[4]);
            switch (f[1]) {
                case "substitute" -> sub[index(f[2].charAt(0))][index(f[3].charAt(0))] = cost;
                case "delete" -> del[index(f[2].charAt(0))] = cost;
                case "insert" -> ins[index(f[3].charAt(0))] = cost;
                default -> throw new IllegalStateException(COSTS_FILE + ": unknown edit " + f[1]);
            }
        }
        return new Costs(sub, del, ins);
    }

    /** The class skeleton of a Latin spelling; {@code transcribed} for text read from a non-Latin script. */
    static String of(String word, boolean transcribed) {
        String s = word;
        if (!transcribed) {
            s = s.replace("sch", "s").replace("tch", "j").replace("ck", "k").replace("qu", "k")
                    .replace("ph", "f").replace("x", "ks");
        } else {
            // Pinyin x, q, c, z and zh are sibilants and affricates, not k sounds; Hebrew writes a v as a double vav
            s = s.replace("zh", "j").replace('x', 's').replace('c', 's').replace("ww", "v");
        }
        s = s.replace("dzh", "j").replace("dj", "j").replace("ch", "j").replace("sh", "s").replace("zh", "j")
                .replace("th", "t").replace("kh", "k").replace("gh", "g").replace("ts", "s").replace("tz", "s")
                .replace("ng", "n");
        StringBuilder sb = new StringBuilder(s.length());
        char last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'c' && !transcribed) {
                char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
                c = next == 'e' || next == 'i' || next == 'y' ? 's' : 'k';
            }
            if (c == 'r' && !transcribed && i > 0 && vowel(s.charAt(i - 1))
                    && (i + 1 == s.length() || !vowel(s.charAt(i + 1)))) {
                continue; // an r after a vowel is not heard in the scripts that write names by ear (Carter, カーター)
            }
            char k = switch (c) {
                case 'b', 'p', 'f', 'v' -> 'B';
                case 'd', 't' -> 'D';
                case 'g', 'k', 'q', 'j', 'c' -> 'K';
                case 's', 'z' -> 'S';
                case 'l', 'r' -> 'L';
                case 'm' -> 'M';
                case 'n' -> 'N';
                default -> 0;
            };
            if (k != 0 && k != last) {
                sb.append(k);
            }
            if (k != 0) {
                last = k;
            }
        }
        return sb.toString();
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
