package io.tollgate.screening.domain.matching;

/**
 * The consonant classes of a name word, for comparing a foreign name written in another script with its Latin form.
 * Scripts that write a foreign name by its sound (Hangul, kana, Han, Hebrew, Arabic, Thai...) add vowels between
 * consonants, merge b/v/p/f, l/r and the k/g/j sounds, drop an r after a vowel, and end on an extra vowel: Washington
 * 워싱턴 (wosingteon), George ジョージ (joji), Franz Kafka פרנץ קפקא (prnz qpqa). Vowels, h, w and y are dropped and
 * what is left is folded to classes (B: b p f v; D: d t; K: g k q j c; S: s z sh ts; L: l r; M; N), so both forms
 * meet: Washington and wosingteon are both SNDN.
 */
final class ScriptSkeleton {

    private ScriptSkeleton() {
    }

    /** The class skeleton of a Latin spelling; {@code transcribed} for text read from a non-Latin script. */
    static String of(String word, boolean transcribed) {
        String s = word;
        if (!transcribed) {
            s = s.replace("sch", "s").replace("tch", "j").replace("ck", "k").replace("qu", "k")
                    .replace("ph", "f").replace("x", "ks");
        } else {
            // Pinyin x, q, c, z and zh are sibilants and affricates, not k sounds
            s = s.replace("zh", "j").replace('x', 's').replace('c', 's');
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
