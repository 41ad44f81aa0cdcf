package io.tollgate.screening.domain.matching;

/** What kind of party a screening query is about; {@link #ANY} when the caller does not know. */
public enum QueryType {
    PERSON, ORGANIZATION, VESSEL, AIRCRAFT, ANY
}
