package io.tollgate.screening.domain.list.eu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tollgate.testsupport.SharedData;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the whole EU consolidated list of 1 May 2026, which {@code ../shared/lists/eu-2026-05-01-derived/} holds as
 * one JSON object per {@code sanctionEntity} (the official XML's attributes and elements mapped 1:1 to snake_case
 * keys), back out in the official FSF XML layout ({@code export/sanctionEntity}, namespace
 * {@value EuFsfXmlParser#NAMESPACE}), so that tests and benchmarks import the full list through the real parser.
 * Scalars become attributes in camelCase; lists become repeated child elements; {@code remark} and a regulation's
 * {@code publication_url} become child elements, as in the official file.
 */
public final class EuDerivedListWriter {

    /** The derived file under {@code ../shared}. */
    public static final String DERIVED = "lists/eu-2026-05-01-derived/eu_fsf_entities_2026-05-01_DERIVED.jsonl.gz";

    private static final Map<String, String> ELEMENTS = Map.of("regulations", "regulation", "name_aliases", "nameAlias",
            "citizenships", "citizenship", "birthdates", "birthdate", "addresses", "address",
            "identifications", "identification", "regulation_summaries", "regulationSummary");

    private EuDerivedListWriter() {
    }

    /** The whole list as the bytes of an official-layout XML export. */
    public static byte[] officialXml() {
        ObjectMapper json = new ObjectMapper();
        ByteArrayOutputStream out = new ByteArrayOutputStream(40 << 20);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(SharedData.file(DERIVED))), StandardCharsets.UTF_8))) {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("export");
            w.writeDefaultNamespace(EuFsfXmlParser.NAMESPACE);
            w.writeAttribute("generationDate", "2026-05-01T08:25:35Z");
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    w.writeCharacters("\n");
                    element(w, "sanctionEntity", json.readTree(line));
                }
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter w, String name, JsonNode node) throws XMLStreamException {
        w.writeStartElement(name);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode v = f.getValue();
            if (v.isValueNode() && !f.getKey().startsWith("_") && !isChildText(name, f.getKey())) {
                w.writeAttribute(camel(f.getKey()), v.asText());
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode v = f.getValue();
            if (v.isValueNode() && isChildText(name, f.getKey())) {
                w.writeStartElement(camel(f.getKey()));
                w.writeCharacters(v.asText());
                w.writeEndElement();
            } else if (v.isObject()) {
                element(w, camel(f.getKey()), v);
            } else if (v.isArray()) {
                String child = ELEMENTS.getOrDefault(f.getKey(), camel(f.getKey()));
                for (JsonNode item : v) {
                    element(w, child, item);
                }
            }
        }
        w.writeEndElement();
    }

    private static boolean isChildText(String element, String key) {
        return key.equals("remark") || (element.equals("regulation") && key.equals("publication_url"));
    }

    private static String camel(String snake) {
        StringBuilder sb = new StringBuilder(snake.length());
        boolean up = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.toString();
    }
}
