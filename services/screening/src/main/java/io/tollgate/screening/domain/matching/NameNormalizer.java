package io.tollgate.screening.domain.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a name as written into its normalised forms: transliterated to Latin, folded to lower-case ASCII,
 * split into words, with honorifics dropped, legal forms and numbers recognised, and every word given its
 * role, canonical spelling and weight. The same code normalises listed names and queries, so both sides
 * always meet on equal terms.
 */
final class NameNormalizer {

    /** What kind of name is being read; it decides which words are read as legal forms, generic words or titles. */
    enum Context { PERSON, ORGANIZATION, OTHER }

    private static final Pattern ROMAN = Pattern.compile("x{0,3}(ix|iv|v?i{0,3})");
    private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");
    private static final String LEET_DIGITS = "0134579";
    private static final String LEET_LETTERS = "oieastg";
    private static final int MAX_TOKENS = 24;

    private final NameKnowledge knowledge;
    /** Shares token instances between names while an index is built; null when normalising queries. */
    private final Map<String, NameToken> interned;

    NameNormalizer(NameKnowledge knowledge, boolean intern) {
        this.knowledge = knowledge;
        this.interned = intern ? new java.util.HashMap<>() : null;
    }

    /** A word before classification, with the punctuation that came before it. */
    private record Raw(String text, boolean abjad, boolean syllable, String sepBefore, String writtenAs) {

        Raw(String text, boolean abjad, boolean syllable, String sepBefore) {
            this(text, abjad, syllable, sepBefore, null);
        }
    }

