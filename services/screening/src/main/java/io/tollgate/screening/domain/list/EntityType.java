package io.tollgate.screening.domain.list;

/** What kind of thing a listed entity is. Sources that do not say are {@link #UNKNOWN}; OFAC's blank type means an organization. */
public enum EntityType {
    PERSON, ORGANIZATION, VESSEL, AIRCRAFT, UNKNOWN;

    /** Lower-case API spelling. */
    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
