package io.tollgate.screening.domain.list.eu;

import static io.tollgate.screening.domain.list.TestLists.entity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.screening.domain.list.BirthDate;
import io.tollgate.screening.domain.list.EntityType;
import io.tollgate.screening.domain.list.Identifier;
import io.tollgate.screening.domain.list.IdentifierType;
import io.tollgate.screening.domain.list.ListFormatException;
import io.tollgate.screening.domain.list.ListedEntity;
import io.tollgate.screening.domain.list.ListedName;
import io.tollgate.screening.domain.list.NameKind;
import io.tollgate.screening.domain.list.NameQuality;
import io.tollgate.screening.domain.list.ParsedList;
import io.tollgate.screening.domain.list.PartialDate;
import io.tollgate.screening.domain.list.Place;
import io.tollgate.screening.domain.list.TestLists;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The verbatim excerpt of the official EU FSF export (fixtures/eu/README.md), read in full. */
class EuFsfOfficialExcerptTest {

    private static final String FILE = "eu-fsf-official-excerpt.xml";
    private static ParsedList list;

    @BeforeAll
    static void parse() throws ListFormatException {
        list = new EuFsfXmlParser().parse("eu-fsf", TestLists.fixture("eu/" + FILE));
    }

    @Test
    void shouldReadAllFiveEntitiesWithoutWarnings() {
        assertEquals(List.of("191", "521", "3822", "6106", "6177"),
                list.entities().stream().map(ListedEntity::sourceId).toList());
        assertEquals(0, list.statistics().warnings(), list.statistics().warningSamples().toString());
    }

    @Test
    void shouldReadYearRangesAsApproximateRanges() {
        ListedEntity e = entity(list, "521");
        assertEquals(List.of(new BirthDate(PartialDate.ofYear(1953), PartialDate.ofYear(1958), true)), e.birthDates());
        assertEquals(List.of(new Place("Tirin Kot District, Uruzgan Province, AFGHANISTAN", "AF"),
                new Place("Kandahar province, AFGHANISTAN", "AF")), e.placesOfBirth());
        assertEquals("Haji Ahmad Jan", e.primaryName());
    }

    @Test
    void shouldReadAnIslamicCalendarBirthDateAsItsGregorianDate() {
        ListedEntity e = entity(list, "6177");
        // 24 Jumada II 1402 AH is given with its Gregorian date 1982-04-19, which a third birthdate repeats
        assertEquals(List.of(BirthDate.of(PartialDate.parse("1982-04-18")), BirthDate.of(PartialDate.parse("1982-04-19"))),
                e.birthDates());
    }

    @Test
    void shouldConvertHijriPartsWhenTheGregorianDateIsMissing() throws ListFormatException {
        String xml = new String(TestLists.resource("/fixtures/eu/" + FILE), StandardCharsets.UTF_8)
                .replace("birthdate=\"1982-04-19\" dayOfMonth=\"24\"", "birthdate=\"\" dayOfMonth=\"24\"")
                .replace("birthdate=\"1982-04-18\"", "birthdate=\"\" yearRangeFrom=\"1981\"");
        ListedEntity e = entity(new EuFsfXmlParser().parse("eu-fsf", TestLists.text(FILE, xml)), "6177");
        // Umm al-Qura: 24/06/1402 AH = 19 April 1982
        assertTrue(e.birthDates().contains(BirthDate.of(PartialDate.parse("1982-04-19"))), e.birthDates().toString());
        assertTrue(e.birthDates().contains(BirthDate.of(PartialDate.parse("1982-04-18"))), e.birthDates().toString());
    }

    @Test
    void shouldReadAliasQualityRemarks() {
        ListedEntity e = entity(list, "6177");
        assertEquals("Ibrahim al-'Asiri", e.primaryName());
        List<String> weak = e.names().stream().filter(n -> n.quality() == NameQuality.WEAK).map(ListedName::full).toList();
        // "low quality alias" and the misspelled "low quality aliias" weaken a name flagged strong="true"
        assertEquals(List.of("Abu-Salaah", "Abosslah", "Abu Saleh"), weak);
        ListedName arabic = e.names().stream().filter(n -> n.full().equals("إبراهيم حسن طالع عسيري")).findFirst()
                .orElseThrow();
        assertEquals(NameKind.ORIGINAL_SCRIPT, arabic.kind());
        assertEquals("Arab", arabic.script());
        assertEquals(NameQuality.STRONG, entity(list, "6106").names().get(1).quality(), "a good quality alias stays strong");
    }

    @Test
    void shouldDropUnknownPlacesAndCountries() {
        ListedEntity e = entity(list, "191");
        assertEquals(List.of(new Place("PAKISTAN", "PK")), e.placesOfBirth(), "city \"-\" is no place");
        assertEquals(List.of(new Identifier(IdentifierType.PASSPORT, "488555", null, null)), e.identifiers());
        assertEquals(List.of(new Place("Alrhaybat", null)), entity(list, "6106").placesOfBirth());
    }

    @Test
    void shouldReadAnEnterpriseWithNamesInManyLanguagesAndScripts() {
        ListedEntity e = entity(list, "3822");
        assertEquals(EntityType.ORGANIZATION, e.type());
        assertEquals(16, e.names().size());
        assertTrue(e.names().stream().anyMatch(n -> n.full().equals("صنایع شیمیایی پارچین")
                && n.kind() == NameKind.ORIGINAL_SCRIPT));
        assertEquals(List.of("IRN"), e.programs());
        assertEquals(6, e.addresses().size());
    }
}
