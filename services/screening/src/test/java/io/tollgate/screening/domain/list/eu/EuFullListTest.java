package io.tollgate.screening.domain.list.eu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.screening.domain.list.EntityType;
import io.tollgate.screening.domain.list.ListedEntity;
import io.tollgate.screening.domain.list.ParsedList;
import io.tollgate.screening.domain.list.TestLists;
import org.junit.jupiter.api.Test;

/** The whole EU list of 1 May 2026, written out in the official layout, imported through the parser. */
class EuFullListTest {

    @Test
    void shouldReadTheWholeListThroughTheParser() throws Exception {
        byte[] xml = EuDerivedListWriter.officialXml();
        EuFsfXmlParser parser = new EuFsfXmlParser();
        assertTrue(parser.accepts(TestLists.bytes("eu.xml", xml)));
        ParsedList list = parser.parse("eu-fsf", TestLists.bytes("eu.xml", xml));
        assertEquals(5860, list.entities().size());
        long persons = list.entities().stream().filter(e -> e.type() == EntityType.PERSON).count();
        assertEquals(4341, persons);
        long names = list.entities().stream().mapToLong(e -> e.names().size()).sum();
        System.out.printf("EU 2026-05-01: %d entities, %d names, %d warnings %s%n", list.entities().size(), names,
                list.statistics().warnings(), list.statistics().warningSamples());
        // the derived file has 29,826 aliases; the builder folds exact repeats of a name
        assertTrue(names > 28_000, "names " + names);
        assertTrue(list.statistics().warnings() < 20, list.statistics().warningSamples().toString());
        ListedEntity lavrov = list.entities().stream().filter(e -> e.names().stream()
                .anyMatch(n -> n.full().equals("Sergey Viktorovich LAVROV"))).findFirst().orElseThrow();
        assertTrue(lavrov.names().stream().anyMatch(n -> n.full().equals("Сергей Викторович ЛАВРОВ")), lavrov.names().toString());
        assertTrue(lavrov.birthDates().size() >= 1);
    }
}
