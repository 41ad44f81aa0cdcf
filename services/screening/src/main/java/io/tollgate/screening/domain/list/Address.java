package io.tollgate.screening.domain.list;

/**
 * A postal address of a listed entity. Any part may be null.
 *
 * @param street street lines
 * @param city city or town
 * @param region state, province, oblast or other region
 * @param postalCode postal code
 * @param country the country as published
 * @param countryCode ISO 3166 alpha-2 of the country, or null when it cannot be told
 */
public record Address(String street, String city, String region, String postalCode, String country,
                      String countryCode) {
}
