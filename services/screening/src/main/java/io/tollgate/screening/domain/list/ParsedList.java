package io.tollgate.screening.domain.list;

import java.util.List;

/**
 * A whole publication parsed into the internal model.
 *
 * @param format the parser's format name
 * @param entities every entity, in publication order, unique by source id
 * @param statistics how the parse went
 */
public record ParsedList(String format, List<ListedEntity> entities, ParseStatistics statistics) {
}
