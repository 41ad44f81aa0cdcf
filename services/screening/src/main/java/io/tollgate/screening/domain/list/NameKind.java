package io.tollgate.screening.domain.list;

/** The role a name plays for its entity. */
public enum NameKind {
    /** The name the source lists the entity under. */
    PRIMARY,
    /** An also-known-as. */
    ALIAS,
    /** A formerly-known-as. */
    FORMER,
    /** The name in its original, non-Latin script. */
    ORIGINAL_SCRIPT
}
