package io.tollgate.screening.domain.list.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One XML element read into memory with its subtree: a single list record (an INDIVIDUAL, a sanctionEntity, a
 * Designation) at a time, so parsers can look around a record while memory stays bounded by the largest one.
 *
 * @param name the local name (namespaces ignored inside records)
 * @param attributes attributes by local name
 * @param text the element's own text, untrimmed
 * @param children child elements in document order
 * @param line the line the element starts on
 */
public record XmlNode(String name, Map<String, String> attributes, String text, List<XmlNode> children, int line) {

    public XmlNode {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    /** The first child with this name. */
    public Optional<XmlNode> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    /** All children with this name. */
    public List<XmlNode> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The cleaned text of the first child with this name, or null. */
    public String childText(String childName) {
        return child(childName).map(XmlNode::value).orElse(null);
    }

    /** This element's cleaned text, or null when blank. */
    public String value() {
        return Texts.clean(text);
    }

    /** A cleaned attribute, or null when absent or blank. */
    public String attr(String attribute) {
        return Texts.clean(attributes.get(attribute));
    }

    /** Every element with this name below this one, depth first. */
    public List<XmlNode> descendants(String descendantName) {
        List<XmlNode> out = new ArrayList<>();
        collect(descendantName, out);
        return out;
    }

    private void collect(String descendantName, List<XmlNode> out) {
        for (XmlNode c : children) {
            if (c.name.equals(descendantName)) {
                out.add(c);
            }
            c.collect(descendantName, out);
        }
    }
}
