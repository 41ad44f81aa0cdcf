package io.tollgate.reporting.domain.fx;

import io.tollgate.reporting.domain.Violation;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The Bank of Russia's daily rates as it publishes them ({@code XML_daily.asp}, also the English variant): a root
 * {@code ValCurs Date="dd.mm.yyyy"} and one {@code Valute} per currency with {@code NumCode}, {@code CharCode},
 * {@code Nominal}, {@code Name} and {@code Value} — roubles per {@code Nominal} units, with a decimal comma — and, in
 * newer files, {@code VunitRate} (roubles per unit). Encoded as its declaration says (windows-1251 as published); a
 * file without a declaration is read as UTF-8, or as windows-1251 when it is not UTF-8. The rate stored is roubles per
 * one unit: {@code Value / Nominal}, exactly.
 */
public final class CbrDailyRates {

    /** The source name of the Bank of Russia's rates. */
    public static final String CBR = "CBR";
    /** The Bank of Russia quotes everything in roubles. */
    public static final String RUB = "RUB";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d{1,16}(,\\d{1,14})?");
    private static final Pattern NOMINAL = Pattern.compile("[1-9]\\d{0,8}");
    private static final Pattern DECLARED_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=");
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private CbrDailyRates() {
    }

    /** Whether a file looks like XML (its first non-blank character, after an optional byte-order mark, is '<'). */
    static boolean looksLikeXml(byte[] file) {
        int i = file.length >= 3 && (file[0] & 0xff) == 0xEF && (file[1] & 0xff) == 0xBB && (file[2] & 0xff) == 0xBF
                ? 3 : 0;
        while (i < file.length && Character.isWhitespace(file[i])) {
            i++;
        }
        return i < file.length && file[i] == '<';
    }

