package io.tollgate.screening.domain.matching;

import java.util.ArrayList;
import java.util.List;

/** A screening query with its name normalised, its type inferred and its identifiers prepared. */
final class PreparedQuery {

    final ScreeningQuery query;
    final NameForm[] forms;
    /** The declared type, or for ANY the type the name suggests (ANY when it suggests nothing). */
    final QueryType inferredType;
    final List<PreparedIdentifier> identifiers;
    /** Invisible, bidirectional or confusable characters the name hid behind (empty for an ordinary name). */
    final List<String> evasion;
    /** Every reading of the name is a common personal name (see {@link NameForm#commonOnly}). */
    final boolean commonOnly;
    private NormalizedQuery normalized;

    PreparedQuery(ScreeningQuery query, NameNormalizer normalizer) {
        this.query = query;
        NameContext context = switch (query.type()) {
            case PERSON -> NameContext.PERSON;
            case ORGANIZATION, VESSEL, AIRCRAFT -> NameContext.ORGANIZATION;
            case ANY -> NameContext.OTHER;
        };
        this.forms = normalizer.forms(query.name(), context).toArray(NameForm[]::new);
        this.evasion = VisibleName.of(query.name()).evasion();
        boolean common = forms.length > 0;
        for (NameForm f : forms) {
            common &= f.commonOnly;
        }
        this.commonOnly = common;
        QueryType inferred = query.type();
        if (inferred == QueryType.ANY) {
            boolean org = false;
            boolean person = false;
            for (NameForm f : forms) {
                org |= f.orgLike;
                person |= f.personLike;
            }
            inferred = org ? QueryType.ORGANIZATION : person ? QueryType.PERSON : QueryType.ANY;
        }
        this.inferredType = inferred;
        List<PreparedIdentifier> ids = new ArrayList<>();
        for (QueryIdentifier id : query.identifiers()) {
            PreparedIdentifier p = PreparedIdentifier.of(id);
            if (p.usable()) {
                ids.add(p);
            }
        }
        this.identifiers = List.copyOf(ids);
    }

    /** The query as the matcher read it, for audit (built on demand: searches rarely need it). */
    NormalizedQuery normalized() {
        if (normalized == null) {
            List<String> names = new ArrayList<>();
            for (NameForm f : forms) {
                names.add(f.normalized);
            }
            List<String> ids = new ArrayList<>();
            for (PreparedIdentifier id : identifiers) {
                ids.add(id.value());
            }
            normalized = new NormalizedQuery(query.name(), names, query.type(), inferredType, query.birthDate(),
                    query.countries(), ids, query.gender(), evasion);
        }
        return normalized;
    }
}
