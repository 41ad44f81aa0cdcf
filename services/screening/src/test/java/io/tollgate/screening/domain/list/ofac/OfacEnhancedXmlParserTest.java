package io.tollgate.screening.domain.list.ofac;

import io.tollgate.screening.domain.list.Address;
import io.tollgate.screening.domain.list.BirthDate;
import io.tollgate.screening.domain.list.EntityLink;
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
import io.tollgate.testsupport.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The enhanced XML parser on the real OFAC Consolidated (non-SDN) list of January 2025, read from its zip. */
class OfacEnhancedXmlParserTest {

    private static final String ZIP = "lists/ofac/non-sdn-2025/CONS_ENHANCED.ZIP";
    private static final String XML = "CONS_ENHANCED.XML";

    private static ParsedList cons;
    private static Map<String, ListedEntity> byId;
    private static byte[] xmlBytes;

    private final OfacEnhancedXmlParser parser = new OfacEnhancedXmlParser();

    @BeforeAll
    static void parseRealFile() throws ListFormatException, IOException {
        ListFiles zip = TestListFiles.zip(SharedData.file(ZIP));
        cons = new OfacEnhancedXmlParser().parse("ofac-cons", zip);
        byId = cons.entities().stream().collect(Collectors.toMap(ListedEntity::sourceId, Function.identity()));
        try (InputStream in = zip.open(XML)) {
            xmlBytes = in.readAllBytes();
        }
    }

    @Test
    void shouldReadAllEntitiesOfTheConsolidatedList() throws IOException {
        assertEquals(443, cons.entities().size());
        assertEquals("ofac-enhanced-xml", cons.format());
        assertEquals(0, cons.statistics().warnings(), () -> cons.statistics().warningSamples().toString());
        Map<EntityType, Long> types = cons.entities().stream()
                .collect(Collectors.groupingBy(ListedEntity::type, Collectors.counting()));
        assertEquals(Map.of(EntityType.PERSON, 80L, EntityType.ORGANIZATION, 363L), types);
        assertTrue(parser.accepts(TestListFiles.zip(SharedData.file(ZIP))));
    }

    @Test
    void shouldReadABankWithItsScriptsIdentifiersAddressesProgramsAndListingDate() {
        ListedEntity vtb = byId.get("17013");
        assertEquals("VTB BANK PUBLIC JOINT STOCK COMPANY", vtb.primaryName());
        assertEquals(EntityType.ORGANIZATION, vtb.type());
        assertTrue(vtb.names().contains(new ListedName("БАНК ВТБ ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО",
                NameKind.ORIGINAL_SCRIPT, NameQuality.STRONG, "Cyrl", null, null, null)), () -> vtb.names().toString());
        assertTrue(vtb.names().contains(new ListedName("JSC VTB BANK", NameKind.FORMER, NameQuality.STRONG, "Latn",
                null, null, null)));
        assertTrue(vtb.names().contains(new ListedName("JSC VTB BANK NEW DELHI BRANCH", NameKind.ALIAS,
                NameQuality.WEAK, "Latn", null, null, null)));
        assertTrue(vtb.identifiers().containsAll(List.of(
                new Identifier(IdentifierType.SWIFT_BIC, "VTBRRUMM", null, null),
                new Identifier(IdentifierType.TAX_ID, "7702070139", "RU", "INN"),
                new Identifier(IdentifierType.REGISTRATION, "1027739609391", "RU", "OGRN"),
                new Identifier(IdentifierType.LEI, "253400V1H6ART1UQ0N98", "RU", null))), () -> vtb.identifiers().toString());
        assertTrue(vtb.addresses().contains(new Address("29, Bolshaya Morskaya str.", "St. Petersburg", null, "190000",
                "Russia", "RU")), () -> vtb.addresses().toString());
        assertEquals(List.of("UKRAINE-EO13662", "RUSSIA-EO14024"), vtb.programs());
        assertEquals(new PartialDate(2014, 7, 29), vtb.listedOn());
        assertEquals(XML, vtb.sourceRecord().file());
        assertEquals("entity[id=17013]", vtb.sourceRecord().element());
    }

