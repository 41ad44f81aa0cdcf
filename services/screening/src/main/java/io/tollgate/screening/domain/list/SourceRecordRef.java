package io.tollgate.screening.domain.list;

/**
 * Where in the published file an entity came from, so an analyst can find the raw record.
 *
 * @param file the file name inside the publication (e.g. {@code sdn.csv})
 * @param line the 1-based line (CSV/text) or 0 when not line-based
 * @param element the XML element or record key (e.g. {@code INDIVIDUAL[DATAID=6908555]}), or null
 */
public record SourceRecordRef(String file, long line, String element) {
}
