package io.tollgate.screening.domain.list.support;

import io.tollgate.screening.domain.list.ListFormatException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams an XML list file record by record with StAX: finds the root, then hands out each record element as a
 * small {@link XmlNode} tree. DTDs and external entities are refused (a list file never needs them, and they are
 * the usual XML attack). A file that is cut short or not well-formed fails with its line and column.
 */
public final class XmlRecordReader implements AutoCloseable {

    private static final XMLInputFactory FACTORY = newFactory();
    /** A record deeper than this is not a list record but an attack or a broken file. */
    private static final int MAX_DEPTH = 64;

    private final String file;
    private final XMLStreamReader reader;
    private final String rootName;
    private final String rootNamespace;

    /** Opens the stream and reads up to the root element. */
    public XmlRecordReader(String file, InputStream in) throws ListFormatException {
        this.file = file;
        try {
            this.reader = FACTORY.createXMLStreamReader(in);
            while (reader.hasNext() && reader.next() != XMLStreamConstants.START_ELEMENT) {
                // skip the prolog: declaration, comments, white space
            }
            if (!reader.isStartElement()) {
                throw new ListFormatException("the file holds no XML element", file + " line 1");
            }
            this.rootName = reader.getLocalName();
            this.rootNamespace = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
        } catch (XMLStreamException e) {
            throw failure(file, e);
        }
    }

    /** The root element's local name. */
    public String rootName() {
        return rootName;
    }

    /** The root element's namespace URI, or "" when it has none. */
    public String rootNamespace() {
        return rootNamespace;
    }

    /** Where the reader is, for messages: {@code file line L column C}. */
    public String location() {
        return where(file, reader.getLocation());
    }

    /** The next element named one of {@code names}, at any depth, with its subtree; empty at the end of the file. */
    public Optional<XmlNode> next(Set<String> names) throws ListFormatException {
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT && names.contains(reader.getLocalName())) {
                    return Optional.of(readElement(0));
                }
            }
            return Optional.empty();
        } catch (XMLStreamException e) {
            throw failure(file, e);
        }
    }

    private XmlNode readElement(int depth) throws XMLStreamException, ListFormatException {
        if (depth > MAX_DEPTH) {
            throw new ListFormatException("elements nested deeper than " + MAX_DEPTH, location());
        }
        String name = reader.getLocalName();
        int line = reader.getLocation().getLineNumber();
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        StringBuilder text = new StringBuilder();
        List<XmlNode> children = new ArrayList<>();
        while (true) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> children.add(readElement(depth + 1));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(reader.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return new XmlNode(name, attributes, text.toString(), children, line);
                }
                case XMLStreamConstants.END_DOCUMENT ->
                        throw new ListFormatException("the file ends inside <" + name + ">", location());
                default -> {
                    // comments and processing instructions carry no list data
                }
            }
        }
    }

    /** Reads the rest of the file so that a file cut short after its last record is still caught. */
    public void finish() throws ListFormatException {
        try {
            while (reader.hasNext()) {
                reader.next();
            }
        } catch (XMLStreamException e) {
            throw failure(file, e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // closing a reader we are done with cannot lose data
        }
    }

    /** The root element (namespace URI and local name) of an XML head, if it is well-formed up to there. */
    public static Optional<String[]> root(byte[] head) {
        try {
            XMLStreamReader r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(head));
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT) {
                        String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
                        return Optional.of(new String[] {ns, r.getLocalName()});
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            // not XML, or not XML up to the root: not ours
        }
        return Optional.empty();
    }

    private static ListFormatException failure(String file, XMLStreamException e) {
        String message = e.getMessage() == null ? "not well-formed XML" : e.getMessage();
        // StAX prefixes "ParseError at [row,col]:[l,c]\nMessage: "; keep only the message, the location is separate
        int at = message.indexOf("Message: ");
        if (at >= 0) {
            message = message.substring(at + "Message: ".length());
        }
        return new ListFormatException("not well-formed XML: " + message.trim(), where(file, e.getLocation()), e);
    }

    private static String where(String file, Location l) {
        if (l == null || l.getLineNumber() < 0) {
            return file;
        }
        return file + " line " + l.getLineNumber() + " column " + l.getColumnNumber();
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        // errors surface as exceptions with their location; the default reporter would also print them
        f.setXMLReporter((message, type, info, location) -> { });
        return f;
    }
}
