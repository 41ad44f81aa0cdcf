package io.tollgate.screening.domain.list;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Chooses the parser for a publication: by the source it is imported for, then by what its content looks like. */
public final class ListParsers {

    private final Map<String, List<ListParser>> bySource;
    private final List<ListParser> custom;

    public ListParsers(Map<String, List<ListParser>> bySource, List<ListParser> custom) {
        this.bySource = Map.copyOf(bySource);
        this.custom = List.copyOf(custom);
    }

    /** The parsers that may read publications of this source, most specific first. */
    public List<ListParser> candidates(ListSource source) {
        return source.isCustom() ? custom : bySource.getOrDefault(source.id(), List.of());
    }

    /** The parser that accepts these files for the source. */
    public ListParser select(ListSource source, ListFiles files) throws ListFormatException {
        List<ListParser> candidates = candidates(source);
        for (ListParser p : candidates) {
            try {
                if (p.accepts(files)) {
                    return p;
                }
            } catch (IOException e) {
                throw new ListFormatException("the file cannot be read: " + e.getMessage(), firstName(files), e);
            }
        }
        String expected = candidates.stream().map(ListParser::format).collect(Collectors.joining(", "));
        throw new ListFormatException("not a recognised " + source.id() + " publication (expected " + expected + ")",
                firstName(files));
    }

    private static String firstName(ListFiles files) {
        return files.names().isEmpty() ? "(empty upload)" : files.names().get(0);
    }
}
