/**
 * The matching engine: pure domain code that scores screening queries against listed entities.
 *
 * <h2>How a name is read</h2>
 * {@code VisibleName} reads the name as it displays (invisible, bidirectional and look-alike characters seen through
 * and flagged). {@code NameNormalizer} (with {@code NameTokenizer}) transliterates each script run to Latin with the romanisation the lists use
 * (BGN/PCGN for Cyrillic, UNGEGN for Greek, Pinyin per syllable for Han, Revised Romanization per syllable
 * for Hangul, a Japanese name dictionary for kanji names, ICU's Any-Latin otherwise), folds to lower-case
 * ASCII, splits words, drops leading honorifics, recognises legal forms (as phrases, in any script),
 * numbers (digits, number words, Roman numerals in organisation names), particles, generic organisation
 * words and initials, and gives every word a canonical spelling (spelling rules), a consonant skeleton
 * (for Arabic, Hebrew, Thai and other scripts written without vowels) and its equivalence groups
 * (given names across languages, East Asian romanisations). All of this knowledge is data under
 * {@code matching/} on the class path ({@link io.tollgate.screening.domain.matching.NameKnowledge}).
 *
 * <h2>How a pair is scored</h2>
 * Words are aligned one to one regardless of order ({@code WordAlignment}) (exact, canonical spelling, equivalent name, initial,
 * skeleton, typo within a budget that grows with word length, words written together or apart). The name
 * score is the mean of the weighted share of each side that found a partner; generic words, particles and
 * legal forms weigh little when matched, and a match on them alone is capped at 0.5. Penalties mark a
 * different name: words that disagree on both sides, numbers that disagree, a parent's name (after bin/ibn)
 * in the place of the person's own. The entity score adds the party type (a person query against a vessel
 * or company), birth date, countries, gender and identifiers (an exact identifier lifts the score to 0.98
 * whatever the names). Every score is a sum of components clamped to [0,1] by a final {@code bounds}
 * component, so the {@link io.tollgate.screening.domain.matching.MatchExplanation} always adds up.
 * {@link io.tollgate.screening.domain.matching.MatchThreshold#DEFAULT} (0.80) is calibrated for persons,
 * organizations and vessels alike.
 *
 * <h2>How candidates are found</h2>
 * {@link io.tollgate.screening.domain.matching.MatchIndex} is built by {@code MatchIndexBuilder}, which keys every
 * listed name by canonical words, equivalence and nickname groups, one-deletion neighbours, consonant skeletons and
 * classes, syllable keys, adjacent words joined, parts of long words and acronyms, in primitive arrays
 * ({@code IndexKeys}, {@code KeyPostings}). {@code CandidateSearch} credits each name with the weight of the query
 * words it shares (each word once); the best names of the best entities, re-ranked by shared letters when many tie,
 * get the full score; entities found by an identifier are always scored.
 */
package io.tollgate.screening.domain.matching;
