package io.tollgate.screening.domain.list;

/** Whether a name identifies the entity well (strong) or is a weak/low-quality alias that should count less. */
public enum NameQuality {
    STRONG, WEAK
}
