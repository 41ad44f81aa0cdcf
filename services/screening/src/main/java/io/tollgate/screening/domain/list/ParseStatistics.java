package io.tollgate.screening.domain.list;

import java.util.List;

/**
 * How a parse went, stored with each list version.
 *
 * @param recordsRead raw records read (rows, elements)
 * @param entities entities produced
 * @param names names produced (primary and aliases)
 * @param addresses addresses produced
 * @param identifiers identifiers produced
 * @param remarksTotal remarks fields seen (OFAC legacy CSV; 0 elsewhere)
 * @param remarksFullyParsed remarks whose every clause became a typed field or a recognised note
 * @param warnings how many recoverable oddities were seen
 * @param warningSamples up to 20 of them, with their location
 */
public record ParseStatistics(long recordsRead, long entities, long names, long addresses, long identifiers,
                              long remarksTotal, long remarksFullyParsed, long warnings,
                              List<String> warningSamples) {

    public ParseStatistics {
        warningSamples = List.copyOf(warningSamples);
    }
}
