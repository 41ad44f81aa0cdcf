package io.tollgate.screening.domain.list;

/**
 * A date of birth as a source gives it: a full, partial or year-only date, or a range ("1960 to 1962").
 *
 * @param from the date, or the start of the range
 * @param to the end of the range (equal to {@code from} for a single date)
 * @param approximate the source says "circa" / "approximately"
 */
public record BirthDate(PartialDate from, PartialDate to, boolean approximate) {

    public static BirthDate of(PartialDate date) {
        return new BirthDate(date, date, false);
    }

    public boolean isRange() {
        return !from.equals(to);
    }
}
