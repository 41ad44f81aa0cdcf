package io.tollgate.screening.domain.list.ofac;

import io.tollgate.screening.domain.list.ListedEntityBuilder;
import io.tollgate.screening.domain.list.ListedName;
import io.tollgate.screening.domain.list.NameKind;
import io.tollgate.screening.domain.list.NameQuality;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the {@code <name>} elements of an OFAC enhanced XML entity: primary names, aliases and former names, each in
 * every translation OFAC gives (the Latin one and the original script), with first, last and patronymic parts for
 * persons. Part of {@link EnhancedEntityReader}.
 */
final class EnhancedNameReader {

    /** ISO 15924 codes of the script names OFAC uses (its own reference codes are not all ISO 15924). */
    private static final Map<String, String> SCRIPTS = Map.ofEntries(
            Map.entry("latin", "Latn"), Map.entry("cyrillic", "Cyrl"), Map.entry("arabic", "Arab"),
            Map.entry("chinese simplified", "Hans"), Map.entry("chinese traditional", "Hant"),
            Map.entry("korean", "Kore"), Map.entry("hangul", "Hang"), Map.entry("japanese", "Jpan"),
            Map.entry("hebrew", "Hebr"), Map.entry("greek", "Grek"), Map.entry("georgian", "Geor"),
            Map.entry("armenian", "Armn"));

    private EnhancedNameReader() {
    }

    /** Reads one {@code <name>} element into the builder: each translation is a name (original scripts as such). */
    static void name(XMLStreamReader r, ListedEntityBuilder b, boolean person) throws XMLStreamException {
        NameHeader h = new NameHeader();
        Stax.children(r, child -> {
            switch (child) {
                case "isPrimary" -> h.primary = "true".equalsIgnoreCase(Stax.text(r));
                case "isLowQuality" -> h.lowQuality = "true".equalsIgnoreCase(Stax.text(r));
                case "aliasType" -> h.aliasType = Stax.text(r);
                case "translations" -> Stax.children(r, c -> h.translations.add(translation(r)));
                default -> Stax.skip(r);
            }
        });
        NameKind kind = h.primary ? NameKind.PRIMARY
                : h.aliasType != null && h.aliasType.toUpperCase(Locale.ROOT).startsWith("F.K.A") ? NameKind.FORMER
                : NameKind.ALIAS;
        NameQuality quality = h.lowQuality ? NameQuality.WEAK : NameQuality.STRONG;
        for (Translation t : h.translations) {
            String full = t.full != null ? t.full : t.composed();
            if (full == null) {
                continue;
            }
            // a name's other translations give it in its original script (Cyrillic, Chinese, …)
            NameKind k = !t.primary && !"Latn".equals(t.script) ? NameKind.ORIGINAL_SCRIPT : kind;
            String script = t.script != null ? t.script : OfacFields.latinOrNull(full);
            b.name(person
                    ? new ListedName(full, k, quality, script, t.first, t.last, t.patronymic)
                    : new ListedName(full, k, quality, script, null, null, null));
        }
    }

    private static Translation translation(XMLStreamReader r) throws XMLStreamException {
        Translation t = new Translation();
        Stax.children(r, child -> {
            switch (child) {
                case "isPrimary" -> t.primary = "true".equalsIgnoreCase(Stax.text(r));
                case "script" -> {
                    String script = Stax.text(r);
                    t.script = script == null ? null : SCRIPTS.get(script.toLowerCase(Locale.ROOT));
                }
                case "formattedFirstName" -> t.first = Stax.text(r);
                case "formattedLastName" -> t.last = Stax.text(r);
                case "formattedFullName" -> t.full = Stax.text(r);
                case "nameParts" -> Stax.children(r, c -> namePart(r, t));
                default -> Stax.skip(r);
            }
        });
        return t;
    }

    private static void namePart(XMLStreamReader r, Translation t) throws XMLStreamException {
        String[] typeValue = new String[2];
        Stax.children(r, c -> {
            switch (c) {
                case "type" -> typeValue[0] = Stax.text(r);
                case "value" -> typeValue[1] = Stax.text(r);
                default -> Stax.skip(r);
            }
        });
        if (typeValue[0] != null && typeValue[1] != null) {
            String type = typeValue[0].toLowerCase(Locale.ROOT);
            if (type.equals("patronymic") || type.equals("middle name")) {
                t.patronymic = t.patronymic == null ? typeValue[1] : t.patronymic + " " + typeValue[1];
            }
        }
    }

    /** A {@code <name>} element's own fields. */
    private static final class NameHeader {
        boolean primary;
        boolean lowQuality;
        String aliasType;
        final List<Translation> translations = new ArrayList<>();
    }

    /** One rendering of a name. */
    private static final class Translation {
        boolean primary = true;
        String script;
        String first;
        String last;
        String full;
        String patronymic;

        String composed() {
            if (last == null && first == null) {
                return null;
            }
            return last == null ? first : first == null ? last : last + ", " + first;
        }
    }
}
