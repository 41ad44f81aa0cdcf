package io.tollgate.screening.domain.list.ofac;

import io.tollgate.screening.domain.list.ListFiles;
import io.tollgate.screening.domain.list.ListFormatException;
import io.tollgate.screening.domain.list.ListParser;
import io.tollgate.screening.domain.list.ListedEntity;
import io.tollgate.screening.domain.list.ParseStatistics;
import io.tollgate.screening.domain.list.ParsedList;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses OFAC's "enhanced" XML ({@code SDN_ENHANCED.XML}, {@code CONS_ENHANCED.XML}) with StAX, one entity at a
 * time. Reference values (country ISO codes) precede the entities in the file and are read first.
 */
public final class OfacEnhancedXmlParser implements ListParser {

    public static final String FORMAT = "ofac-enhanced-xml";

    private static final String ROOT = "sanctionsData";
    private static final String NAMESPACE_MARK = "ENHANCED_XML";
    private static final List<String> PREFERRED_FILES = List.of("SDN_ENHANCED.XML", "CONS_ENHANCED.XML");

    private final RemarkLabels labels = RemarkLabels.standard();
    private final CountryLookup countries = new CountryLookup();

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean accepts(ListFiles files) throws IOException {
        Optional<String> file = xmlFile(files);
        if (file.isEmpty()) {
            return false;
        }
        try (Reader in = TextEncoding.reader(files.open(file.get()), StandardCharsets.UTF_8)) {
            XMLStreamReader r = Stax.factory().createXMLStreamReader(in);
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT) {
                        return isEnhancedRoot(r);
                    }
                }
                return false;
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            return false;
        }
    }

    @Override
    public ParsedList parse(String source, ListFiles files) throws ListFormatException {
        String file = xmlFile(files).orElseThrow(() -> new ListFormatException(
                "no OFAC enhanced XML file in the publication (files: " + files.names() + ")", "publication"));
        Warnings warnings = new Warnings();
        EnhancedEntityReader reader = new EnhancedEntityReader(labels, countries, source, file, warnings);
        List<ListedEntity> entities = new ArrayList<>();
        // OFAC publishes this format in UTF-8 only; a reader (rather than a byte stream) also keeps the JDK parser
        // from printing encoding errors to stderr on garbage input
        try (Reader in = TextEncoding.reader(files.open(file), StandardCharsets.UTF_8)) {
            XMLStreamReader r = Stax.factory().createXMLStreamReader(in);
            try {
                boolean rootSeen = false;
                while (r.hasNext()) {
                    int e = r.next();
                    if (e != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if (!rootSeen) {
                        if (!isEnhancedRoot(r)) {
                            throw new ListFormatException(file + " is not OFAC enhanced XML: root element is "
                                    + r.getName(), location(file, r.getLocation()));
                        }
                        rootSeen = true;
                        continue;
                    }
                    switch (r.getLocalName()) {
                        case "referenceValue" -> referenceValue(r, reader);
                        case "entity" -> entities.add(reader.entity(r));
                        default -> {
                            // containers (referenceValues, entities) are descended into; other sections are skipped
                            if (!r.getLocalName().equals("referenceValues") && !r.getLocalName().equals("entities")) {
                                Stax.skip(r);
                            }
                        }
                    }
                }
                if (!rootSeen) {
                    throw new ListFormatException(file + " holds no XML element", file);
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new ListFormatException(file + " is malformed or truncated: " + e.getMessage(),
                    location(file, e.getLocation()), e);
        } catch (IOException e) {
            throw new ListFormatException("cannot read " + file + ": " + e.getMessage(), file, e);
        }
        if (entities.isEmpty()) {
            throw new ListFormatException(file + " holds no entities", file);
        }
        long names = entities.stream().mapToLong(x -> x.names().size()).sum();
        long addresses = entities.stream().mapToLong(x -> x.addresses().size()).sum();
        long identifiers = entities.stream().mapToLong(x -> x.identifiers().size()).sum();
        ParseStatistics stats = new ParseStatistics(entities.size(), entities.size(), names, addresses, identifiers,
                0, 0, warnings.count(), warnings.samples());
        return new ParsedList(FORMAT, entities, stats);
    }

    private static void referenceValue(XMLStreamReader r, EnhancedEntityReader reader) throws XMLStreamException {
        String refId = Stax.attribute(r, "refId");
        String[] typeValueIso = new String[3];
        Stax.children(r, name -> {
            switch (name) {
                case "type" -> typeValueIso[0] = Stax.text(r);
                case "value" -> typeValueIso[1] = Stax.text(r);
                case "isoCode" -> typeValueIso[2] = Stax.text(r);
                default -> Stax.skip(r);
            }
        });
        if ("COUNTRY".equals(typeValueIso[0]) && refId != null && typeValueIso[2] != null
                && typeValueIso[2].length() == 2) {
            reader.countryReference(refId, typeValueIso[2]);
        }
    }

    private static boolean isEnhancedRoot(XMLStreamReader r) {
        String ns = r.getNamespaceURI();
        return ROOT.equals(r.getLocalName()) && ns != null && ns.toUpperCase(Locale.ROOT).contains(NAMESPACE_MARK);
    }

    private static Optional<String> xmlFile(ListFiles files) {
        for (String preferred : PREFERRED_FILES) {
            Optional<String> f = files.find(preferred);
            if (f.isPresent()) {
                return f;
            }
        }
        List<String> xml = files.names().stream().filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".xml")).toList();
        return xml.size() == 1 ? Optional.of(xml.get(0)) : Optional.empty();
    }

    static String location(String file, Location l) {
        return l == null ? file : file + " line " + l.getLineNumber() + " column " + l.getColumnNumber();
    }

}
