package io.tollgate.screening.domain.list;

/**
 * Turns one published list into the internal model. Implementations stream the input with bounded memory
 * beyond the entities themselves, and throw {@link ListFormatException} rather than return a partial list.
 */
public interface ListParser {

    /** A stable name for the format, recorded with each version (e.g. {@code ofac-legacy-csv}). */
    String format();

    /** Whether these files look like this parser's format (by content, not by name alone). */
    boolean accepts(ListFiles files) throws java.io.IOException;

    /** Parses the whole publication for the given source id. */
    ParsedList parse(String source, ListFiles files) throws ListFormatException;
}
