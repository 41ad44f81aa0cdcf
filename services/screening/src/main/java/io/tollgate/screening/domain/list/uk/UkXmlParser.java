package io.tollgate.screening.domain.list.uk;

import io.tollgate.screening.domain.list.ListFiles;
import io.tollgate.screening.domain.list.ListFormatException;
import io.tollgate.screening.domain.list.ListParser;
import io.tollgate.screening.domain.list.ListedEntity;
import io.tollgate.screening.domain.list.ParsedList;
import io.tollgate.screening.domain.list.SourceRecordRef;
import io.tollgate.screening.domain.list.support.ListFileChooser;
import io.tollgate.screening.domain.list.support.ParseStatisticsBuilder;
import io.tollgate.screening.domain.list.support.XmlNode;
import io.tollgate.screening.domain.list.support.XmlRecordReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Parses the UK Sanctions List (FCDO) in its published XML layout: {@code <Designations>} of
 * {@code <Designation>} elements keyed by {@code <UniqueID>} (the source id). Repeating details are looked up
 * by element name anywhere inside the designation, so wrapper elements ({@code <PassportDetails>} or
 * {@code <PassportNumbers>}) may vary; a number and its additional information pair up inside one parent.
 */
public final class UkXmlParser implements ListParser {

    /** The format name recorded with each version. */
    public static final String FORMAT = "uk-xml";

    private static final String ROOT = "Designations";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean accepts(ListFiles files) throws IOException {
        return ListFileChooser.first(files, UkXmlParser::looksLikeUkXml).isPresent();
    }

    private static boolean looksLikeUkXml(byte[] head) {
        return XmlRecordReader.root(head).map(r -> ROOT.equals(r[1])).orElse(false);
    }

    @Override
    public ParsedList parse(String source, ListFiles files) throws ListFormatException {
        String file = ListFileChooser.choose(files, UkXmlParser::looksLikeUkXml, "a UK Sanctions List XML");
        ParseStatisticsBuilder stats = new ParseStatisticsBuilder();
        List<ListedEntity> entities = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (InputStream in = files.open(file); XmlRecordReader reader = new XmlRecordReader(file, in)) {
            if (!ROOT.equals(reader.rootName())) {
                throw new ListFormatException("root element is <" + reader.rootName() + ">, expected <" + ROOT
                        + ">: not a UK Sanctions List XML", file + " line 1");
            }
            Optional<XmlNode> next;
            while ((next = reader.next(Set.of("Designation"))).isPresent()) {
                stats.recordRead();
                XmlNode d = next.get();
                String id = d.childText("UniqueID");
                String location = file + " line " + d.line() + " Designation[UniqueID=" + (id == null ? "?" : id) + "]";
                if (id == null) {
                    throw new ListFormatException("Designation has no UniqueID", location);
                }
                if (!ids.add(id)) {
                    throw new ListFormatException("two designations share the UniqueID " + id, location);
                }
                UkDesignation u = new UkDesignation(source, id, new SourceRecordRef(file, d.line(),
                        "Designation[UniqueID=" + id + "]"), location, stats);
                map(u, d);
                if (!u.hasNames()) {
                    throw new ListFormatException("designation has no name", location);
                }
                entities.add(u.build());
            }
            reader.finish();
        } catch (IOException e) {
            throw new ListFormatException("cannot read the file: " + e.getMessage(), file, e);
        }
        return new ParsedList(FORMAT, entities, stats.build(entities));
    }

    private static void map(UkDesignation u, XmlNode d) {
        // the type first: names are split into given and family names only for individuals
        u.type(d.childText("IndividualEntityShip"));
        for (XmlNode n : d.descendants("Name")) {
            u.name(List.of(text(n, "Name1"), text(n, "Name2"), text(n, "Name3"), text(n, "Name4"), text(n, "Name5")),
                    n.childText("Name6"), n.childText("NameType"), n.childText("AliasStrength"));
        }
        d.descendants("NameNonLatinScript").forEach(n -> u.nonLatinName(n.value()));
        d.children("RegimeName").forEach(r -> u.regime(r.value()));
        u.otherInformation(d.childText("OtherInformation"));
        u.statementOfReasons(d.childText("UKStatementofReasons"));
        u.dateDesignated(d.childText("DateDesignated"));
        d.descendants("DOB").forEach(n -> u.dateOfBirth(n.value()));
        d.descendants("Nationality").forEach(n -> u.nationality(n.value()));
        d.descendants("Gender").forEach(n -> u.gender(n.value()));
        for (XmlNode birth : d.descendants("BirthDetails")) {
            for (XmlNode location : birth.descendants("Location")) {
                u.placeOfBirth(location.childText("TownOfBirth"), location.childText("CountryOfBirth"));
            }
        }
        for (XmlNode a : d.descendants("Address")) {
            List<String> lines = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                lines.add(a.childText("AddressLine" + i));
            }
            u.address(lines, a.childText("AddressPostalCode"), a.childText("AddressCountry"));
        }
        paired(d, "PassportNumber", "PassportAdditionalInformation", u::passport);
        paired(d, "NationalIdentifierNumber", "NationalIdentifierAdditionalInformation", u::nationalId);
        d.descendants("BusinessRegistrationNumber").forEach(n -> u.businessRegistration(n.value()));
        d.descendants("IMONumber").forEach(n -> u.imo(n.value()));
        d.descendants("HullIdentificationNumber").forEach(n -> u.hullIdentificationNumber(n.value()));
        d.descendants("CurrentOwnerOperator").forEach(n -> u.link("Current owner/operator", n.value()));
        d.descendants("PreviousOwnerOperator").forEach(n -> u.link("Previous owner/operator", n.value()));
        d.descendants("ParentCompany").forEach(n -> u.link("Parent company", n.value()));
        d.descendants("Subsidiary").forEach(n -> u.link("Subsidiary", n.value()));
    }

    /** Each element holding {@code number} children, its numbers paired by position with its notes. */
    private static void paired(XmlNode d, String number, String note, BiConsumer<String, String> sink) {
        List<XmlNode> parents = new ArrayList<>();
        collectParents(d, number, parents);
        for (XmlNode p : parents) {
            List<XmlNode> numbers = p.children(number);
            List<XmlNode> notes = p.children(note);
            for (int i = 0; i < numbers.size(); i++) {
                String n = i < notes.size() ? notes.get(i).value() : null;
                sink.accept(numbers.get(i).value(), n);
            }
        }
    }

    private static void collectParents(XmlNode node, String childName, List<XmlNode> out) {
        if (node.child(childName).isPresent()) {
            out.add(node);
        }
        node.children().forEach(c -> collectParents(c, childName, out));
    }

    private static String text(XmlNode n, String child) {
        String v = n.childText(child);
        return v == null ? "" : v;
    }
}
