package io.tollgate.screening.rest.pages;

/** What was typed into the search form, echoed back into it. */
public record SearchForm(String name, String type, String birthDate, String countries, String identifiers) {

    static SearchForm empty() {
        return new SearchForm("", "any", "", "", "");
    }

    /** Whether the option is the chosen type. */
    public boolean is(String option) {
        return option.equals(type == null || type.isBlank() ? "any" : type);
    }
}
