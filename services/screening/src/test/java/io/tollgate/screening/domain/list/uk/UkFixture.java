package io.tollgate.screening.domain.list.uk;

import static io.tollgate.screening.domain.list.TestLists.entity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tollgate.screening.domain.list.Address;
import io.tollgate.screening.domain.list.BirthDate;
import io.tollgate.screening.domain.list.EntityLink;
import io.tollgate.screening.domain.list.EntityType;
import io.tollgate.screening.domain.list.Identifier;
import io.tollgate.screening.domain.list.IdentifierType;
import io.tollgate.screening.domain.list.ListedEntity;
import io.tollgate.screening.domain.list.ListedName;
import io.tollgate.screening.domain.list.NameKind;
import io.tollgate.screening.domain.list.NameQuality;
import io.tollgate.screening.domain.list.ParsedList;
import io.tollgate.screening.domain.list.PartialDate;
import io.tollgate.screening.domain.list.Place;
import java.util.List;

/** What the UK fixtures (the same six designations in CSV and XML) must map to, field by field. */
final class UkFixture {

    static final String SOR = "UK Statement of Reasons: Placeholder statement of reasons written for this fixture.";

    private UkFixture() {
    }

    static void assertFullyMapped(ParsedList list) {
        assertEquals(List.of("AQD0087", "BEL0110", "RUS0167", "DPR0075", "RUS9990", "RUS9991"),
                list.entities().stream().map(ListedEntity::sourceId).toList());
        assertEquals(0, list.statistics().warnings(), list.statistics().warningSamples().toString());

        ListedEntity aqd = entity(list, "AQD0087");
        assertEquals("uk", aqd.source());
        assertEquals(EntityType.PERSON, aqd.type());
        assertEquals(List.of(
                new ListedName("AAMIR ALI CHAUDHRY", NameKind.PRIMARY, NameQuality.STRONG, "Latn", "AAMIR", "CHAUDHRY",
                        "ALI"),
                new ListedName("Aamir Ali Chaudary", NameKind.ALIAS, NameQuality.STRONG, "Latn", "Aamir", "Chaudary",
                        "Ali"),
                new ListedName("Amir Ali Chaudry", NameKind.ALIAS, NameQuality.STRONG, "Latn", "Amir", "Chaudry", "Ali"),
                new ListedName("Aamir Ali Choudry", NameKind.ALIAS, NameQuality.STRONG, "Latn", "Aamir", "Choudry", "Ali"),
                new ListedName("Huzaifa", NameKind.ALIAS, NameQuality.WEAK, "Latn", null, null, null)), aqd.names());
        assertEquals(List.of(day("1973-08-22"), day("1979-12-31"), day("1973-09-26"), day("1973-09-28")),
                aqd.birthDates());
        assertEquals(List.of("PK"), aqd.nationalities());
        assertEquals(List.of(new Identifier(IdentifierType.PASSPORT, "BN 4196361", "PK", "Pakistani"),
                new Identifier(IdentifierType.NATIONAL_ID, "33202-7126636-9", "PK", "Pakistani national identity card")),
                aqd.identifiers());
        assertEquals("male", aqd.gender());
        assertEquals(List.of("ISIL (Da'esh) and Al-Qaida"), aqd.programs());
        assertEquals(PartialDate.parse("2012-10-18"), aqd.listedOn());
        assertEquals("(UK Sanctions List Ref):AQD0087. (UN Ref):QDi.312.", aqd.remarks());
        assertEquals(List.of(), aqd.addresses());

        ListedEntity bel = entity(list, "BEL0110");
        assertEquals(EntityType.PERSON, bel.type());
        assertEquals(new ListedName("Mikail Safarbekovich Gutseriev", NameKind.PRIMARY, NameQuality.STRONG, "Latn",
                "Mikail", "Gutseriev", "Safarbekovich"), bel.names().get(0));
        assertEquals(List.of(NameKind.PRIMARY, NameKind.ALIAS, NameKind.ALIAS, NameKind.ALIAS, NameKind.ORIGINAL_SCRIPT),
                bel.names().stream().map(ListedName::kind).toList());
        assertEquals(new ListedName("Михаил Сафарбекович Гуцериев", NameKind.ORIGINAL_SCRIPT, NameQuality.STRONG, "Cyrl",
                null, null, null), bel.names().get(4));
        // "dd/08/1961": the day is unknown; "dd/mm/1960": only the year is
        assertEquals(List.of(BirthDate.of(new PartialDate(1961, 8, 0)), BirthDate.of(PartialDate.ofYear(1960)),
                BirthDate.of(PartialDate.ofYear(1959))), bel.birthDates());
        assertEquals(List.of("CY", "RU"), bel.nationalities());
        assertEquals(List.of(
                new Identifier(IdentifierType.PASSPORT, "55 0344417", "RU", "Russian Passport, Expiry: 20 Feb 2030"),
                new Identifier(IdentifierType.PASSPORT, "K00162033", "CY", "Cypriot Passport, Expiry: 11 Feb 2024")),
                bel.identifiers());
        assertEquals(List.of(new Place("Kazakhstan", "KZ")), bel.placesOfBirth());
        assertEquals(List.of(new Address(null, null, null, null, "Russia", "RU")), bel.addresses());
        assertEquals("(UK Sanctions List Ref):BEL0110.\n" + SOR, bel.remarks());
        assertEquals(List.of("Belarus"), bel.programs());
        assertEquals(PartialDate.parse("2021-08-09"), bel.listedOn());

        ListedEntity vad = entity(list, "RUS0167");
        assertEquals(EntityType.ORGANIZATION, vad.type());
        assertEquals(List.of(ListedName.primary("JSC VAD").full(), "CJSC VAD Aktsionernoe Obshchestvo VAD", "АО «ВАД»"),
                vad.names().stream().map(ListedName::full).toList());
        assertNull(vad.names().get(0).given(), "an entity's name is not split into given and family names");
        assertEquals("Cyrl", vad.names().get(2).script());
        assertEquals(List.of(new Identifier(IdentifierType.REGISTRATION, "1037804006811", "RU", null),
                new Identifier(IdentifierType.TAX_ID, "7802059185", null, null)), vad.identifiers());
        assertEquals(List.of(new Address(null, "Saint Petersburg", null, null, "Russia", "RU")), vad.addresses());
        assertEquals("(UK Sanctions List Ref):RUS0167. (Type of entity):Joint Stock Company.\n" + SOR, vad.remarks());
        assertNull(vad.gender());

        ListedEntity petrel = entity(list, "DPR0075");
        assertEquals(EntityType.VESSEL, petrel.type());
        assertEquals(List.of("Petrel 8", "Jal Vahini", "Tian Tai 36"),
                petrel.names().stream().map(ListedName::full).toList());
        assertEquals(List.of(new Identifier(IdentifierType.IMO, "9562233", null, null)), petrel.identifiers());
        assertEquals(List.of("Democratic People's Republic of Korea"), petrel.programs());
        assertEquals(PartialDate.parse("2017-10-03"), petrel.listedOn());

        ListedEntity dawn = entity(list, "RUS9990");
        assertEquals(EntityType.VESSEL, dawn.type());
        assertEquals(NameQuality.WEAK, dawn.names().get(1).quality());
        assertEquals(List.of(new Identifier(IdentifierType.IMO, "9876543", null, null),
                new Identifier(IdentifierType.OTHER, "XHN12345A404", null, "HIN")), dawn.identifiers());
        assertEquals(List.of(new EntityLink("Current owner/operator", "Example Maritime LLC", null),
                new EntityLink("Previous owner/operator", "Sample Tankers Ltd", null),
                new EntityLink("Previous owner/operator", "Placeholder Shipping Co", null)), dawn.links());

        ListedEntity holding = entity(list, "RUS9991");
        assertEquals(List.of(
                new Address("Building 2, 12 Example Street", "Khimki", "Moscow Oblast", "141400", "Russia", "RU"),
                new Address("Office 5, Tower 1, Business Bay", "Dubai", null, null, "United Arab Emirates", "AE")),
                holding.addresses());
        assertEquals(List.of(new Identifier(IdentifierType.REGISTRATION, "1207700123456", "RU", null)),
                holding.identifiers());
        assertEquals(List.of(new EntityLink("Parent company", "Example Group PJSC", null),
                new EntityLink("Subsidiary", "Example Trading LLC", null),
                new EntityLink("Subsidiary", "Example Logistics LLC", null)), holding.links());
    }

    /** The entity without where it was read, to compare what two layouts say. */
    static ListedEntity content(ListedEntity e) {
        return new ListedEntity(e.source(), e.sourceId(), e.type(), e.names(), e.birthDates(), e.placesOfBirth(),
                e.nationalities(), e.citizenships(), e.gender(), e.addresses(), e.identifiers(), e.programs(),
                e.listedOn(), e.remarks(), e.links(), null);
    }

    private static BirthDate day(String iso) {
        return BirthDate.of(PartialDate.parse(iso));
    }
}