    @Test
    void shouldReadIndividualsWithNamePartsBirthDatesCitizenshipGenderAndPassport() {
        ListedEntity haniya = byId.get("9639");
        ListedName name = haniya.names().get(0);
        assertEquals(new ListedName("HANIYA, Ismail Abdul Salah", NameKind.PRIMARY, NameQuality.STRONG, "Latn",
                "Ismail Abdul Salah", "HANIYA", null), name);
        assertEquals(List.of(BirthDate.of(PartialDate.ofYear(1962))), haniya.birthDates());
        assertEquals(List.of(new Place("Shati", null)), haniya.placesOfBirth());
        assertEquals(List.of("NS-PLC"), haniya.programs());
        assertEquals(new PartialDate(2006, 4, 12), haniya.listedOn());
        assertEquals(3637, haniya.sourceRecord().line());

        ListedEntity kayakiran = byId.get("26182");
        assertEquals("KAYAKIRAN, Evren", kayakiran.primaryName());
        assertEquals(List.of(BirthDate.of(new PartialDate(1980, 2, 8))), kayakiran.birthDates());
        assertEquals(List.of("TR"), kayakiran.citizenships());
        assertEquals("male", kayakiran.gender());
        assertEquals(List.of(new Identifier(IdentifierType.PASSPORT, "U00242309", "TR", null)),
                kayakiran.identifiers());
    }

    @Test
    void shouldKeepRelationshipsWithTheRelatedEntityId() {
        ListedEntity rt = byId.get("18768");
        assertEquals(List.of(new EntityLink("Owned or Controlled By", "STATE CORPORATION ROSTEC", "17260")), rt.links());
        long links = cons.entities().stream().mapToLong(e -> e.links().size()).sum();
        assertEquals(283, links);
    }

    @Test
    void shouldMapVesselFeaturesAndDocumentsOfTheSdnLayout() throws ListFormatException {
        // hand-written in the CONS_ENHANCED layout with the vessel feature and document types of SDN_ENHANCED.XML
        // (no SDN enhanced file is in ../shared); values are those of the legacy entry 15036 ARTAVIL
        String xml = """
                <?xml version="1.0" encoding="utf-8"?>
                <sanctionsData xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML">
                  <referenceValues>
                    <referenceValue refId="11105"><type>COUNTRY</type><value>Iran</value><isoCode>IR</isoCode></referenceValue>
                  </referenceValues>
                  <entities>
                    <entity id="15036">
                      <generalInfo><identityId>1</identityId><entityType refId="602">Vessel</entityType></generalInfo>
                      <sanctionsLists><sanctionsList refId="1550" id="1" datePublished="2012-07-12">SDN List</sanctionsList></sanctionsLists>
                      <sanctionsPrograms><sanctionsProgram refId="1" id="2">IRAN</sanctionsProgram></sanctionsPrograms>
                      <names><name id="1"><isPrimary>true</isPrimary><isLowQuality>false</isLowQuality><translations>
                        <translation id="1"><isPrimary>true</isPrimary><script refId="20122">Latin</script>
                          <formattedFullName>ARTAVIL</formattedFullName></translation></translations></name>
                        <name id="2"><isPrimary>false</isPrimary><aliasType refId="1401">F.K.A.</aliasType>
                          <isLowQuality>true</isLowQuality><translations><translation id="2"><isPrimary>true</isPrimary>
                          <script refId="20122">Latin</script><formattedFullName>ALPHA</formattedFullName></translation>
                        </translations></name></names>
                      <features>
                        <feature id="1"><type featureTypeId="1">Vessel Call Sign</type><value>T2EU4</value></feature>
                        <feature id="2"><type featureTypeId="2">Vessel Flag</type><value>Iran</value><valueRefId>11105</valueRefId></feature>
                        <feature id="3"><type featureTypeId="3">VESSEL TYPE</type><value>Crude/Oil Products Tanker</value></feature>
                        <feature id="4"><type featureTypeId="4">Vessel Owner</type><value>NITC</value></feature>
                        <feature id="5"><type featureTypeId="5">Former Vessel Flag</type><value>Malta</value></feature>
                        <feature id="6"><type featureTypeId="6">Digital Currency Address - XBT</type><value>1AXUTu9y3H8w4wYx4BjyFWgRhZKDhmcMrn</value></feature>
                        <feature id="7"><type featureTypeId="7">Subject to a brand-new clause</type><value>x</value></feature>
                      </features>
                      <identityDocuments>
                        <identityDocument id="1"><type refId="1626">Vessel Registration Identification</type>
                          <documentNumber>IMO 9187629</documentNumber><isValid>true</isValid></identityDocument>
                        <identityDocument id="2"><type refId="91264">MMSI</type>
                          <documentNumber>572469210</documentNumber><isValid>true</isValid></identityDocument>
                      </identityDocuments>
                    </entity>
                  </entities>
                </sanctionsData>
                """;
        ParsedList list = parser.parse("ofac-sdn", TestListFiles.text("SDN_ENHANCED.XML", xml));
        ListedEntity artavil = list.entities().get(0);
        assertEquals(EntityType.VESSEL, artavil.type());
        assertEquals(List.of("IR"), artavil.nationalities());
        assertEquals(List.of(
                new Identifier(IdentifierType.CALL_SIGN, "T2EU4", null, null),
                new Identifier(IdentifierType.DIGITAL_CURRENCY_ADDRESS, "1AXUTu9y3H8w4wYx4BjyFWgRhZKDhmcMrn", null, "XBT"),
                new Identifier(IdentifierType.IMO, "9187629", null, null),
                new Identifier(IdentifierType.MMSI, "572469210", null, null)), artavil.identifiers());
        assertEquals(List.of(new EntityLink("owned or controlled by", "NITC", null)), artavil.links());
        assertEquals(new ListedName("ALPHA", NameKind.FORMER, NameQuality.WEAK, "Latn", null, null, null),
                artavil.names().get(1));
        assertEquals(new PartialDate(2012, 7, 12), artavil.listedOn());
        // a feature type the label table does not know is reported once, not silently dropped
        assertEquals(1, list.statistics().warnings());
        assertTrue(list.statistics().warningSamples().get(0).contains("Subject to a brand-new clause"));
    }

