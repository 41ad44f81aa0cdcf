package io.tollgate.screening.domain.list.custom;

import static io.tollgate.screening.domain.list.TestLists.entity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.screening.domain.list.Address;
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
import io.tollgate.screening.domain.list.SourceRecordRef;
import io.tollgate.screening.domain.list.TestLists;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomCsvParserTest {

    private static final String FILE = "internal-watchlist.csv";
    private static final String HEADER = "id,type,name,aliases,birth_date,countries,identifiers,programs,remarks\n";
    private static final CustomCsvParser PARSER = new CustomCsvParser();

    @Test
    void shouldMapEveryColumnOfTheFixture() throws ListFormatException {
        ParsedList list = PARSER.parse("custom-acme", TestLists.fixture("custom/" + FILE));
        assertEquals(List.of("WL-000123", "WL-000124", "WL-000125", "WL-000126", "WL-000127"),
                list.entities().stream().map(ListedEntity::sourceId).toList());
        assertEquals(0, list.statistics().warnings());

        ListedEntity ivan = entity(list, "WL-000123");
        assertEquals("custom-acme", ivan.source());
        assertEquals(EntityType.PERSON, ivan.type());
        assertEquals(List.of(
                new ListedName("Ivan Petrovich Sidorenko", NameKind.PRIMARY, NameQuality.STRONG, "Latn", null, null, null),
                new ListedName("Ivan Sidorenko", NameKind.ALIAS, NameQuality.STRONG, "Latn", null, null, null),
                new ListedName("Иван Петрович Сидоренко", NameKind.ORIGINAL_SCRIPT, NameQuality.STRONG, "Cyrl", null, null,
                        null),
                new ListedName("Vanya", NameKind.ALIAS, NameQuality.WEAK, "Latn", null, null, null)), ivan.names());
        assertEquals(List.of(BirthDate.of(PartialDate.parse("1971-05-14")),
                new BirthDate(PartialDate.ofYear(1972), PartialDate.ofYear(1972), true)), ivan.birthDates());
        assertEquals(List.of("RU", "UA"), ivan.nationalities());
        assertEquals(List.of(new Identifier(IdentifierType.PASSPORT, "4509123456", "RU", null),
                new Identifier(IdentifierType.TAX_ID, "771234567890", "RU", null)), ivan.identifiers());
        assertEquals(List.of("INTERNAL-FRAUD"), ivan.programs());
        assertEquals("Exited 2023, card fraud ring", ivan.remarks());
        assertEquals(new SourceRecordRef(FILE, 2, "id=WL-000123"), ivan.sourceRecord());

        ListedEntity ogt = entity(list, "WL-000124");
        assertEquals(EntityType.ORGANIZATION, ogt.type());
        assertTrue(ogt.nationalities().isEmpty());
        assertEquals(List.of(new Address(null, null, null, null, "VE", "VE")), ogt.addresses());
        assertEquals(List.of(new Identifier(IdentifierType.TAX_ID, "J-40999999-1", "VE", null),
                new Identifier(IdentifierType.OTHER, "2019-0411-B", "VE", "Registro Mercantil")), ogt.identifiers());
        assertEquals(List.of("EXITED", "SANCTIONS-EVASION"), ogt.programs());

        ListedEntity falcon = entity(list, "WL-000125");
        assertEquals(EntityType.VESSEL, falcon.type());
        assertEquals(List.of(new Address(null, null, null, null, "Panama", "PA")), falcon.addresses());
        assertEquals(List.of(new Identifier(IdentifierType.IMO, "9321483", null, null),
                new Identifier(IdentifierType.MMSI, "352001234", null, null)), falcon.identifiers());
        assertEquals("Ship-to-ship transfers seen off Malaysia; flag changed twice in 2024", falcon.remarks());

        ListedEntity kwame = entity(list, "WL-000126");
        assertEquals(EntityType.UNKNOWN, kwame.type());
        assertEquals(List.of(new BirthDate(new PartialDate(1980, 3, 0), new PartialDate(1980, 6, 0), false)),
                kwame.birthDates());
        assertEquals(List.of(new Identifier(IdentifierType.DIGITAL_CURRENCY_ADDRESS,
                "1Fz29BQp82pE3vXXcsZoMNQ3KSHfMzfMe3", null, "XBT")), kwame.identifiers());
        assertEquals(List.of(), kwame.programs());
        assertEquals(new SourceRecordRef(FILE, 7, "id=WL-000126"), kwame.sourceRecord(),
                "a quoted line break and an empty line are counted");

        ListedEntity li = entity(list, "WL-000127");
        assertEquals(EntityType.PERSON, li.type());
        assertEquals(List.of(new BirthDate(PartialDate.ofYear(1965), PartialDate.ofYear(1968), true)), li.birthDates());
        assertEquals(NameQuality.WEAK, li.names().get(1).quality());
    }

    @Test
    void shouldAcceptColumnsInAnyOrderAndABom() throws ListFormatException {
        String csv = "\uFEFFname,id,remarks,programs,identifiers,countries,birth_date,aliases,type\n"
                + "ACME Ltd,X-1,,,,GB,,,organization\n";
        ParsedList list = PARSER.parse("custom", TestLists.text(FILE, csv));
        assertEquals("ACME Ltd", list.entities().get(0).primaryName());
        assertEquals("GB", list.entities().get(0).addresses().get(0).countryCode());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "a repeated id; 'X-1,person,A,,,,,,\nX-1,person,B,,,,,,'; line 3; earlier row",
        "an unknown type; 'X-1,company,A,,,,,,'; line 2; unknown type",
        "a bad date; 'X-1,person,A,,14/05/1971,,,,'; line 2; birth_date",
        "a backwards range; 'X-1,person,A,,1970..1960,,,,'; line 2; birth_date",
        "an unknown country; 'X-1,person,A,,,Narnia,,,'; line 2; Narnia",
        "an unknown identifier type; 'X-1,person,A,,,,DRIVING_LICENCE:123,,'; line 2; DRIVING_LICENCE",
        "an identifier without type; 'X-1,person,A,,,,123456,,'; line 2; TYPE:value",
        "a bad issuing country; 'X-1,person,A,,,,PASSPORT@XX:1,,'; line 2; XX",
        "a missing name; 'X-1,person,,,,,,,'; line 2; name",
        "a short row; 'X-1,person,A,,'; line 2; fields",
        "an unclosed quote; 'X-1,person,\"A,,,,,,,'; line 2; malformed",
    })
    void shouldRefuseWhatItCannotReadExactly(String what, String rows, String line, String message) {
        ListFormatException e = assertThrows(ListFormatException.class,
                () -> PARSER.parse("custom", TestLists.text(FILE, HEADER + rows + "\n")), what);
        assertEquals(FILE + " " + line, e.location(), what);
        assertTrue(e.getMessage().contains(message), what + ": " + e.getMessage());
    }

    @Test
    void shouldRequireTheHeaderRow() throws IOException {
        ListFormatException e = assertThrows(ListFormatException.class, () -> PARSER.parse("custom",
                TestLists.text(FILE, "X-1,person,A,,,,,,\n")));
        assertEquals(FILE + " line 1", e.location());
        assertFalse(PARSER.accepts(TestLists.text(FILE, "X-1,person,A,,,,,,\n")));
        assertTrue(PARSER.accepts(TestLists.bytes("list.txt", TestLists.resource("/fixtures/custom/" + FILE))));
        assertFalse(PARSER.accepts(TestLists.text(FILE, "_id,source,entity_number\n")));
    }

    @Test
    void shouldRefuseTextThatIsNotUtf8() {
        byte[] latin1 = (HEADER + "X-1,person,Jos\u00e9,,,,,,\n").getBytes(StandardCharsets.ISO_8859_1);
        ListFormatException e = assertThrows(ListFormatException.class,
                () -> PARSER.parse("custom", TestLists.bytes(FILE, latin1)));
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }
}
