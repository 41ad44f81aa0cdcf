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
    final NormalizedQuery normalized;

    PreparedQuery(ScreeningQuery query, NameNormalizer normalizer) {
        this.query = query;
        NameNormalizer.Context context = switch (query.type()) {
            case PERSON -> NameNormalizer.Context.PERSON;
            case ORGANIZATION, VESSEL, AIRCRAFT -> NameNormalizer.Context.ORGANIZATION;
            case ANY -> NameNormalizer.Context.OTHER;
        };
        this.forms = normalizer.forms(query.name(), context).toArray(NameForm[]::new);
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
        List<String> idValues = new ArrayList<>();
        for (QueryIdentifier id : query.identifiers()) {
            PreparedIdentifier p = PreparedIdentifier.of(id);
            if (p.usable()) {
                ids.add(p);
                idValues.add(p.value());
            }
        }
        this.identifiers = List.copyOf(ids);
        List<String> names = new ArrayList<>();
        for (NameForm f : forms) {
            names.add(f.normalized);
        }
        this.normalized = new NormalizedQuery(query.name(), names, query.type(), inferred, query.birthDate(),
                query.countries(), idValues, query.gender());
    }
}
