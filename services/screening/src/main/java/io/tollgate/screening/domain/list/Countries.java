package io.tollgate.screening.domain.list;

import io.tollgate.platform.data.TsvTable;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves country names as sources publish them ("Russia", "Korea, North", "Iran (Islamic Republic of)",
 * "Venezuelan") to ISO 3166 alpha-2 codes. English ISO names come from the JDK; the many other spellings and
 * demonyms live in {@code reference/country-aliases.tsv}.
 */
public final class Countries {

    private static final Map<String, String> BY_NAME = load();

    private Countries() {
    }

    /** The ISO 3166 alpha-2 code for a country name, demonym or code, if known. */
    public static Optional<String> code(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_NAME.get(key(name)));
    }

    /** The code when the name resolves, else the name trimmed: never loses what the source said. */
    public static String codeOrText(String name) {
        return code(name).orElse(name == null ? null : name.trim());
    }

    /** Whether the string is an ISO 3166 alpha-2 code the JDK knows. */
    public static boolean isCode(String code) {
        return code != null && code.length() == 2 && BY_NAME.get(key(code)) != null
                && BY_NAME.get(key(code)).equals(code.toUpperCase(Locale.ROOT));
    }

    static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            map.put(key(code), code);
            map.put(key(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
        }
        for (List<String> row : TsvTable.resource("reference/country-aliases.tsv", TsvTable.Layout.NO_HEADER).rows()) {
            for (String alias : row.subList(1, row.size())) {
                if (!alias.isEmpty()) {
                    map.put(key(alias), row.get(0));
                }
            }
        }
        // two-letter keys are codes: never let an alias shadow one
        for (String code : Locale.getISOCountries()) {
            map.put(key(code), code);
        }
        return Map.copyOf(map);
    }
}
