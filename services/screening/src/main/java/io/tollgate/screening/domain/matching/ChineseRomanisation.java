package io.tollgate.screening.domain.matching;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Chinese name word in Wade-Giles and in Pinyin (Tse-tung, Zedong; Hsiao-ping, Xiaoping; Chiang, Jiang): a Latin word
 * that splits wholly into syllables of either system gets a key per reading, the syllables as Pinyin with the contrasts
 * the two systems write differently folded away (aspiration, which Wade-Giles marks with an apostrophe that names drop:
 * k/g, t/d, p/b, q/j, c/z, ch/zh). Two words meet when one's Wade-Giles reading is the other's Pinyin reading. Built from
 * {@code wade-giles-pinyin.tsv}; immutable.
 */
final class ChineseRomanisation {

    static final String FILE = "wade-giles-pinyin.tsv";
    /** Longer words are not one Chinese name word (at most three syllables). */
    private static final int MAX_LENGTH = 15;
    private static final int MAX_SYLLABLE = 6;

    /** The two readings of a word; either may be null when the word does not split into that system's syllables. */
    record Readings(String pinyin, String wadeGiles) {

        boolean meet(Readings o) {
            return meet(o.pinyin, o.wadeGiles);
        }

        /** Against the readings of another word, or of a run of words joined (a word without a reading written "-"). */
        boolean meet(CharSequence otherPinyin, CharSequence otherWadeGiles) {
            return (wadeGiles != null && otherPinyin != null && wadeGiles.contentEquals(otherPinyin))
                    || (pinyin != null && otherWadeGiles != null && pinyin.contentEquals(otherWadeGiles));
        }
    }

    /** Readings are asked for every Latin word of every query; names recur, so they are kept (bounded, dropped when full). */
    private static final int CACHE_LIMIT = 50_000;
    private static final Readings NONE = new Readings(null, null);
    private final Map<String, Readings> cache = new ConcurrentHashMap<>();
    private final Map<String, String> wadeGiles = new HashMap<>();
    private final Set<String> pinyin = new HashSet<>();

    ChineseRomanisation(List<String> lines) {
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f[0].equals("wg") && f.length == 3) {
                wadeGiles.putIfAbsent(f[1], f[2]);
            } else if (f[0].equals("pinyin") && f.length == 2) {
                pinyin.add(f[1]);
            }
        }
    }

    /**
     * Whether a reading (of a word, or of a run of words joined, where a word without one is written "-") is whole.
     */
    static boolean complete(CharSequence reading) {
        if (reading == null || reading.length() == 0) {
            return false;
        }
        for (int i = 0; i < reading.length(); i++) {
            if (reading.charAt(i) == '-') {
                return false;
            }
        }
        return true;
    }

    /** The readings of a folded Latin word, or null when it splits into the syllables of neither system. */
    Readings readings(String word) {
        if (word.length() < 2 || word.length() > MAX_LENGTH) {
            return null;
        }
        Readings r = cache.get(word);
        if (r == null) {
            String py = read(word, false);
            String wg = read(word, true);
            r = py == null && wg == null ? NONE : new Readings(py, wg);
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(word, r);
        }
        return r == NONE ? null : r;
    }

    /** The word's syllables in one system, as folded Pinyin joined; null when it does not split into them. */
    private String read(String word, boolean fromWadeGiles) {
        StringBuilder out = new StringBuilder(word.length() + 4);
        return split(word, 0, fromWadeGiles, out) ? out.toString() : null;
    }

    private boolean split(String word, int from, boolean fromWadeGiles, StringBuilder out) {
        if (from == word.length()) {
            return true;
        }
        int mark = out.length();
        for (int end = Math.min(word.length(), from + MAX_SYLLABLE); end > from; end--) {
            String s = word.substring(from, end);
            String py = fromWadeGiles ? wadeGiles.get(s) : pinyin.contains(s) ? s : null;
            if (py != null) {
                out.append(fold(py));
                if (split(word, end, fromWadeGiles, out)) {
                    return true;
                }
                out.setLength(mark);
            }
        }
        return false;
    }

    /** Pinyin with aspiration folded: the contrast an apostrophe carries in Wade-Giles. */
    private static String fold(String py) {
        String s = py.startsWith("ch") ? "zh" + py.substring(2) : py;
        char c = s.charAt(0);
        char f = switch (c) {
            case 'k' -> 'g';
            case 't' -> 'd';
            case 'p' -> 'b';
            case 'q' -> 'j';
            case 'c' -> 'z';
            default -> c;
        };
        return f == c ? s : f + s.substring(1);
    }
}