    /** Reads one day's file; every problem is collected with the line and element at fault. */
    static List<RateQuote> parse(byte[] file, List<Violation> problems) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // no DTD, no external entity: a rate file has no business with either
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<RateQuote> quotes = new ArrayList<>();
        XMLStreamReader xml = null;
        try {
            String head = new String(file, 0, Math.min(file.length, 200), StandardCharsets.ISO_8859_1);
            xml = DECLARED_ENCODING.matcher(head).find() || RateText.isUtf8(file)
                    ? factory.createXMLStreamReader(new ByteArrayInputStream(file))
                    : factory.createXMLStreamReader(new StringReader(new String(file, WINDOWS_1251)));
            read(xml, quotes, problems);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            problems.add(new Violation(line > 0 ? "line " + line : "file", "is not well-formed XML: "
                    + e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*",
                    "")));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing was written
                }
            }
        }
        return problems.isEmpty() ? quotes : List.of();
    }

    private static void read(XMLStreamReader xml, List<RateQuote> quotes, List<Violation> problems)
            throws XMLStreamException {
        while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
            // the prolog
        }
        String where = "line " + xml.getLocation().getLineNumber();
        if (!xml.isStartElement() || !"ValCurs".equals(xml.getLocalName())) {
            problems.add(new Violation(where, "the root element is " + (xml.isStartElement() ? "<"
                    + xml.getLocalName() + ">" : "missing") + ", expected the Bank of Russia's <ValCurs Date=\"dd.mm.yyyy\">"));
            return;
        }
        LocalDate date = null;
        String dateText = xml.getAttributeValue(null, "Date");
        try {
            date = LocalDate.parse(dateText == null ? "" : dateText.trim(), DATE);
        } catch (DateTimeParseException e) {
            problems.add(new Violation(where + ", ValCurs Date", "'" + dateText + "' is not a date dd.mm.yyyy"));
        }
        Map<String, String> seen = new HashMap<>();
        while (xml.hasNext() && problems.size() < RateValues.MAX_REPORTED) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "Valute".equals(xml.getLocalName())) {
                String valuteAt = "line " + xml.getLocation().getLineNumber() + ", Valute"
                        + (xml.getAttributeValue(null, "ID") == null ? "" : " " + xml.getAttributeValue(null, "ID"));
                Map<String, String> fields = children(xml);
                valute(date, valuteAt, fields, seen, quotes, problems);
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                skip(xml);
            }
        }
        if (problems.isEmpty() && quotes.isEmpty()) {
            problems.add(new Violation(where, "ValCurs holds no Valute"));
        }
    }

    private static void valute(LocalDate date, String at, Map<String, String> f, Map<String, String> seen,
                               List<RateQuote> quotes, List<Violation> problems) {
        String code = f.getOrDefault("CharCode", "").trim();
        String where = at + (code.isEmpty() ? "" : " (" + code + ")");
        int before = problems.size();
        if (!RateValues.CURRENCY.matcher(code).matches() || code.equals(RUB)) {
            problems.add(new Violation(where + ", CharCode", code.isEmpty() ? "is missing"
                    : "'" + code + "' is not an ISO 4217 code other than RUB"));
        } else if (seen.containsKey(code)) {
            problems.add(new Violation(where + ", CharCode", code + " appears twice (first at " + seen.get(code) + ")"));
        } else {
            seen.put(code, at);
        }
        String nominalText = f.getOrDefault("Nominal", "").trim();
        BigDecimal nominal = null;
        if (!NOMINAL.matcher(nominalText).matches()) {
            problems.add(new Violation(where + ", Nominal", nominalText.isEmpty() ? "is missing"
                    : "'" + nominalText + "' is not a positive whole number of units"));
        } else {
            nominal = new BigDecimal(nominalText);
        }
        BigDecimal value = decimalComma(f.get("Value"), where + ", Value", problems);
        BigDecimal unit = f.containsKey("VunitRate") ? decimalComma(f.get("VunitRate"), where + ", VunitRate",
                problems) : null;
        if (problems.size() > before || date == null) {
            return;
        }
        BigDecimal rate = perUnit(value, nominal);
        if (unit != null && rate.setScale(unit.scale(), RoundingMode.HALF_EVEN).compareTo(unit) != 0) {
            problems.add(new Violation(where + ", VunitRate", f.get("VunitRate").trim() + " is not Value / Nominal ("
                    + rate.toPlainString() + ")"));
            return;
        }
        RateValues.problem(rate, rate.toPlainString()).ifPresentOrElse(p -> problems.add(new Violation(where
                + ", Value", p)), () -> quotes.add(new RateQuote(date, CBR, code, RUB, rate)));
    }

    // roubles per unit: exact whenever the nominal is a power of ten, as the Bank of Russia's always are
    private static BigDecimal perUnit(BigDecimal value, BigDecimal nominal) {
        try {
            return value.divide(nominal).stripTrailingZeros();
        } catch (ArithmeticException inexact) {
            return value.divide(nominal, MathContext.DECIMAL64).setScale(RateValues.MAX_SCALE, RoundingMode.HALF_EVEN)
                    .stripTrailingZeros();
        }
    }

    private static BigDecimal decimalComma(String text, String where, List<Violation> problems) {
        String t = text == null ? "" : text.trim();
        if (!DECIMAL_COMMA.matcher(t).matches()) {
            problems.add(new Violation(where, t.isEmpty() ? "is missing" : "'" + t + "' is not a number with a "
                    + "decimal comma (e.g. 73,6059)"));
            return null;
        }
        return new BigDecimal(t.replace(',', '.'));
    }

    // the text of each child element of the current one (which it consumes)
    private static Map<String, String> children(XMLStreamReader xml) throws XMLStreamException {
        Map<String, String> fields = new LinkedHashMap<>();
        int depth = 1;
        String name = null;
        StringBuilder text = new StringBuilder();
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth == 2) {
                    name = xml.getLocalName();
                    text.setLength(0);
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (depth == 2) {
                    text.append(xml.getText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 2 && name != null) {
                    fields.putIfAbsent(name, text.toString());
                }
                depth--;
            }
        }
        return fields;
    }

    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
