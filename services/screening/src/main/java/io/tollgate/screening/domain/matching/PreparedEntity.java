package io.tollgate.screening.domain.matching;

import io.tollgate.screening.domain.list.Address;
import io.tollgate.screening.domain.list.BirthDate;
import io.tollgate.screening.domain.list.EntityType;
import io.tollgate.screening.domain.list.Identifier;
import io.tollgate.screening.domain.list.ListedEntity;
import io.tollgate.screening.domain.list.ListedName;
import io.tollgate.screening.domain.list.NameQuality;
import io.tollgate.screening.domain.list.Place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** A listed entity with its names normalised and its evidence reduced to the forms scoring compares. */
final class PreparedEntity {

    final IndexedEntity indexed;
    final NameForm[] forms;
    /** For each form, the index of the listed name it was read from. */
    final int[] formName;
    final boolean[] weak;
    /** The declared type, or for UNKNOWN what the names suggest (OFAC leaves organisations untyped). */
    final EntityType type;
    final String[] countries;
    final List<BirthDate> birthDates;
    /** Birth dates as {from year, from month, from day, to year, approximate(0/1)} for fast comparison. */
    final int[][] birthDateParts;
    final String gender;
    final PreparedIdentifier[] identifiers;

    private PreparedEntity(IndexedEntity indexed, NameForm[] forms, int[] formName, boolean[] weak, EntityType type,
                           String[] countries, String gender, PreparedIdentifier[] identifiers) {
        this.indexed = indexed;
        this.forms = forms;
        this.formName = formName;
        this.weak = weak;
        this.type = type;
        this.countries = countries;
        this.birthDates = indexed.entity().birthDates();
        this.birthDateParts = new int[birthDates.size()][];
        for (int i = 0; i < birthDateParts.length; i++) {
            BirthDate d = birthDates.get(i);
            birthDateParts[i] = new int[]{d.from().year(), d.from().month(), d.from().day(), d.to().year(),
                    d.approximate() ? 1 : 0, d.isRange() ? 1 : 0};
        }
        this.gender = gender;
        this.identifiers = identifiers;
    }

    static PreparedEntity of(IndexedEntity indexed, NameNormalizer normalizer) {
        ListedEntity e = indexed.entity();
        NameContext context = switch (e.type()) {
            case PERSON -> NameContext.PERSON;
            case ORGANIZATION, VESSEL, AIRCRAFT -> NameContext.ORGANIZATION;
            case UNKNOWN -> NameContext.OTHER;
        };
        List<NameForm> forms = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        List<Boolean> weak = new ArrayList<>();
        boolean orgLike = false;
        List<String> seen = new ArrayList<>();
        for (int k = 0; k < e.names().size(); k++) {
            ListedName name = e.names().get(k);
            for (NameForm f : normalizer.forms(name.full(), context)) {
                boolean isWeak = name.quality() == NameQuality.WEAK;
                int dup = seen.indexOf(f.normalized);
                if (dup >= 0) {
                    if (weak.get(dup) && !isWeak) {
                        // the same name listed strong as well: keep the strong reading
                        weak.set(dup, false);
                    }
                    continue;
                }
                seen.add(f.normalized);
                forms.add(f);
                owner.add(k);
                weak.add(isWeak);
                orgLike |= f.orgLike;
            }
        }
        EntityType type = e.type() == EntityType.UNKNOWN && orgLike ? EntityType.ORGANIZATION : e.type();
        TreeSet<String> countries = new TreeSet<>();
        e.nationalities().forEach(c -> addCountry(countries, c));
        e.citizenships().forEach(c -> addCountry(countries, c));
        for (Address a : e.addresses()) {
            addCountry(countries, a.countryCode());
        }
        for (Place p : e.placesOfBirth()) {
            addCountry(countries, p.country());
        }
        List<PreparedIdentifier> ids = new ArrayList<>();
        for (Identifier id : e.identifiers()) {
            PreparedIdentifier p = PreparedIdentifier.of(id);
            if (p.usable()) {
                ids.add(p);
            }
        }
        boolean[] weakArr = new boolean[weak.size()];
        int[] ownerArr = new int[owner.size()];
        for (int i = 0; i < weakArr.length; i++) {
            weakArr[i] = weak.get(i);
            ownerArr[i] = owner.get(i);
        }
        String gender = e.gender() == null ? null : e.gender().toLowerCase(Locale.ROOT);
        return new PreparedEntity(indexed, forms.toArray(NameForm[]::new), ownerArr, weakArr, type,
                countries.toArray(String[]::new), gender, ids.toArray(PreparedIdentifier[]::new));
    }

    private static void addCountry(TreeSet<String> into, String code) {
        if (code != null && code.length() == 2) {
            into.add(code.toUpperCase(Locale.ROOT));
        }
    }

    /** The published name a form was read from. */
    String publishedName(int form) {
        return indexed.entity().names().get(formName[form]).full();
    }
}
