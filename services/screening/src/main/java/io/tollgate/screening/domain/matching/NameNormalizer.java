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

    private static final Pattern ROMAN = Pattern.compile("x{0,3}(ix|iv|v?i{0,3})");

    private final NameKnowledge knowledge;
    private final NameTokenizer tokenizer;
    /** Shares token instances between names while an index is built; null when normalising queries. */
    private final Map<String, NameToken> interned;

    NameNormalizer(NameKnowledge knowledge, boolean intern) {
        this.knowledge = knowledge;
        this.tokenizer = new NameTokenizer(knowledge);
        this.interned = intern ? new java.util.HashMap<>() : null;
    }

    /** All normalised forms of a name (usually one); empty when the name has no letters or digits. */
    List<NameForm> forms(String name, NameContext context) {
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
                NameForm f = classify(visible, tokenizer.tokenize(reading, context), context);
                if (f != null) {
                    out.putIfAbsent(f.normalized, f);
                }
            }
        }
        return List.copyOf(out.values());
    }

    /** "Al-Qa'ida/Islamic Army" is two names: read the whole and each part; a Slavic spelling also as English's. */
    private List<String> alternatives(String text) {
        List<String> out = new ArrayList<>(List.of(text));
        String[] parts = text.indexOf('/') < 0 ? new String[0] : text.split("/");
        for (String part : parts) {
            if (part.chars().filter(Character::isLetter).count() >= 3) {
                out.add(part);
            }
        }
        if (out.size() == 2) {
            out.remove(1); // one name with a slash in it
        }
        String english = knowledge.englishSpellingOfSlavic(text);
        if (english != null) {
            out.add(english);
        }
        return out;
    }

    // ---- classification ----

    private NameForm classify(String raw, List<NameTokenizer.Raw> raws, NameContext context) {
        if (raws.isEmpty()) {
            return null;
        }
        StringBuilder titles = new StringBuilder();
        List<NameTokenizer.Raw> words = dropHonorifics(raws, context, titles);
        List<String> texts = new ArrayList<>(words.size());
        for (NameTokenizer.Raw r : words) {
            texts.add(r.text());
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
            NameTokenizer.Raw r = words.get(i);
            String t = r.text();
            outText[i] = t;
            NameKnowledge.ParticleRole particle = knowledge.particle(t);
            if (r.syllable() || (r.abjad() && !"al".equals(t))) {
                roles[i] = TokenRole.WORD;
            } else if (knowledge.isStopword(t) && wordCount > 1) {
                roles[i] = TokenRole.STOP;
            } else if (particle != null && wordCount > 1 && (t.length() > 1 || (i > 0 && i < n - 1))) {
                // a one-letter particle (Spanish y: Ortega y Gasset) only between words; elsewhere an initial
                roles[i] = particle == NameKnowledge.ParticleRole.TITLE ? TokenRole.TITLE : TokenRole.PARTICLE;
            } else if (context != NameContext.PERSON && (knowledge.isGeneric(t) || knowledge.isNearGeneric(t))) {
                roles[i] = TokenRole.GENERIC;
                orgLike = true;
            } else if (t.length() == 1 && Character.isLetter(t.charAt(0))) {
                roles[i] = TokenRole.INITIAL;
                // in an organisation or vessel name a letter is itself (ISIS-K, L & H), not a word's initial
                literal[i] = context == NameContext.ORGANIZATION;
            } else if (context == NameContext.PERSON && i > 0 && wordCount >= 3 && knowledge.hasPatronymicEnding(t)) {
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
            NameTokenizer.Raw r = words.get(i);
            NameKnowledge.ParticleRole particle = role == TokenRole.PARTICLE ? knowledge.particle(r.text()) : null;
            boolean sonOf = particle == NameKnowledge.ParticleRole.SON_OF;
            NameToken token = token(outText[i], role, weight, r.abjad(), r.syllable() || literal[i], family[i], sonOf,
                    role == TokenRole.LEGAL ? null : r.writtenAs());
            tokens.add(token);
            starts.add(r.sepBefore().indexOf(Transliteration.SYLLABLE_JOINER) < 0 || tokens.size() == 1);
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
        String acr = context != NameContext.PERSON && acronym.length() >= 3 && acronym.length() <= 8 ? acronym.toString() : null;
        return new NameForm(raw, context, tokens.toArray(NameToken[]::new), afterSonOf, orgLike, personLike, acr,
                context != NameContext.ORGANIZATION && !orgLike && commonOnly(tokens), titles.toString(), wordStart);
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

    private List<NameTokenizer.Raw> dropHonorifics(List<NameTokenizer.Raw> raws, NameContext context, StringBuilder dropped) {
        if (context == NameContext.ORGANIZATION) {
            return raws;
        }
        List<NameTokenizer.Raw> kept = new ArrayList<>(raws.size());
        boolean leading = true;
        for (NameTokenizer.Raw r : raws) {
            // titles precede names (President Erdogan, Shaikh Isa); later, King or Major is a family name
            boolean honorific = leading && knowledge.isHonorific(r.text());
            boolean drop = honorific && (context == NameContext.PERSON || !knowledge.isGeneric(r.text()));
            if (!drop) {
                kept.add(r);
                leading = false;
            } else {
                dropped.append(dropped.length() > 0 ? " " : "").append(r.text());
            }
        }
        if (kept.isEmpty() || (context == NameContext.OTHER && kept.size() < 2)) {
            dropped.setLength(0);
            return raws;
        }
        return kept;
    }

    private void markLegalForms(List<String> texts, NameContext context, TokenRole[] roles, String[] outText,
                                String[] family, boolean[] skip) {
        int n = texts.size();
        if (context == NameContext.PERSON && n < 3) {
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
            boolean accept = context == NameContext.PERSON || shortForm ? edge : true;
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

    private void markNumbers(List<NameTokenizer.Raw> words, List<String> texts, NameContext context, TokenRole[] roles,
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
                value = NameTokenizer.ORDINAL.matcher(t).matches() ? t.replaceAll("\\D", "") : t;
                value = stripZeros(value);
            } else if (!words.get(i).syllable() && !words.get(i).abjad()) {
                NameKnowledge.NumberWord w = knowledge.number(t);
                if (w != null && (context != NameContext.PERSON)) {
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
                } else if (context != NameContext.PERSON && isRoman(t, i, n, named, roles)) {
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
        boolean forename = role == TokenRole.WORD && (nicknames.length > 0 || knowledge.isGivenName(canon, abjad)
                || knowledge.isCommonNameWord(canon));
        ChineseRomanisation.Readings chinese = role == TokenRole.WORD && !abjad && !syllable
                ? knowledge.chineseReadings(text) : null;
        NameToken t = new NameToken(text, canon, skeleton, role, weight, abjad, syllable, groups, family, sonOf,
                nicknames, writtenAs, forename, chinese);
        if (key != null) {
            interned.put(key, t);
        }
        return t;
    }
}
