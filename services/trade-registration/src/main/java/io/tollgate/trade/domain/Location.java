package io.tollgate.trade.domain;

import java.util.Objects;
import java.util.Optional;

/** A place of origin or destination: ISO 3166 country and optional ISO 3166-2 subdivision (e.g. UA-43). */
public record Location(String country, Optional<String> subdivision) {

    public Location {
        Objects.requireNonNull(country, "country");
        subdivision = subdivision == null ? Optional.empty() : subdivision;
    }

    public static Location of(String country) {
        return new Location(country, Optional.empty());
    }

    public static Location of(String country, String subdivision) {
        return new Location(country, Optional.ofNullable(subdivision));
    }

    @Override
    public String toString() {
        return subdivision.map(s -> country + "/" + s).orElse(country);
    }
}
