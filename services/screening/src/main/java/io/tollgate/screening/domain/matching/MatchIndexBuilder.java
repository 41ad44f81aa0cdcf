package io.tollgate.screening.domain.matching;

import static io.tollgate.screening.domain.matching.IndexKeys.ABJAD_SKELETON;
import static io.tollgate.screening.domain.matching.IndexKeys.BY_EAR;
import static io.tollgate.screening.domain.matching.IndexKeys.DELETION;
import static io.tollgate.screening.domain.matching.IndexKeys.GROUP;
import static io.tollgate.screening.domain.matching.IndexKeys.NICKNAME;
import static io.tollgate.screening.domain.matching.IndexKeys.SKELETON;
import static io.tollgate.screening.domain.matching.IndexKeys.SPLIT_MIN_LENGTH;
import static io.tollgate.screening.domain.matching.IndexKeys.SPLIT_MIN_PART;
import static io.tollgate.screening.domain.matching.IndexKeys.SYLLABLE;
import static io.tollgate.screening.domain.matching.IndexKeys.WORD;
import static io.tollgate.screening.domain.matching.IndexKeys.joinable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds a {@link MatchIndex}: prepares every listed entity's names and files each name under its keys (canonical
 * words, equivalence and nickname groups, one-deletion neighbours, consonant skeletons and classes, syllable keys,
 * adjacent words joined, parts of long words, acronyms) and each entity under its identifiers.
 */
final class MatchIndexBuilder {

    private MatchIndexBuilder() {
    }

    /** Builds the index; entities without a usable name are still found by their identifiers. */
    static MatchIndex build(List<IndexedEntity> entities, NameKnowledge knowledge) {
        Objects.requireNonNull(knowledge, "knowledge");
        NameNormalizer normalizer = new NameNormalizer(knowledge, true);
        PreparedEntity[] prepared = new PreparedEntity[entities.size()];
        int formCount = 0;
        for (int i = 0; i < prepared.length; i++) {
            prepared[i] = PreparedEntity.of(entities.get(i), normalizer);
            formCount += prepared[i].forms.length;
        }
        int[] formEntity = new int[formCount];
        int[] formLocal = new int[formCount];
        float[] formWeight = new float[formCount];
        int[] formLetters = new int[formCount];
        KeyPostings.Builder kb = new KeyPostings.Builder();
        Map<String, List<Integer>> ids = new HashMap<>();
        int f = 0;
        StringBuilder sb = new StringBuilder();
        for (int e = 0; e < prepared.length; e++) {
            PreparedEntity pe = prepared[e];
            for (int k = 0; k < pe.forms.length; k++, f++) {
                formEntity[f] = e;
                formLocal[f] = k;
                formWeight[f] = pe.forms[k].totalWeight;
                formLetters[f] = IndexKeys.letters(pe.forms[k]);
                addKeys(kb, pe.forms[k], f, sb);
            }
            for (PreparedIdentifier id : pe.identifiers) {
                addId(ids, id.value(), e);
                if (id.bicLike()) {
                    addId(ids, "BIC8:" + id.value().substring(0, 8), e);
                }
            }
        }
        Map<String, int[]> frozenIds = new HashMap<>(ids.size() * 2);
        ids.forEach((k, v) -> frozenIds.put(k, v.stream().mapToInt(Integer::intValue).distinct().toArray()));
        return new MatchIndex(prepared, formEntity, formLocal, formWeight, formLetters, kb.build(), frozenIds, knowledge);
    }

    private static void addKeys(KeyPostings.Builder kb, NameForm form, int f, StringBuilder sb) {
        NameToken[] t = form.tokens;
        for (NameToken x : t) {
            if (x.role == TokenRole.NUMBER || x.role == TokenRole.LEGAL || x.role == TokenRole.INITIAL
                    || x.role == TokenRole.STOP) {
                continue;
            }
            kb.add(KeyPostings.hash(WORD, x.canon), f);
            for (int g : x.groups) {
                kb.add(KeyPostings.hash(GROUP, g), f);
            }
            for (int g : x.hypocorisms) {
                kb.add(KeyPostings.hash(NICKNAME, g >>> 1), f);
            }
            if (x.syllable && x.text.length() <= 7) {
                kb.add(KeyPostings.hash(SYLLABLE, TokenSimilarity.syllableKey(x.text)), f);
            }
            if (x.chinese != null && x.chinese.pinyin() != null) {
                kb.add(KeyPostings.hash(IndexKeys.PINYIN_READING, x.chinese.pinyin()), f);
            }
            if (x.chinese != null && x.chinese.wadeGiles() != null) {
                kb.add(KeyPostings.hash(IndexKeys.WADE_GILES_READING, x.chinese.wadeGiles()), f);
            }
            if (!x.syllable && !x.abjad && x.scriptSkeleton.length() >= TokenSimilarity.SCRIPT_SKELETON_MIN) {
                kb.add(KeyPostings.hash(BY_EAR, x.scriptSkeleton), f);
            }
            if (x.skeleton.length() >= 2) {
                kb.add(KeyPostings.hash(SKELETON, x.skeleton), f);
                if (x.abjad) {
                    kb.add(KeyPostings.hash(ABJAD_SKELETON, x.skeleton), f);
                }
            }
            String c = x.canon;
            if (!x.abjad && c.length() >= SPLIT_MIN_LENGTH + 2 && x.role != TokenRole.PARTICLE) {
                // a long listed word may be several words written as one (FridrichBuchenberg): its first
                // and last parts find it from a query that writes them apart
                for (int i = SPLIT_MIN_PART; i <= c.length() - SPLIT_MIN_PART; i++) {
                    kb.add(KeyPostings.hash(WORD, c.substring(0, i)), f);
                    kb.add(KeyPostings.hash(WORD, c.substring(i)), f);
                }
            }
            if (!x.abjad && c.length() >= 4 && x.role != TokenRole.PARTICLE) {
                for (int i = 0; i < c.length(); i++) {
                    if (i > 0 && c.charAt(i) == c.charAt(i - 1)) {
                        continue;
                    }
                    sb.setLength(0);
                    sb.append(c, 0, i).append(c, i + 1, c.length());
                    kb.add(KeyPostings.hash(DELETION, sb), f);
                }
            }
        }
        // adjacent words joined, so a query that writes them as one word finds them (SergeiLavrov)
        for (int i = 0; i + 1 < t.length; i++) {
            if (joinable(t[i]) && joinable(t[i + 1])) {
                sb.setLength(0);
                sb.append(t[i].abjad ? t[i].text : t[i].canon).append(t[i + 1].abjad ? t[i + 1].text : t[i + 1].canon);
                kb.add(KeyPostings.hash(WORD, SpellingRules.collapseDoubles(sb.toString())), f);
            }
        }
        if (form.acronym != null) {
            kb.add(KeyPostings.hash(WORD, form.acronym), f);
        }
    }

    private static void addId(Map<String, List<Integer>> ids, String value, int entity) {
        ids.computeIfAbsent(value, k -> new ArrayList<>(1)).add(entity);
    }

}
