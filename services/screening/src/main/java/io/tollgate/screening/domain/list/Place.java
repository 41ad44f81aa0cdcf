package io.tollgate.screening.domain.list;

/**
 * A place (of birth) as free text with the country it lies in when known.
 *
 * @param text the place as published
 * @param country ISO 3166 alpha-2 of the country, or null when it cannot be told
 */
public record Place(String text, String country) {
}
