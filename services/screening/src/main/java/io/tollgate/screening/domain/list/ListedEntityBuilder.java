package io.tollgate.screening.domain.list;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Accumulates one entity's fields while a parser streams through its records; {@link #build()} makes it immutable. */
public final class ListedEntityBuilder {

    private final String source;
    private final String sourceId;
    private EntityType type = EntityType.UNKNOWN;
    private final List<ListedName> names = new ArrayList<>();
    private final Set<BirthDate> birthDates = new LinkedHashSet<>();
    private final Set<Place> placesOfBirth = new LinkedHashSet<>();
    private final Set<String> nationalities = new LinkedHashSet<>();
    private final Set<String> citizenships = new LinkedHashSet<>();
    private String gender;
    private final List<Address> addresses = new ArrayList<>();
    private final Set<Identifier> identifiers = new LinkedHashSet<>();
    private final Set<String> programs = new LinkedHashSet<>();
    private PartialDate listedOn;
    private String remarks;
    private final List<EntityLink> links = new ArrayList<>();
    private SourceRecordRef sourceRecord;

    public ListedEntityBuilder(String source, String sourceId) {
        this.source = source;
        this.sourceId = sourceId;
    }

    public String sourceId() {
        return sourceId;
    }

    public EntityType type() {
        return type;
    }

    public ListedEntityBuilder type(EntityType t) {
        this.type = t;
        return this;
    }

    /** Adds a name unless the same full name with the same kind is already there; a primary name goes first. */
    public ListedEntityBuilder name(ListedName n) {
        if (n == null || n.full() == null || n.full().isBlank()) {
            return this;
        }
        boolean dup = names.stream().anyMatch(x -> x.full().equalsIgnoreCase(n.full()) && x.kind() == n.kind());
        if (!dup) {
            if (n.kind() == NameKind.PRIMARY) {
                int firstNonPrimary = 0;
                while (firstNonPrimary < names.size() && names.get(firstNonPrimary).kind() == NameKind.PRIMARY) {
                    firstNonPrimary++;
                }
                names.add(firstNonPrimary, n);
            } else {
                names.add(n);
            }
        }
        return this;
    }

    public boolean hasNames() {
        return !names.isEmpty();
    }

    public ListedEntityBuilder birthDate(BirthDate d) {
        if (d != null) {
            birthDates.add(d);
        }
        return this;
    }

    public ListedEntityBuilder placeOfBirth(Place p) {
        if (p != null && p.text() != null && !p.text().isBlank()) {
            placesOfBirth.add(p);
        }
        return this;
    }

    public ListedEntityBuilder nationality(String n) {
        if (n != null && !n.isBlank()) {
            nationalities.add(n);
        }
        return this;
    }

    public ListedEntityBuilder citizenship(String c) {
        if (c != null && !c.isBlank()) {
            citizenships.add(c);
        }
        return this;
    }

    public ListedEntityBuilder gender(String g) {
        if (g != null && !g.isBlank()) {
            this.gender = g.toLowerCase(java.util.Locale.ROOT);
        }
        return this;
    }

    public ListedEntityBuilder address(Address a) {
        if (a != null && !addresses.contains(a)) {
            addresses.add(a);
        }
        return this;
    }

    public ListedEntityBuilder identifier(Identifier i) {
        if (i != null && i.value() != null && !i.value().isBlank()) {
            identifiers.add(i);
        }
        return this;
    }

    public ListedEntityBuilder program(String p) {
        if (p != null && !p.isBlank()) {
            programs.add(p.trim());
        }
        return this;
    }

    public ListedEntityBuilder listedOn(PartialDate d) {
        this.listedOn = d;
        return this;
    }

    public ListedEntityBuilder remarks(String r) {
        this.remarks = r == null || r.isBlank() ? null : r.trim();
        return this;
    }

    public String remarks() {
        return remarks;
    }

    public ListedEntityBuilder link(EntityLink l) {
        if (l != null && !links.contains(l)) {
            links.add(l);
        }
        return this;
    }

    public ListedEntityBuilder sourceRecord(SourceRecordRef r) {
        this.sourceRecord = r;
        return this;
    }

    public ListedEntity build() {
        return new ListedEntity(source, sourceId, type, names, List.copyOf(birthDates), List.copyOf(placesOfBirth),
                List.copyOf(nationalities), List.copyOf(citizenships), gender, addresses, List.copyOf(identifiers),
                List.copyOf(programs), listedOn, remarks, links, sourceRecord);
    }
}
