package io.tollgate.screening.domain.list.ofac;

import io.tollgate.screening.domain.list.BirthDate;
import io.tollgate.screening.domain.list.EntityLink;
import io.tollgate.screening.domain.list.Identifier;
import io.tollgate.screening.domain.list.IdentifierType;
import io.tollgate.screening.domain.list.ListedName;
import io.tollgate.screening.domain.list.NameKind;
import io.tollgate.screening.domain.list.NameQuality;
import io.tollgate.screening.domain.list.PartialDate;
import io.tollgate.screening.domain.list.Place;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Clause by clause, on remarks copied from the real OFAC files (entry numbers in the comments). */
class OfacRemarksParserTest {

    private final OfacRemarksParser parser = new OfacRemarksParser();

    @Test
    void shouldReadFullPartialRangedAndApproximateBirthDates() {
        // 12057 NAQDI, Mohammad Reza; 15962 NIKOUSOKHAN; 7782 SAHINPASIC
        RemarkFacts f = parser.parse("DOB 1951 to 1953; alt. DOB 1960 to 1962; alt. DOB Apr 1961; alt. DOB 1953; "
                + "DOB 01 Jan 1961 to 31 Dec 1962; DOB circa 1951; DOB 10 Jul 1942; DOB circa 1979-1982.");
        assertEquals(List.of(
                new BirthDate(PartialDate.ofYear(1951), PartialDate.ofYear(1953), false),
                new BirthDate(PartialDate.ofYear(1960), PartialDate.ofYear(1962), false),
                BirthDate.of(new PartialDate(1961, 4, 0)),
                BirthDate.of(PartialDate.ofYear(1953)),
                new BirthDate(new PartialDate(1961, 1, 1), new PartialDate(1962, 12, 31), false),
                new BirthDate(PartialDate.ofYear(1951), PartialDate.ofYear(1951), true),
                BirthDate.of(new PartialDate(1942, 7, 10)),
                new BirthDate(PartialDate.ofYear(1979), PartialDate.ofYear(1982), true)), f.birthDates());
        assertTrue(f.fullyParsed());
    }

    @Test
    void shouldLeaveAnUnreadableDateUnparsed() {
        RemarkFacts f = parser.parse("DOB sometime in the sixties.");
        assertTrue(f.birthDates().isEmpty());
        assertEquals(List.of("DOB sometime in the sixties"), f.unparsedClauses());
    }

    @Test
    void shouldResolveTheCountryOfPlacesOfBirthNationalityAndCitizenship() {
        // 12300 CIFUENTES VILLA and typical individual clauses
        RemarkFacts f = parser.parse("POB Medellin, Colombia; alt. POB Pyongyang, Korea, North; "
                + "nationality Russia; alt. nationality Korea, North; citizen Venezuela; nationality possibly Palestinian; "
                + "Gender Male.");
        assertEquals(List.of(new Place("Medellin, Colombia", "CO"), new Place("Pyongyang, Korea, North", "KP")),
                f.placesOfBirth());
        assertEquals(List.of("RU", "KP", "PS"), f.nationalities());
        assertEquals(List.of("VE"), f.citizenships());
        assertEquals("male", f.gender());
        assertTrue(f.fullyParsed());
    }

    @Test
    void shouldTypeTaxRegistrationAndBankIdentifiersWithTheirCountryAndQualifier() {
        // 17013 VTB BANK PUBLIC JOINT STOCK COMPANY
        RemarkFacts f = parser.parse("SWIFT/BIC VTBRRUMM; Website www.vtb.com; alt. Website www.vtb.ru; "
                + "BIK (RU) 044030707; Organization Established Date 17 Oct 1990; Target Type Financial Institution; "
                + "Registration ID 1027739609391 (Russia); Tax ID No. 7702070139 (Russia); "
                + "Government Gazette Number 00032520 (Russia); Legal Entity Number 253400V1H6ART1UQ0N98 (Russia).");
        assertEquals(List.of(
                new Identifier(IdentifierType.SWIFT_BIC, "VTBRRUMM", null, null),
                new Identifier(IdentifierType.OTHER, "044030707", null, "BIK"),
                new Identifier(IdentifierType.REGISTRATION, "1027739609391", "RU", "OGRN"),
                new Identifier(IdentifierType.TAX_ID, "7702070139", "RU", "INN"),
                new Identifier(IdentifierType.REGISTRATION, "00032520", "RU", "OKPO"),
                new Identifier(IdentifierType.LEI, "253400V1H6ART1UQ0N98", "RU", null)), f.identifiers());
        assertTrue(f.fullyParsed());
    }