    /** All normalised forms of a name (usually one); empty when the name has no letters or digits. */
    List<NameForm> forms(String name, Context context) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String visible = VisibleName.of(name).text();
        String text = visible;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                text = Normalizer.normalize(text, Normalizer.Form.NFKC);
                break;
            }
        }
        Map<String, NameForm> out = new LinkedHashMap<>();
        for (String alternative : alternatives(text)) {
            for (List<Transliteration.Segment> reading : Transliteration.readings(alternative, knowledge.japaneseNames())) {
                NameForm f = classify(visible, tokenize(reading, context), context);
                if (f != null) {
                    out.putIfAbsent(f.normalized, f);
                }
            }
        }
        return List.copyOf(out.values());
    }

    /** "Al-Qa'ida/Islamic Army" lists two names in one: read the whole and each part. */
    private static List<String> alternatives(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return List.of(text);
        }
        List<String> out = new ArrayList<>();
        out.add(text);
        for (String part : text.split("/")) {
            if (part.chars().filter(Character::isLetter).count() >= 3) {
                out.add(part);
            }
        }
        return out.size() > 2 ? out : List.of(text);
    }

    private List<Raw> tokenize(List<Transliteration.Segment> segments, Context context) {
        List<Raw> raws = new ArrayList<>();
        for (Transliteration.Segment seg : segments) {
            String folded = TextFolding.fold(seg.text());
            boolean abjad = seg.kind() == Transliteration.Kind.ABJAD;
            boolean syllable = seg.kind() == Transliteration.Kind.SYLLABIC;
            StringBuilder word = new StringBuilder();
            StringBuilder sep = new StringBuilder(" ");
            String sepBefore = " ";
            for (int i = 0; i <= folded.length(); i++) {
                char c = i < folded.length() ? folded.charAt(i) : ' ';
                if (Character.isLetterOrDigit(c)) {
                    if (word.length() == 0) {
                        sepBefore = sep.toString();
                        sep.setLength(0);
                    }
                    word.append(c);
                    continue;
                }
                if (word.length() > 0) {
                    addWord(raws, word.toString(), abjad, syllable, sepBefore);
                    word.setLength(0);
                }
                if (c == '&' || c == '+') {
                    raws.add(new Raw("and", false, false, " "));
                    sep.setLength(0);
                    sep.append(' ');
                } else {
                    sep.append(c);
                }
            }
        }
        if (context != Context.PERSON) {
            raws = expandAbbreviations(joinDottedLetters(raws));
        }
        return raws.size() > MAX_TOKENS ? raws.subList(0, MAX_TOKENS) : raws;
    }

    /** Splits letter/digit mixtures (Victory3 → victory 3), reads look-alike digits inside words (Ig0r → igor). */
    private void addWord(List<Raw> raws, String w, boolean abjad, boolean syllable, String sepBefore) {
        boolean letters = false;
        boolean digits = false;
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                digits = true;
            } else {
                letters = true;
            }
        }
        if (letters && digits && !ORDINAL.matcher(w).matches()) {
            if (Character.isLetter(w.charAt(0)) && digitInsideLetters(w) && leetOnly(w)) {
                StringBuilder sb = new StringBuilder(w.length());
                for (int i = 0; i < w.length(); i++) {
                    int d = LEET_DIGITS.indexOf(w.charAt(i));
                    sb.append(d >= 0 ? LEET_LETTERS.charAt(d) : w.charAt(i));
                }
                addPlain(raws, sb.toString(), abjad, syllable, sepBefore);
                return;
            }
            int start = 0;
            for (int i = 1; i <= w.length(); i++) {
                if (i == w.length() || Character.isDigit(w.charAt(i)) != Character.isDigit(w.charAt(i - 1))) {
                    addPlain(raws, w.substring(start, i), abjad, syllable, start == 0 ? sepBefore : "");
                    start = i;
                }
            }
            return;
        }
        addPlain(raws, w, abjad, syllable, sepBefore);
    }

    private static void addPlain(List<Raw> raws, String w, boolean abjad, boolean syllable, String sepBefore) {
        // Arabic writes the article joined to the word (السيسي → alsysy): split it off like al-Sisi
        if (abjad && w.length() >= 5 && w.startsWith("al")) {
            raws.add(new Raw("al", true, false, sepBefore));
            raws.add(new Raw(w.substring(2), true, false, "-"));
            return;
        }
        raws.add(new Raw(w, abjad, syllable, sepBefore));
    }

    private static boolean digitInsideLetters(String w) {
        for (int i = 1; i < w.length() - 1; i++) {
            if (Character.isDigit(w.charAt(i)) && Character.isLetter(w.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean leetOnly(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isDigit(c) && LEET_DIGITS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A.B.C. and L.X.C are one word (abc, lxc) in organisation names; in person names they stay initials. */
    private static List<Raw> joinDottedLetters(List<Raw> raws) {
        List<Raw> out = new ArrayList<>(raws.size());
        int i = 0;
        while (i < raws.size()) {
            Raw r = raws.get(i);
            int j = i;
            StringBuilder sb = new StringBuilder(r.text);
            while (r.text.length() == 1 && j + 1 < raws.size() && raws.get(j + 1).text.length() == 1
                    && raws.get(j + 1).sepBefore.equals(".") && Character.isLetter(raws.get(j + 1).text.charAt(0))) {
                j++;
                sb.append(raws.get(j).text);
            }
            out.add(j == i ? r : new Raw(sb.toString(), false, false, r.sepBefore));
            i = j + 1;
        }
        return out;
    }

    /** Abbreviated and translated organisation words are read as the word they stand for (Intl → international). */
    private List<Raw> expandAbbreviations(List<Raw> raws) {
        List<Raw> out = null;
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            String word = r.abjad || r.syllable ? null : knowledge.orgWordFor(r.text);
            // a known word stays itself (grupo, partners) unless it is an abbreviation of the word (intl)
            if (word != null && knowledge.isGeneric(r.text) && !abbreviates(r.text, word)) {
                word = null;
            }
            if (word != null && out == null) {
                out = new ArrayList<>(raws.subList(0, i));
            }
            if (out != null) {
                out.add(word == null ? r : new Raw(word, false, false, r.sepBefore, r.text));
            }
        }
        return out == null ? raws : out;
    }

    /** Whether {@code shorter} is written with letters of {@code word} in order, from its first (intl, international). */
    private static boolean abbreviates(String shorter, String word) {
        if (shorter.length() >= word.length() || shorter.charAt(0) != word.charAt(0)) {
            return false;
        }
        int j = 0;
        for (int i = 0; i < word.length() && j < shorter.length(); i++) {
            if (word.charAt(i) == shorter.charAt(j)) {
                j++;
            }
        }
        return j == shorter.length();
    }

    // ---- classification ----

    private NameForm classify(String raw, List<Raw> raws, Context context) {
        if (raws.isEmpty()) {
            return null;
        }
        StringBuilder titles = new StringBuilder();
        List<Raw> words = dropHonorifics(raws, context, titles);
        List<String> texts = new ArrayList<>(words.size());
        for (Raw r : words) {
            texts.add(r.text);
        }
        int n = words.size();
        TokenRole[] roles = new TokenRole[n];
        String[] outText = new String[n];
        String[] family = new String[n];
        boolean[] skip = new boolean[n];
        boolean[] literal = new boolean[n];
        markLegalForms(texts, context, roles, outText, family, skip);
        markNumbers(words, texts, context, roles, outText, skip);

        int wordCount = 0;
        for (int i = 0; i < n; i++) {
            if (!skip[i] && roles[i] == null) {
                wordCount++;
            }
        }
        boolean orgLike = false;
        for (int i = 0; i < n; i++) {
            if (skip[i]) {
                continue;
            }
            if (roles[i] == TokenRole.LEGAL) {
                orgLike = true;
            }
            if (roles[i] != null) {
                continue;
            }
            Raw r = words.get(i);
            String t = r.text;
            outText[i] = t;
            NameKnowledge.ParticleRole particle = knowledge.particle(t);
            if (r.syllable || (r.abjad && !"al".equals(t))) {
                roles[i] = TokenRole.WORD;
            } else if (knowledge.isStopword(t) && wordCount > 1) {
                roles[i] = TokenRole.STOP;
            } else if (particle != null && wordCount > 1 && (t.length() > 1 || (i > 0 && i < n - 1))) {
                // a one-letter particle (Spanish y: Ortega y Gasset) only between words; elsewhere an initial
                roles[i] = particle == NameKnowledge.ParticleRole.TITLE ? TokenRole.TITLE : TokenRole.PARTICLE;
            } else if (context != Context.PERSON && (knowledge.isGeneric(t) || knowledge.isNearGeneric(t))) {
                roles[i] = TokenRole.GENERIC;
                orgLike = true;
            } else if (t.length() == 1 && Character.isLetter(t.charAt(0))) {
                roles[i] = TokenRole.INITIAL;
                // in an organisation or vessel name a letter is itself (ISIS-K, L & H), not a word's initial
                literal[i] = context == Context.ORGANIZATION;
            } else if (context == Context.PERSON && i > 0 && wordCount >= 3 && knowledge.hasPatronymicEnding(t)) {
                roles[i] = TokenRole.PATRONYMIC;
            } else {
                roles[i] = TokenRole.WORD;
            }
        }
        // a name made only of generic words (International Trading Company) is compared on them as words
        boolean anyDistinctive = false;
        boolean anyGeneric = false;
        for (int i = 0; i < n; i++) {
            if (!skip[i]) {
                anyDistinctive |= roles[i] == TokenRole.WORD || roles[i] == TokenRole.PATRONYMIC
                        || roles[i] == TokenRole.INITIAL || roles[i] == TokenRole.NUMBER;
                anyGeneric |= roles[i] == TokenRole.GENERIC;
            }
        }
        List<NameToken> tokens = new ArrayList<>(n);
        List<Boolean> after = new ArrayList<>(n);
        List<Boolean> starts = new ArrayList<>(n);
        boolean personLike = false;
        StringBuilder acronym = new StringBuilder();
        boolean prevSonOf = false;
        for (int i = 0; i < n; i++) {
            if (skip[i]) {
                continue;
            }
            TokenRole role = roles[i];
            float weight = role.weight;
            if (!anyDistinctive && (role == TokenRole.GENERIC || (!anyGeneric && role != TokenRole.LEGAL))) {
                weight = TokenRole.WORD.weight;
            }
            Raw r = words.get(i);
            NameKnowledge.ParticleRole particle = role == TokenRole.PARTICLE ? knowledge.particle(r.text) : null;
            boolean sonOf = particle == NameKnowledge.ParticleRole.SON_OF;
            NameToken token = token(outText[i], role, weight, r.abjad, r.syllable || literal[i], family[i], sonOf,
                    role == TokenRole.LEGAL ? null : r.writtenAs);
            tokens.add(token);
            starts.add(r.sepBefore.indexOf(Transliteration.SYLLABLE_JOINER) < 0 || tokens.size() == 1);
            after.add(prevSonOf);
            prevSonOf = sonOf;
            if ((role == TokenRole.WORD) && knowledge.isGivenName(token.canon, token.abjad)) {
                personLike = true;
            }
            if ((role == TokenRole.WORD || role == TokenRole.GENERIC) && !token.text.isEmpty()) {
                acronym.append(token.text.charAt(0));
            }
        }
        if (tokens.isEmpty()) {
            return null;
        }
        boolean[] afterSonOf = new boolean[tokens.size()];
        boolean[] wordStart = new boolean[tokens.size()];
        for (int i = 0; i < afterSonOf.length; i++) {
            afterSonOf[i] = after.get(i);
            wordStart[i] = starts.get(i);
        }
        String acr = context != Context.PERSON && acronym.length() >= 3 && acronym.length() <= 8 ? acronym.toString() : null;
        return new NameForm(raw, context, tokens.toArray(NameToken[]::new), afterSonOf, orgLike, personLike, acr,
                context != Context.ORGANIZATION && !orgLike && commonOnly(tokens), titles.toString(), wordStart);
    }

    /** A name of one to three name words, every one of them among the most frequent in personal names. */
    private boolean commonOnly(List<NameToken> tokens) {
        int words = 0;
        for (NameToken t : tokens) {
            if (t.role == TokenRole.WORD) {
                if (!knowledge.isCommonNameWord(t.canon)) {
                    return false;
                }
                words++;
            }
        }
        return words >= 1 && words <= 3;
    }

    private List<Raw> dropHonorifics(List<Raw> raws, Context context, StringBuilder dropped) {
        if (context == Context.ORGANIZATION) {
            return raws;
        }
        List<Raw> kept = new ArrayList<>(raws.size());
        boolean leading = true;
        for (Raw r : raws) {
            // titles precede names (President Erdogan, Shaikh Isa); later, King or Major is a family name
            boolean honorific = leading && knowledge.isHonorific(r.text);
            boolean drop = honorific && (context == Context.PERSON || !knowledge.isGeneric(r.text));
            if (!drop) {
                kept.add(r);
                leading = false;
            } else {
                dropped.append(dropped.length() > 0 ? " " : "").append(r.text);
            }
        }
        if (kept.isEmpty() || (context == Context.OTHER && kept.size() < 2)) {
            dropped.setLength(0);
            return raws;
        }
        return kept;
    }

    private void markLegalForms(List<String> texts, Context context, TokenRole[] roles, String[] outText,
                                String[] family, boolean[] skip) {
        int n = texts.size();
        if (context == Context.PERSON && n < 3) {
            return;
        }
        NameKnowledge.LegalForm[] found = new NameKnowledge.LegalForm[n];
        for (int i = 0; i < n; ) {
            NameKnowledge.LegalForm f = knowledge.legalFormAt(texts, i);
            if (f != null && f.words().length < n) {
                found[i] = f;
                i += f.words().length;
            } else {
                i++;
            }
        }
        // short or person-name legal forms count only at the edges: the first word, or a tail of legal forms
        boolean tail = true;
        for (int i = n - 1; i >= 0; i--) {
            NameKnowledge.LegalForm f = found[i];
            if (f == null) {
                boolean coveredByEarlier = false;
                for (int k = Math.max(0, i - 6); k < i; k++) {
                    if (found[k] != null && k + found[k].words().length > i) {
                        coveredByEarlier = true;
                    }
                }
                if (!coveredByEarlier) {
                    tail = false;
                }
                continue;
            }
            boolean shortForm = f.words().length == 1 && f.words()[0].length() <= 2;
            boolean edge = i == 0 || tail;
            boolean accept = context == Context.PERSON || shortForm ? edge : true;
            if (accept) {
                roles[i] = TokenRole.LEGAL;
                outText[i] = f.code();
                family[i] = f.family();
                for (int k = 1; k < f.words().length; k++) {
                    skip[i + k] = true;
                }
            } else {
                tail = false;
            }
        }
    }

    private void markNumbers(List<Raw> words, List<String> texts, Context context, TokenRole[] roles,
                             String[] outText, boolean[] skip) {
        int n = texts.size();
        int named = 0;
        for (int i = 0; i < n; i++) {
            if (roles[i] == null && !skip[i] && Character.isLetter(texts.get(i).charAt(0))) {
                named++;
            }
        }
        for (int i = 0; i < n; i++) {
            if (skip[i] || roles[i] != null) {
                continue;
            }
            String t = texts.get(i);
            String value = null;
            if (Character.isDigit(t.charAt(0))) {
                value = ORDINAL.matcher(t).matches() ? t.replaceAll("\\D", "") : t;
                value = stripZeros(value);
            } else if (!words.get(i).syllable && !words.get(i).abjad) {
                NameKnowledge.NumberWord w = knowledge.number(t);
                if (w != null && (context != Context.PERSON)) {
                    int v = w.value();
                    if (w.tens() && i + 1 < n && !skip[i + 1] && roles[i + 1] == null) {
                        String next = texts.get(i + 1);
                        NameKnowledge.NumberWord u = knowledge.number(next);
                        if (u != null && !u.tens() && u.value() < 10) {
                            v += u.value();
                            skip[i + 1] = true;
                        } else if (next.length() == 1 && Character.isDigit(next.charAt(0))) {
                            v += next.charAt(0) - '0';
                            skip[i + 1] = true;
                        }
                    }
                    value = Integer.toString(v);
                } else if (context != Context.PERSON && isRoman(t, i, n, named, roles)) {
                    value = Integer.toString(romanValue(t));
                }
            }
            if (value != null) {
                roles[i] = TokenRole.NUMBER;
                outText[i] = value;
            }
        }
    }

    private static boolean isRoman(String t, int i, int n, int named, TokenRole[] roles) {
        if (t.isEmpty() || !ROMAN.matcher(t).matches()) {
            return false;
        }
        if (t.length() >= 2) {
            return named >= 2;
        }
        // a lone I, V or X is a number only at the end of a longer name (Fund I, Ltd.), else an initial
        for (int k = i + 1; k < n; k++) {
            if (roles[k] != TokenRole.LEGAL && roles[k] != null) {
                return false;
            }
            if (roles[k] == null) {
                return false;
            }
        }
        return named >= 3;
    }

    private static int romanValue(String t) {
        int total = 0;
        int prev = 0;
        for (int i = t.length() - 1; i >= 0; i--) {
            int v = switch (t.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                default -> 0;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }

    private static String stripZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    private NameToken token(String text, TokenRole role, float weight, boolean abjad, boolean syllable,
                            String family, boolean sonOf, String writtenAs) {
        String key = null;
        if (interned != null) {
            key = text + '|' + role.ordinal() + '|' + weight + '|' + abjad + syllable + sonOf + '|' + family + '|'
                    + writtenAs;
            NameToken hit = interned.get(key);
            if (hit != null) {
                return hit;
            }
        }
        String canon;
        if (role == TokenRole.NUMBER || role == TokenRole.LEGAL || role == TokenRole.INITIAL) {
            canon = text;
        } else {
            canon = knowledge.canon(text);
        }
        String skeleton = role == TokenRole.NUMBER || role == TokenRole.LEGAL ? text : NameToken.skeletonOf(canon);
        int[] groups = role == TokenRole.WORD || role == TokenRole.PARTICLE || role == TokenRole.TITLE
                || role == TokenRole.PATRONYMIC ? knowledge.groups(text, canon, abjad) : new int[0];
        int[] nicknames = role == TokenRole.WORD && !abjad && !syllable ? knowledge.hypocorisms(canon) : new int[0];
        NameToken t = new NameToken(text, canon, skeleton, role, weight, abjad, syllable, groups, family, sonOf,
                nicknames, writtenAs);
        if (key != null) {
            interned.put(key, t);
        }
        return t;
    }
}
