package io.tollgate.screening.domain.list;

/**
 * A relation the source states between a listed entity and another party.
 *
 * @param relation the relation as named by the source ("Linked To", "owned or controlled by", …)
 * @param targetName the other party's name as published
 * @param targetSourceId the other party's id in the same source, when the source gives it, else null
 */
public record EntityLink(String relation, String targetName, String targetSourceId) {
}
