package io.tollgate.screening.domain.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names hidden by invisible, bidirectional or look-alike characters are read as they display (issue 21). */
class VisibleNameTest {

    @Test
    void shouldReadARightToLeftOverrideAsItDisplays() {
        VisibleName v = VisibleName.of("\u202evorvaL iegreS");
        assertEquals("Sergei Lavrov", v.text());
        assertTrue(v.evasive());
        assertTrue(v.evasion().get(0).startsWith("U+202E"), v.evasion().toString());
        assertEquals("Viktor Bout", VisibleName.of("Viktor \u202etuoB\u202c").text());
        assertEquals("Bout Viktor", VisibleName.of("\u2067Bout\u2069 Viktor").text());
    }

    @Test
    void shouldDropInvisibleCharacters() {
        for (String hidden : List.of("Ser\u200bgei Lav\u200crov", "Sergei\u00ad Lavrov", "\ufeffSergei Lavrov",
                "Sergei\u2060 Lav\u200drov", "Sergei \u200eLavrov\u200f", "Sergei Lav\u034frov")) {
            VisibleName v = VisibleName.of(hidden);
            assertEquals("Sergei Lavrov", v.text().replace("  ", " "), hidden);
            assertTrue(v.evasive(), hidden);
        }
    }

    @Test
    void shouldReadLookAlikeLettersOfOtherScriptsInALatinNameAsLatin() {
        VisibleName v = VisibleName.of("Serge\u0456 L\u0430vr\u043ev");
        assertEquals("Sergei Lavrov", v.text());
        assertEquals(3, v.evasion().size(), v.evasion().toString());
        assertEquals("ALI HASSAN", VisibleName.of("\u0391LI H\u0391SSAN").text(), "Greek capital alpha");
    }

    @Test
    void shouldLeaveOrdinaryNamesInAnyScriptAlone() {
        for (String name : List.of("Sergei Lavrov", "Сергей Лавров", "Erdoğan", "Ελλάδα", "김정은", "محمد علي",
                "محمد\u200cرضا", "मनमोहन\u200d सिंह", "Пyтин")) {
            VisibleName v = VisibleName.of(name);
            assertFalse(v.evasive(), name + " " + v.evasion());
            // joiners inside Persian and Indic words are dropped for matching, but they are no evasion there
            assertEquals(name.replace("\u200c", "").replace("\u200d", ""), v.text());
        }
    }

    @Test
    void shouldScreenTheVisibleReadingAndSayWhatWasHidden() {
        MatchIndex index = TestEntities.index(TestEntities.person("Sergei Viktorovich Lavrov").build(),
                TestEntities.person("Viktor Bout").build());
        for (String name : List.of("\u202evorvaL iegreS", "Serge\u0456 L\u0430vrov", "Ser\u200bgei La\u00advrov")) {
            List<Match> hits = index.search(ScreeningQuery.person(name), MatchThreshold.DEFAULT, 5, s -> true);
            assertEquals(1, hits.size(), name);
            assertTrue(hits.get(0).explanation().components().stream()
                    .anyMatch(c -> c.feature().equals("evasion-characters") && c.contribution() == 0), name);
            assertEquals(hits.get(0).score(), hits.get(0).explanation().total(), 0.001);
            assertFalse(index.normalize(ScreeningQuery.person(name)).evasionCharacters().isEmpty());
        }
        assertTrue(index.normalize(ScreeningQuery.person("Sergei Lavrov")).evasionCharacters().isEmpty());
    }
}