    @Test
    void shouldTypeLatinAmericanPersonalAndTaxNumbers() {
        // 12300 CIFUENTES VILLA, Jorge Milton
        RemarkFacts f = parser.parse("Cedula No. 7548733 (Colombia); alt. Cedula No. 172489729-1 (Ecuador); "
                + "Passport AL720622 (Colombia); R.F.C. CIVJ650513LJA (Mexico); C.U.R.P. CIVJ650513HNEFLR06 (Mexico); "
                + "NIT # 800018928-0 (Colombia); RIF # J-31136071-9 (Venezuela); C.U.I.T. 30-68074603-2 (Argentina).");
        assertEquals(List.of(
                new Identifier(IdentifierType.NATIONAL_ID, "7548733", "CO", "Cedula"),
                new Identifier(IdentifierType.NATIONAL_ID, "172489729-1", "EC", "Cedula"),
                new Identifier(IdentifierType.PASSPORT, "AL720622", "CO", null),
                new Identifier(IdentifierType.TAX_ID, "CIVJ650513LJA", "MX", "RFC"),
                new Identifier(IdentifierType.NATIONAL_ID, "CIVJ650513HNEFLR06", "MX", "CURP"),
                new Identifier(IdentifierType.TAX_ID, "800018928-0", "CO", "NIT"),
                new Identifier(IdentifierType.TAX_ID, "J-31136071-9", "VE", "RIF"),
                new Identifier(IdentifierType.TAX_ID, "30-68074603-2", "AR", "CUIT")), f.identifiers());
    }

    @Test
    void shouldDropIssueAndExpiryDatesAndKeepLocalRegistryDetails() {
        // 6944 AL-SHARIF; 44201 OZEAN IMMOBILIEN MANAGEMENT GMBH & CO. KG; 24899
        RemarkFacts f = parser.parse("alt. Passport G 649385 issued 08 Sep 2006 expires 17 Jul 2011; "
                + "Registration Number HRA 738077 (Stuttgart) (Germany); "
                + "International Maritime Organization No. (5777731).");
        assertEquals(List.of(
                new Identifier(IdentifierType.PASSPORT, "G 649385", null, null),
                new Identifier(IdentifierType.REGISTRATION, "HRA 738077", "DE", "Registration Number (Stuttgart)"),
                new Identifier(IdentifierType.IMO, "5777731", null, null)), f.identifiers());
    }

    @Test
    void shouldReadABareTrailingCountryAndNotTakeProseForANumber() {
        // 10274 HODWALKER MARTINEZ; 10375 AL-AHMAD ("passport place of issue" is prose about the passport)
        RemarkFacts f = parser.parse("Passport AF465508 Colombia; "
                + "Passport H0347417 (Iraq) issued 20 Feb 2003 expires 19 Feb 2011; "
                + "passport place of issue: Al-Anbar, Iraq.");
        assertEquals(List.of(
                new Identifier(IdentifierType.PASSPORT, "AF465508", "CO", null),
                new Identifier(IdentifierType.PASSPORT, "H0347417", "IQ", null)), f.identifiers());
        assertEquals(List.of("passport place of issue: Al-Anbar, Iraq"), f.unparsedClauses());
    }

    @Test
    void shouldReadVesselAndAircraftIdentifiers() {
        // 15036 ARTAVIL; 15431 EP-GOM; 18150 MSN 391; 23510 GOORYONG SHIPPING CO LTD
        RemarkFacts f = parser.parse("Former Vessel Flag Malta; alt. Former Vessel Flag None Identified; "
                + "Additional Sanctions Information - Subject to Secondary Sanctions; "
                + "Vessel Registration Identification IMO 9187629; MMSI 572469210; f.k.a. 'ALPHA'; "
                + "Aircraft Construction Number (also called L/N or S/N or F/N) 8401; Aircraft Manufacture Date 1992; "
                + "Aircraft Model IL76-TD; Aircraft Manufacturer's Serial Number (MSN) 1023409321; "
                + "Aircraft Tail Number EP-MMH; Company Number IMO 5055293.");
        assertEquals(List.of(
                new Identifier(IdentifierType.IMO, "9187629", null, null),
                new Identifier(IdentifierType.MMSI, "572469210", null, null),
                new Identifier(IdentifierType.AIRCRAFT_SERIAL, "8401", null, "Construction Number"),
                new Identifier(IdentifierType.AIRCRAFT_SERIAL, "1023409321", null, "MSN"),
                new Identifier(IdentifierType.AIRCRAFT_REGISTRATION, "EP-MMH", null, null),
                new Identifier(IdentifierType.IMO, "5055293", null, "IMO Company Number")), f.identifiers());
        assertEquals(List.of(new ListedName("ALPHA", NameKind.FORMER, NameQuality.WEAK, "Latn", null, null, null)),
                f.aliases());
        assertTrue(f.fullyParsed());
    }

