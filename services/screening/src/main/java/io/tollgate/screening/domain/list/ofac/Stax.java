package io.tollgate.screening.domain.list.ofac;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Small StAX helpers for walking an element's children without building a tree. */
final class Stax {

    private Stax() {
    }

    /** Consumes one child element; must leave the reader on the child's end tag. */
    @FunctionalInterface
    interface ChildHandler {
        void child(String localName) throws XMLStreamException;
    }

    /** A factory that reads no DTDs and resolves no external entities: list files come from outside. */
    static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        // errors reach the caller as exceptions; the JDK's default reporter would also print them to stderr
        f.setXMLReporter((message, type, info, location) -> { });
        return f;
    }

    /** Calls the handler for each child element of the current element, returning on its end tag. */
    static void children(XMLStreamReader r, ChildHandler h) throws XMLStreamException {
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                h.child(r.getLocalName());
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                return;
            }
        }
        throw new XMLStreamException("unexpected end of document", r.getLocation());
    }

    /** The element's text, trimmed; null when empty. Leaves the reader on the end tag. */
    static String text(XMLStreamReader r) throws XMLStreamException {
        String t = r.getElementText().trim();
        return t.isEmpty() ? null : t;
    }

    /** Skips the current element and everything in it. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** An attribute of the current element by local name, or null. */
    static String attribute(XMLStreamReader r, String localName) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(localName)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }
}
