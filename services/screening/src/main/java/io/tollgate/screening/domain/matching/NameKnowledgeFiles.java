package io.tollgate.screening.domain.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the name-knowledge data files under {@code matching/} on the class path into the forms NameKnowledge keeps. */
final class NameKnowledgeFiles {

    private static final String DIR = "/matching/";

    private NameKnowledgeFiles() {
    }

    static List<SpellingRules.Rule> loadRules() {
        List<SpellingRules.Rule> list = new ArrayList<>();
        for (String line : lines("spelling-rules.tsv")) {
            String[] p = line.split("\t", -1);
            if (p[0].equals("scope")) {
                continue;
            }
            SpellingRules.Scope scope = SpellingRules.Scope.valueOf(p[0].trim().toUpperCase(Locale.ROOT));
            int min = p.length > 4 && !p[4].isBlank() ? Integer.parseInt(p[4].trim()) : 0;
            list.add(new SpellingRules.Rule(scope, p.length > 1 ? p[1] : "", p.length > 2 ? p[2] : "",
                    p.length > 3 ? p[3] : "", min));
        }
        return list;
    }

    static Map<String, NameKnowledge.ParticleRole> loadParticles() {
        Map<String, NameKnowledge.ParticleRole> map = new HashMap<>();
        for (String line : lines("particles.tsv")) {
            String[] p = line.split("\t");
            if (p.length < 2 || p[0].equals("particle")) {
                continue;
            }
            NameKnowledge.ParticleRole role = NameKnowledge.ParticleRole.valueOf(p[1].trim().toUpperCase(Locale.ROOT));
            for (String w : Transliteration.words(p[0])) {
                map.put(w, role);
            }
        }
        return Map.copyOf(map);
    }

    static Map<String, List<NameKnowledge.LegalForm>> loadLegalForms() {
        Map<String, List<NameKnowledge.LegalForm>> map = new HashMap<>();
        for (String line : lines("legal-forms.tsv")) {
            String[] p = line.split("\t");
            if (p.length < 3 || p[0].equals("code")) {
                continue;
            }
            for (int i = 2; i < p.length; i++) {
                List<String> words = Transliteration.words(p[i]);
                if (!words.isEmpty()) {
                    NameKnowledge.LegalForm f = new NameKnowledge.LegalForm(words.toArray(String[]::new), p[0].trim(), p[1].trim());
                    map.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(f);
                }
            }
        }
        Map<String, List<NameKnowledge.LegalForm>> frozen = new HashMap<>();
        map.forEach((k, v) -> {
            List<NameKnowledge.LegalForm> sorted = new ArrayList<>(v);
            sorted.sort(Comparator.comparingInt((NameKnowledge.LegalForm f) -> f.words().length).reversed());
            frozen.put(k, List.copyOf(sorted));
        });
        return Map.copyOf(frozen);
    }

    static Set<String> loadWordSet(String file) {
        Set<String> set = new HashSet<>();
        for (String line : lines(file)) {
            List<String> words = Transliteration.words(line);
            if (words.size() == 1) {
                set.add(words.get(0));
            }
        }
        return Set.copyOf(set);
    }

    static Map<String, NameKnowledge.NumberWord> loadNumbers() {
        Map<String, NameKnowledge.NumberWord> map = new HashMap<>();
        for (String line : lines("number-words.tsv")) {
            String[] p = line.split("\t");
            if (p.length < 3 || p[0].equals("word")) {
                continue;
            }
            map.put(p[0].trim(), new NameKnowledge.NumberWord(Integer.parseInt(p[1].trim()), p[2].trim().equals("tens")));
        }
        return Map.copyOf(map);
    }

    /** The data lines of a resource file: comments (#) and blank lines skipped. */
    static List<String> lines(String file) {
        try (InputStream in = NameKnowledge.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("name knowledge file " + DIR + file + " is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
