package io.tollgate.screening.domain.list.support;

import java.util.EnumMap;
import java.util.Map;

/** Tells the ISO 15924 script (Latn, Cyrl, Arab, Hani, …) a name is written in, from its letters. */
public final class Scripts {

    private static final ReferenceTable ISO15924 = ReferenceTable.load("unicode-scripts.tsv");
    private static final String LATIN = "Latn";

    private Scripts() {
    }

    /** The script most of the letters belong to, or null when the text has no letters or the script is unknown. */
    public static String detect(String text) {
        if (text == null) {
            return null;
        }
        if (isAscii(text)) {
            // most names on Western lists: no need to count scripts
            return text.chars().anyMatch(Character::isLetter) ? LATIN : null;
        }
        Map<Character.UnicodeScript, Integer> counts = new EnumMap<>(Character.UnicodeScript.class);
        text.codePoints().filter(Character::isLetter).forEach(cp -> {
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (s != Character.UnicodeScript.COMMON && s != Character.UnicodeScript.INHERITED) {
                counts.merge(s, 1, Integer::sum);
            }
        });
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .flatMap(e -> ISO15924.get(e.getKey().name()))
                .orElse(null);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text is written in a script other than Latin (an original-script name). */
    public static boolean isNonLatin(String text) {
        String script = detect(text);
        return script != null && !LATIN.equals(script);
    }
}