    @Test
    void shouldKeepTheCaseOfDigitalCurrencyAddressesAndTheCurrencyAsQualifier() {
        // 27307 LAZARUS GROUP
        RemarkFacts f = parser.parse("Digital Currency Address - ETH 0x098B716B8Aaf21512996dC57EB0615e2383E2f96; "
                + "alt. Digital Currency Address - XBT 134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak.");
        assertEquals(List.of(
                new Identifier(IdentifierType.DIGITAL_CURRENCY_ADDRESS, "0x098B716B8Aaf21512996dC57EB0615e2383E2f96",
                        null, "ETH"),
                new Identifier(IdentifierType.DIGITAL_CURRENCY_ADDRESS, "134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak", null,
                        "XBT")), f.identifiers());
    }

    @Test
    void shouldTurnQuotedAliasesIntoWeakNamesAndRelationsIntoLinks() {
        // 306 BANCO NACIONAL DE CUBA; 7731 MARKOVIC, Mirjana; 15904 DINO I; 12300 (a name ending in "S.A.")
        RemarkFacts f = parser.parse("a.k.a. 'BNC'; wife of Slobodan Milosevic; "
                + "Linked To: NATIONAL IRANIAN TANKER COMPANY; Linked To: R D I S.A.");
        assertEquals(List.of(new ListedName("BNC", NameKind.ALIAS, NameQuality.WEAK, "Latn", null, null, null)),
                f.aliases());
        assertEquals(List.of(
                new EntityLink("wife of", "Slobodan Milosevic", null),
                new EntityLink("Linked To", "NATIONAL IRANIAN TANKER COMPANY", null),
                new EntityLink("Linked To", "R D I S.A.", null)), f.links());
    }

    @Test
    void shouldRecogniseInformationalNotesAndPositionsWithoutTypingThem() {
        // 23149 YUSONG SHIPPING CO; 12057 NAQDI; a State Duma member
        RemarkFacts f = parser.parse("Nationality of Registration Korea, North; "
                + "Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210; "
                + "Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions: "
                + "North Korea Sanctions Regulations section 510.214; Company Number 5146578; "
                + "Brigadier General and Commander of the IRGC Basij Resistance Force; "
                + "Member of the State Duma of the Federal Assembly of the Russian Federation; "
                + "Email Address 417136259@qq.com; Phone Number 8613621583465.");
        assertEquals(List.of("KP"), f.nationalities());
        assertEquals(List.of(new Identifier(IdentifierType.REGISTRATION, "5146578", null, "Company Number")),
                f.identifiers());
        assertEquals(8, f.clauses());
        assertTrue(f.fullyParsed(), () -> "unparsed: " + f.unparsedClauses());
    }

    @Test
    void shouldCountUnknownClausesAndNotTrustTheLastClauseOfACutRemark() {
        // 8095 HAMMID ("Kurdish"); 28263 TIAN, Yinyin cut at 1000 characters mid-alias
        RemarkFacts unknown = parser.parse("DOB 01 Nov 1975; Kurdish; arrested 31 Mar 2003.");
        assertEquals(List.of("Kurdish"), unknown.unparsedClauses());
        assertFalse(unknown.fullyParsed());

        RemarkFacts cut = parser.parse("Identification Number 321284198607120616 (China); a.k.a. 'snowsjo", true);
        assertEquals(List.of("a.k.a. 'snowsjo"), cut.unparsedClauses());
        assertTrue(cut.aliases().isEmpty());
        assertEquals(1, cut.identifiers().size());
    }
}
