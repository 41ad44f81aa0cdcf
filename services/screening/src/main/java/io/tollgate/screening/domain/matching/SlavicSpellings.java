package io.tollgate.screening.domain.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names written in a Slavic or Baltic orthography read as English spells them ({@code slavic-spellings.tsv}): the letters
 * that mark such a spelling and the rewrites, in file order. Immutable; built by {@link NameKnowledge}.
 */
final class SlavicSpellings {

    static final String FILE = "slavic-spellings.tsv";

    private final String markers;
    private final List<String[]> rewrites;

    SlavicSpellings(List<String> lines) {
        String m = "";
        List<String[]> r = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f[0].equals("marker")) {
                m = f[1];
            } else {
                r.add(new String[]{f[0], f[1]});
            }
        }
        this.markers = m;
        this.rewrites = List.copyOf(r);
    }

    /**
     * A name written in a Slavic or Baltic orthography (one of its marked letters: Timčenková, Muškajev) as English
     * spells it (timchenkova, mushkayev), else null: a second reading of the name beside its plain folding.
     */
    String english(String name) {
        boolean marked = false;
        for (int i = 0; i < name.length() && !marked; i++) {
            char c = name.charAt(i);
            marked = c >= 0x00C0 && markers.indexOf(Character.toLowerCase(c)) >= 0;
        }
        if (!marked) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String[] r : rewrites) {
            lower = lower.replace(r[0], r[1]);
        }
        return lower;
    }
}
