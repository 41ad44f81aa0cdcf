package io.tollgate.screening.domain.list;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
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
        try (InputStream in = Countries.class.getResourceAsStream("/reference/country-aliases.tsv")) {
            if (in == null) {
                throw new IllegalStateException("reference/country-aliases.tsv is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                for (int i = 1; i < parts.length; i++) {
                    map.put(key(parts[i]), parts[0].trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // two-letter keys are codes: never let an alias shadow one
        for (String code : Locale.getISOCountries()) {
            map.put(key(code), code);
        }
        return Map.copyOf(map);
    }
}