    @Test
    void shouldRejectATruncatedFileWithTheLineAndColumn() {
        String text = new String(xmlBytes, StandardCharsets.UTF_8);
        int cut = text.indexOf("<entity id=\"17013\"") + 500;
        ListFiles truncated = TestListFiles.strings(Map.of(XML, java.util.Arrays.copyOf(xmlBytes, cut)));
        ListFormatException e = assertThrows(ListFormatException.class, () -> parser.parse("ofac-cons", truncated));
        assertTrue(e.location().matches("CONS_ENHANCED\\.XML line \\d+ column \\d+"), e.location());
        System.out.println("truncated XML: " + e.getMessage() + " at " + e.location());
    }

    @Test
    void shouldRejectRandomBytesAndOtherXmlFormats() throws IOException {
        byte[] noise = new byte[20_000];
        new Random(7).nextBytes(noise);
        ListFiles random = TestListFiles.strings(Map.of(XML, noise));
        assertFalse(parser.accepts(random));
        ListFormatException e = assertThrows(ListFormatException.class, () -> parser.parse("ofac-cons", random));
        assertTrue(e.location().startsWith(XML + " line "), e.location());

        ListFiles un = TestListFiles.strings(Map.of("UN_consolidated.xml",
                Files.readAllBytes(SharedData.file("lists/un/UN_consolidated.xml"))));
        assertFalse(parser.accepts(un));
        ListFormatException e2 = assertThrows(ListFormatException.class, () -> parser.parse("un", un));
        assertTrue(e2.getMessage().contains("not OFAC enhanced XML"), e2.getMessage());

        ListFiles csv = TestListFiles.folder(SharedData.file("lists/ofac/2024-05-03"), "sdn.csv");
        assertFalse(parser.accepts(csv));
        assertThrows(ListFormatException.class, () -> parser.parse("ofac-sdn", csv));
    }
}
