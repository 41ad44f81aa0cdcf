package io.tollgate.screening.domain.list.eu;

import static io.tollgate.screening.domain.list.TestLists.entity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.screening.domain.list.Address;
import io.tollgate.screening.domain.list.BirthDate;
import io.tollgate.screening.domain.list.EntityType;
import io.tollgate.screening.domain.list.Identifier;
import io.tollgate.screening.domain.list.IdentifierType;
import io.tollgate.screening.domain.list.ListFiles;
import io.tollgate.screening.domain.list.ListFormatException;
import io.tollgate.screening.domain.list.ListedEntity;
import io.tollgate.screening.domain.list.ListedName;
import io.tollgate.screening.domain.list.NameKind;
import io.tollgate.screening.domain.list.NameQuality;
import io.tollgate.screening.domain.list.ParsedList;
import io.tollgate.screening.domain.list.PartialDate;
import io.tollgate.screening.domain.list.Place;
import io.tollgate.screening.domain.list.SourceRecordRef;
import io.tollgate.screening.domain.list.TestLists;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EuFsfXmlParserTest {

    private static final String FILE = "eu-fsf-sample.xml";
    private static final EuFsfXmlParser PARSER = new EuFsfXmlParser();
    private static ParsedList list;

    @BeforeAll
    static void parseFixture() throws ListFormatException {
        list = PARSER.parse("eu-fsf", TestLists.fixture("eu/" + FILE));
    }

    @Test
    void shouldReadEverySanctionEntity() {
        assertEquals(List.of("910147", "920488", "931002", "942011"),
                list.entities().stream().map(ListedEntity::sourceId).toList());
        assertEquals(4, list.statistics().recordsRead());
        assertEquals(0, list.statistics().warnings(), list.statistics().warningSamples().toString());
    }

    @Test
    void shouldMapARussianPersonWithACyrillicAlias() {
        ListedEntity e = entity(list, "910147");
        assertEquals("eu-fsf", e.source());
        assertEquals(EntityType.PERSON, e.type());
        assertEquals(List.of(
                new ListedName("Igor Valentinovich Sokolov", NameKind.PRIMARY, NameQuality.STRONG, "Latn", "Igor",
                        "Sokolov", "Valentinovich"),
                new ListedName("Игорь Валентинович Соколов", NameKind.ORIGINAL_SCRIPT, NameQuality.STRONG, "Cyrl",
                        "Игорь", "Соколов", "Валентинович"),
                new ListedName("Igor Sokolow", NameKind.ALIAS, NameQuality.WEAK, "Latn", "Igor", "Sokolow", null)),
                e.names());
        assertEquals("male", e.gender());
        assertEquals(List.of(BirthDate.of(PartialDate.parse("1961-03-14"))), e.birthDates());
        assertEquals(List.of(new Place("Tula, RUSSIAN FEDERATION", "RU")), e.placesOfBirth());
        assertEquals(List.of("RU"), e.citizenships());
        assertTrue(e.nationalities().isEmpty());
        assertEquals(List.of(new Identifier(IdentifierType.PASSPORT, "4509 123456", "RU", null),
                new Identifier(IdentifierType.TAX_ID, "771234567890", "RU", null)), e.identifiers());
        assertEquals(List.of(new Address("Leninsky prospekt 32", "Moscow", null, "119334", "RUSSIAN FEDERATION", "RU")),
                e.addresses());
        assertEquals(List.of("UKR"), e.programs());
        assertEquals(PartialDate.parse("2022-02-23"), e.listedOn());
        assertTrue(e.remarks().startsWith("Deputy Director General"));
        assertEquals(new SourceRecordRef(FILE, 7, "sanctionEntity[logicalId=910147]"), e.sourceRecord());
    }

    @Test
    void shouldMapAVenezuelanCompany() {
        ListedEntity e = entity(list, "920488");
        assertEquals(EntityType.ORGANIZATION, e.type());
        assertEquals("Compañía Anónima Minera del Orinoco", e.primaryName());
        assertEquals(NameKind.ALIAS, e.names().get(1).kind());
        assertEquals("MINORCA, C.A.", e.names().get(1).full());
        assertNull(e.gender());
        assertEquals(List.of(new Identifier(IdentifierType.TAX_ID, "J-40123456-7", "VE", null),
                new Identifier(IdentifierType.REGISTRATION, "2014-0457-A", "VE", null),
                new Identifier(IdentifierType.SWIFT_BIC, "MNORVECA", "VE", null)), e.identifiers());
        assertEquals(List.of(new Address("Avenida Francisco de Miranda, Torre Orinoco, Piso 9, P.O. Box 1060",
                "Caracas", "Distrito Capital", "1060", "VENEZUELA", "VE")), e.addresses());
        assertEquals(List.of("VEN"), e.programs());
        // no designationDate: the earliest regulation naming the entity dates the listing
        assertEquals(PartialDate.parse("2018-01-22"), e.listedOn());
    }

    @Test
    void shouldMapAVesselByItsImoNumber() {
        ListedEntity e = entity(list, "931002");
        // the FSF lists vessels as enterprises; the IMO number is what identifies them
        assertEquals(EntityType.ORGANIZATION, e.type());
        assertEquals(List.of("OCEAN PEARL", "SEA PEARL"), e.names().stream().map(ListedName::full).toList());
        assertEquals(List.of(new Identifier(IdentifierType.IMO, "9876543", null, null)), e.identifiers());
        assertEquals(List.of("RUS"), e.programs());
    }

    @Test
    void shouldKeepCircaYearsWeakRemarksAndUnknownCountriesOut() {
        ListedEntity e = entity(list, "942011");
        assertEquals("female", e.gender());
        assertEquals(List.of(new BirthDate(PartialDate.ofYear(1979), PartialDate.ofYear(1979), true)), e.birthDates());
        assertTrue(e.placesOfBirth().isEmpty(), "an UNKNOWN country is not a place");
        assertTrue(e.citizenships().isEmpty(), "an UNKNOWN citizenship is not a citizenship");
        assertEquals(NameQuality.WEAK, e.names().get(1).quality(), "flagged only by a 'Low quality' remark");
        assertNull(e.remarks());
        assertEquals(PartialDate.parse("2015-03-12"), e.listedOn());
    }

    @Test
    void shouldRecogniseTheExportByItsNamespace() throws Exception {
        assertTrue(PARSER.accepts(TestLists.fixture("eu/" + FILE)));
        assertFalse(PARSER.accepts(TestLists.text("x.xml", "<export xmlns=\"urn:other\"/>")));
        assertFalse(PARSER.accepts(TestLists.text("x.xml", "<CONSOLIDATED_LIST/>")));
    }

    @Test
    void shouldRefuseATruncatedExportWithItsLocation() {
        byte[] whole = TestLists.resource("/fixtures/eu/" + FILE);
        ListFiles cut = TestLists.bytes(FILE, Arrays.copyOf(whole, whole.length / 2));
        ListFormatException e = assertThrows(ListFormatException.class, () -> PARSER.parse("eu-fsf", cut));
        assertTrue(e.location().startsWith(FILE + " line "), e.location());
    }

    @Test
    void shouldRefuseAnotherXmlFormat() {
        ListFiles un = TestLists.text(FILE, "<CONSOLIDATED_LIST><INDIVIDUALS/></CONSOLIDATED_LIST>");
        ListFormatException e = assertThrows(ListFormatException.class, () -> PARSER.parse("eu-fsf", un));
        assertEquals(FILE + " line 1", e.location());
    }

    @Test
    void shouldRefuseTwoEntitiesWithOneId() {
        String xml = new String(TestLists.resource("/fixtures/eu/" + FILE), StandardCharsets.UTF_8)
                .replace("logicalId=\"920488\"", "logicalId=\"910147\"");
        ListFormatException e = assertThrows(ListFormatException.class,
                () -> PARSER.parse("eu-fsf", TestLists.text(FILE, xml)));
        assertTrue(e.getMessage().contains("910147"), e.getMessage());
    }
}
