package io.tollgate.screening.domain.matching;

/** What a word does inside a name; the role decides how much the word weighs in a match. */
enum TokenRole {
    /** A given or family name, or a distinctive word of an organisation or vessel name. */
    WORD(1.0f),
    /** A patronymic (Vladimirovich): often left out, so it weighs less. */
    PATRONYMIC(0.35f),
    /** A generic organisation word (BANK, GROUP, TRADING): alone it never carries a match. */
    GENERIC(0.35f),
    /** An article or preposition inside a name (al, de, van) or a son-of word (bin, ibn). */
    PARTICLE(0.25f),
    /** A religious or honorific element often written as part of a name (haji, mullah, sayyid). */
    TITLE(0.3f),
    /** A connecting word (of, the, and). */
    STOP(0.1f),
    /** A legal form (LLC, JSC, GmbH), compared by meaning. */
    LEGAL(0.15f),
    /** A single letter standing for a word (V. Putin). */
    INITIAL(0.5f),
    /** A number (Sea Star 1, Brigade 44, Fund IV): numbers must agree. */
    NUMBER(0.4f);

    final float weight;

    TokenRole(float weight) {
        this.weight = weight;
    }
}
