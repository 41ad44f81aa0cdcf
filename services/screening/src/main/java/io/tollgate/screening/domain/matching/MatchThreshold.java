package io.tollgate.screening.domain.matching;

/**
 * The calibrated alert threshold. Scores are built so that {@link #DEFAULT} means the same for persons,
 * organizations and vessels: at 0.80 a name matches when it agrees with the listed name word for word up to
 * spelling variants, transliteration, equivalent given names, initials or a typo or two — and does not when
 * a distinctive word, a number or the party type disagrees. Secondary evidence (birth date, country,
 * gender, identifiers) moves a borderline name across the threshold in either direction.
 */
public final class MatchThreshold {

    /** The default alert threshold. */
    public static final double DEFAULT = 0.80;

    private MatchThreshold() {
    }
}
