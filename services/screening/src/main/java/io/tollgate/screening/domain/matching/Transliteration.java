package io.tollgate.screening.domain.matching;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a name in any script as Latin text, one script run at a time, with the romanisation sanctions lists
 * use for that script (BGN/PCGN for Cyrillic, UNGEGN for Greek, Pinyin for Han, Revised Romanization per
 * syllable for Hangul). ICU transliterators are slow to create and not thread-safe, so they are pooled per
 * script; results are cached word by word because the same given and family names come back.
 */
final class Transliteration {

    /** How the letters of a segment relate to the sounds of the name. */
    enum Kind {
        /** Latin script, or a full romanisation with vowels. */
        LATIN,
        /** A script that writes few or no vowels (Arabic, Hebrew, Thai...): compare consonant skeletons. */
        ABJAD,
        /** One token per syllable (Hangul, Han): tokens are syllables, a single letter is not an initial. */
        SYLLABIC
    }

    /** A stretch of a name read as Latin text. */
    record Segment(String text, Kind kind) {
    }

    /** Joins the syllables of one written Hangul or Han word (a word separator the tokenizer keeps apart from spaces). */
    static final char SYLLABLE_JOINER = '_';
    private static final int CACHE_LIMIT = 50_000;
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    /** Idle transliterators kept per id: enough for the searches that run at once on a small server. */
    private static final int POOLED_PER_ID = 32;
    private static final Map<String, ObjectPool<Transliterator>> POOLS = new ConcurrentHashMap<>();

    private Transliteration() {
    }

