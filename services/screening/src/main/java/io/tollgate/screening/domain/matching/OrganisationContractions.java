package io.tollgate.screening.domain.matching;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Organisation words written short without a table entry: contractions (Natl, Trdg, Assn, Dept) and cut-off forms
 * (Internat.) of the generic organisation words ({@code generic-words.txt}), read as the one generic word they stand
 * for. Immutable; built by {@link NameKnowledge}.
 */
final class OrganisationContractions {

    private final Set<String> genericWords;
    private final Set<String> givenNames;
    private final Map<Character, List<String>> genericByInitial;
    private final Map<Character, List<NameKnowledge.LegalForm>> legalFormsByInitial;

    OrganisationContractions(Set<String> genericWords, Set<String> givenNames, Map<Character, List<String>> genericByInitial,
                             Map<Character, List<NameKnowledge.LegalForm>> legalFormsByInitial) {
        this.genericWords = genericWords;
        this.givenNames = givenNames;
        this.genericByInitial = genericByInitial;
        this.legalFormsByInitial = legalFormsByInitial;
    }

    /** A contraction has at most this many vowels after its first letter (natl, dept, assn, trdg). */
    private static final int CONTRACTION_VOWELS = 1;
    /** Shorter words are more often acronyms (BKI, SIG) than contractions. */
    private static final int CONTRACTION_MIN = 4;
    /** A cut-off generic word keeps at least this many of its first letters (internat, manufact). */
    private static final int CUT_OFF_MIN = 5;

    /**
     * The one generic organisation word that {@code word}, not itself a word the matcher knows, abbreviates: a
     * contraction of four letters or more keeping its first and last letters and few vowels (natl national, trdg
     * trading, assn association), or its first letters cut off (internat international). Longer forms of one word (import,
     * imports) count once; when two different words fit (exp: export, express), none is chosen.
     */
    String of(String word) {
        int n = word.length();
        if (n < CONTRACTION_MIN || genericWords.contains(word) || givenNames.contains(word) || !isAsciiLetters(word)) {
            return null;
        }
        List<String> near = genericByInitial.get(word.charAt(0));
        if (near == null) {
            return null;
        }
        boolean contraction = vowelsAfterFirst(word) <= CONTRACTION_VOWELS;
        String found = null;
        for (String g : near) {
            boolean fits = g.length() > n && (g.startsWith(word) ? n >= CUT_OFF_MIN && !legalFormBegins(word)
                    : contraction && g.charAt(g.length() - 1) == word.charAt(n - 1) && inOrder(word, g));
            if (!fits || (found != null && g.startsWith(found))) {
                continue;
            }
            if (found != null && !found.startsWith(g)) {
                return null;
            }
            found = g;
        }
        return found;
    }

    /** Whether a legal form's word begins so (compan: a cut-off company is the legal form's business, not ours). */
    private boolean legalFormBegins(String cut) {
        for (NameKnowledge.LegalForm f : legalFormsByInitial.getOrDefault(cut.charAt(0), List.of())) {
            for (String w : f.words()) {
                if (w.startsWith(cut)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inOrder(String shorter, String word) {
        int j = 0;
        for (int i = 0; i < word.length() && j < shorter.length(); i++) {
            if (word.charAt(i) == shorter.charAt(j)) {
                j++;
            }
        }
        return j == shorter.length();
    }

    private static int vowelsAfterFirst(String word) {
        int v = 0;
        for (int i = 1; i < word.length(); i++) {
            v += "aeiouy".indexOf(word.charAt(i)) >= 0 ? 1 : 0;
        }
        return v;
    }

    private static boolean isAsciiLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < 'a' || word.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }
}
