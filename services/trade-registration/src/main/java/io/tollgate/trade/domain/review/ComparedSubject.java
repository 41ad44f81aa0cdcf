package io.tollgate.trade.domain.review;

import java.util.List;
import java.util.Optional;

/**
 * What was screened of a trade party (or of one of its declared owners), as registered: the side of the comparison
 * the clerk wrote.
 *
 * @param type person, organization, vessel or aircraft
 * @param birthDate {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} as given
 * @param identifiers type (BIC, IMO, TAX_ID …) and value
 * @param owners the declared owners' names
 */
public record ComparedSubject(String name, String type, Optional<String> birthDate, Optional<String> country,
                              List<ListedRecord.Identifier> identifiers, List<String> owners) {

    public ComparedSubject {
        identifiers = List.copyOf(identifiers);
        owners = List.copyOf(owners);
    }
}