    /** Whether the text is already Latin (or digits and punctuation) and needs no transliteration. */
    static boolean isLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0370 && !TextFolding.isTableLatin(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The readings of a name: usually one; a name in Han characters that is also a Japanese name from the
     * dictionary gets its Japanese reading as a second one.
     */
    static List<List<Segment>> readings(String text, Map<String, String> japaneseNames) {
        if (isLatin(text)) {
            return List.of(List.of(new Segment(text, Kind.LATIN)));
        }
        List<Segment> main = new ArrayList<>();
        List<Segment> japanese = new ArrayList<>();
        boolean anyJapanese = false;
        for (Run run : runs(text)) {
            Segment segment = switch (run.script) {
                case UScript.LATIN, UScript.COMMON, UScript.INHERITED, UScript.UNKNOWN -> new Segment(run.text, Kind.LATIN);
                case UScript.HAN -> new Segment(syllablesOfWords(cached("Han-Latin/Names", run.text), run.text), Kind.SYLLABIC);
                case UScript.HANGUL -> new Segment(hangul(run.text), Kind.SYLLABIC);
                // kana write foreign names by ear, one word per name: compared on consonant classes like Hangul
                case UScript.HIRAGANA, UScript.KATAKANA -> new Segment(cached("Any-Latin", run.text), Kind.SYLLABIC);
                case UScript.CYRILLIC -> new Segment(cached(cyrillicId(run.text), run.text), Kind.LATIN);
                case UScript.GREEK -> new Segment(cached("Greek-Latin/UNGEGN", run.text), Kind.LATIN);
                case UScript.GEORGIAN -> new Segment(cached("Georgian-Latin/BGN", run.text), Kind.LATIN);
                case UScript.ARMENIAN -> new Segment(cached("Armenian-Latin/BGN", run.text), Kind.LATIN);
                case UScript.ARABIC, UScript.HEBREW, UScript.SYRIAC, UScript.THAANA, UScript.THAI, UScript.LAO ->
                        new Segment(cached("Any-Latin", run.text), Kind.ABJAD);
                default -> new Segment(cached("Any-Latin", run.text), Kind.LATIN);
            };
            main.add(segment);
            String jp = run.script == UScript.HAN ? japaneseReading(run.text, japaneseNames) : null;
            anyJapanese |= jp != null;
            japanese.add(jp == null ? segment : new Segment(jp, Kind.LATIN));
        }
        return anyJapanese ? List.of(main, japanese) : List.of(main);
    }

    /** The plain words of a text in any script: transliterated, folded to lower-case ASCII, split on punctuation. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (Segment seg : readings(text, Map.of()).get(0)) {
            String folded = TextFolding.fold(seg.text());
            int start = -1;
            for (int i = 0; i <= folded.length(); i++) {
                boolean word = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
                if (word && start < 0) {
                    start = i;
                } else if (!word && start >= 0) {
                    out.add(folded.substring(start, i));
                    start = -1;
                }
            }
        }
        return out;
    }

    private record Run(int script, String text) {
    }

    /** Splits text into runs of one script; spaces and punctuation stay with the run they are in. */
    private static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        int current = UScript.COMMON;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int script = UScript.getScript(cp);
            if (script == UScript.INHERITED || script == UScript.COMMON || script == UScript.UNKNOWN) {
                script = current;
            } else if (script == UScript.KATAKANA_OR_HIRAGANA) {
                script = UScript.KATAKANA;
            }
            if (script != current && sb.length() > 0) {
                runs.add(new Run(current, sb.toString()));
                sb.setLength(0);
            }
            current = script;
            sb.appendCodePoint(cp);
        }
        if (sb.length() > 0) {
            runs.add(new Run(current, sb.toString()));
        }
        return runs;
    }

    /** Ukrainian and Belarusian letters pick their own national romanisation, anything else is Russian. */
    private static String cyrillicId(String text) {
        boolean ukrainian = false;
        boolean belarusian = false;
        for (int i = 0; i < text.length(); i++) {
            switch (Character.toLowerCase(text.charAt(i))) {
                case 'ї', 'є', 'ґ' -> ukrainian = true;
                case 'ў' -> belarusian = true;
                default -> {
                }
            }
        }
        if (belarusian) {
            return "Belarusian-Latin/BGN";
        }
        if (ukrainian) {
            return "Ukrainian-Latin/BGN";
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.indexOf('і') >= 0) {
            return lower.indexOf('ы') >= 0 || lower.indexOf('э') >= 0 ? "Belarusian-Latin/BGN" : "Ukrainian-Latin/BGN";
        }
        return "Russian-Latin/BGN";
    }

    /**
     * Hangul read one syllable at a time, as Korean names are written in Latin; the syllables of one written word are
     * joined by {@link #SYLLABLE_JOINER}, words stay apart, so a foreign name written by ear keeps its word boundaries.
     */
    private static String hangul(String text) {
        StringBuilder sb = new StringBuilder();
        boolean afterSyllable = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0xAC00 && cp <= 0xD7A3) {
                sb.append(afterSyllable ? SYLLABLE_JOINER : ' ').append(cached("Hangul-Latin", new String(Character.toChars(cp))));
                afterSyllable = true;
            } else {
                sb.appendCodePoint(cp);
                afterSyllable = false;
            }
        }
        return sb.append(' ').toString();
    }

    /** Han read syllable by syllable, the syllables of one written word joined by {@link #SYLLABLE_JOINER}. */
    private static String syllablesOfWords(String read, String written) {
        if (written.indexOf(' ') < 0 && written.indexOf('\u3000') < 0 && written.indexOf('·') < 0
                && written.indexOf('・') < 0) {
            return read.strip().replace(' ', SYLLABLE_JOINER);
        }
        StringBuilder sb = new StringBuilder();
        for (String word : written.split("[\\s\u3000·・]+")) {
            if (!word.isEmpty()) {
                sb.append(' ').append(cached("Han-Latin/Names", word).strip().replace(' ', SYLLABLE_JOINER));
            }
        }
        return sb.append(' ').toString();
    }

    /** The Japanese reading when the whole run of Han characters splits into dictionary names, else null. */
    private static String japaneseReading(String text, Map<String, String> names) {
        String han = text.strip();
        if (names.isEmpty() || han.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < han.length()) {
            if (Character.isWhitespace(han.charAt(i)) || han.charAt(i) == '・' || han.charAt(i) == '·') {
                i++;
                continue;
            }
            int best = -1;
            for (int end = Math.min(han.length(), i + 4); end > i; end--) {
                if (names.containsKey(han.substring(i, end))) {
                    best = end;
                    break;
                }
            }
            if (best < 0) {
                return null;
            }
            sb.append(names.get(han.substring(i, best))).append(' ');
            i = best;
        }
        return sb.toString().trim();
    }

    /**
     * Transliterates word by word (the scripts read here have no rules across spaces), so that the cache,
     * keyed by word, serves the given and family names that recur across many different full names.
     */
    private static String cached(String id, String text) {
        int space = text.indexOf(' ');
        if (space < 0) {
            return cachedWord(id, text);
        }
        StringBuilder sb = new StringBuilder(text.length() * 2);
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf(' ', start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start) {
                sb.append(cachedWord(id, text.substring(start, end)));
            }
            if (end < text.length()) {
                sb.append(' ');
            }
            start = end + 1;
        }
        return sb.toString();
    }

    private static String cachedWord(String id, String text) {
        String key = id + '\u0000' + text;
        String hit = CACHE.get(key);
        if (hit != null) {
            return hit;
        }
        ObjectPool<Transliterator> pool = POOLS.computeIfAbsent(id,
                k -> new ObjectPool<>(() -> Transliterator.getInstance(k), POOLED_PER_ID));
        Transliterator t = pool.borrow();
        String out;
        try {
            out = t.transliterate(text);
        } finally {
            pool.release(t);
        }
        if (CACHE.size() >= CACHE_LIMIT) {
            // crude but bounded: a full cache is dropped rather than tracked per entry
            CACHE.clear();
        }
        CACHE.put(key, out);
        return out;
    }
}
