package io.tollgate.reporting.domain;

import io.tollgate.platform.data.Sha256;
import io.tollgate.reporting.domain.fx.RateSourceUsed;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A produced report with its stamp: what was asked (parameters, defaults included), the data cut-off (nothing
 * registered, decided or imported after it is in the report), the list versions in force then, the row count and
 * the sha256 of the content's canonical CSV ({@link ReportTable#toCsv()}).
 *
 * @param notes what the reader must know to read the figures right (e.g. trades left unconverted for lack of a rate);
 *              part of the stamp, not of the hashed content
 * @param rateSources every currency the report converted, with the sources and route of the rates it used (empty for
 *                    reports that convert nothing); part of the stamp
 * @param csv the canonical CSV of the content
 * @param sha256 the sha256 (hex) of {@code csv} in UTF-8
 */
public record Report(ReportName name, Map<String, String> parameters, Instant dataCutoff,
                     List<ListVersionInForce> listVersions, ReportTable table, List<String> notes,
                     List<RateSourceUsed> rateSources, String csv, String sha256) {

    public Report {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        listVersions = List.copyOf(listVersions);
        notes = List.copyOf(notes);
        rateSources = List.copyOf(rateSources);
    }

    /** A report of {@code table}, its CSV and hash computed once. */
    public static Report of(ReportName name, Map<String, String> parameters, Instant dataCutoff,
                            List<ListVersionInForce> listVersions, ReportTable table, List<String> notes,
                            List<RateSourceUsed> rateSources) {
        String csv = table.toCsv();
        int neutralised = table.neutralisedCells();
        if (neutralised > 0) {
            notes = new java.util.ArrayList<>(notes);
            notes.add(neutralised + " text cell(s) begin with =, +, -, @, a tab or a carriage return; the CSV writes "
                    + "them with an apostrophe in front so that a spreadsheet shows them as text and never runs them "
                    + "as formulas (the JSON keeps the values as stored)");
        }
        return new Report(name, parameters, dataCutoff, listVersions, table, notes, rateSources, csv, Sha256.hex(csv));
    }

    /** Rows in the content. */
    public int rowCount() {
        return table.rows().size();
    }

}
