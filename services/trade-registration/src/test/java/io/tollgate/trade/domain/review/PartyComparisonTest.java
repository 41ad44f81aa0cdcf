package io.tollgate.trade.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.trade.domain.review.PartyComparison.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PartyComparisonTest {

    // OFAC SDN 35233 as the screening service publishes it (names, date of birth, nationality, programme)
    private static final ListedRecord LAVROV = new ListedRecord(9911, "ofac-sdn", "35233", "person", true,
            List.of("LAVROV, Sergei Viktorovich", "LAVROV, Sergey Viktorovich"), List.of("1950-03-21"),
            List.of("RU"), List.of(), List.of("RUSSIA-EO14024"), List.of(), "", "sdn.csv, line 17012");

    private static Map<String, Verdict> verdicts(ComparedSubject party, ListedRecord listed) {
        return PartyComparison.compare(party, listed).stream()
                .collect(Collectors.toMap(PartyComparison.Row::field, PartyComparison.Row::verdict));
    }

    @Test
    void shouldMarkAgreementsAndConflictsFieldByField() {
        ComparedSubject party = new ComparedSubject("Serguei Lavrof", "person", Optional.of("1950"),
                Optional.of("RU"), List.of(), List.of());
        Map<String, Verdict> v = verdicts(party, LAVROV);
        assertEquals(Verdict.PARTLY, v.get("Names"), "Serguei Lavrof: the listed words spelled differently");
        assertEquals(Verdict.AGREES, v.get("Type"));
        assertEquals(Verdict.AGREES, v.get("Birth dates"), "1950 fits 1950-03-21 as far as both are known");
        assertEquals(Verdict.AGREES, v.get("Countries"));
        assertEquals(Verdict.NOT_COMPARABLE, v.get("Identifiers"));
        assertEquals(Verdict.NOT_COMPARABLE, v.get("Owners and relations"));
    }

    @Test
    void shouldSeeTheSameNameInAnotherOrderAndCaseAndABirthDateThatDoesNotFit() {
        ComparedSubject party = new ComparedSubject("Sergei Viktorovich Lavrov", "person", Optional.of("1962-07"),
                Optional.of("VE"), List.of(), List.of());
        Map<String, Verdict> v = verdicts(party, LAVROV);
        assertEquals(Verdict.AGREES, v.get("Names"));
        assertEquals(Verdict.CONFLICTS, v.get("Birth dates"));
        assertEquals(Verdict.CONFLICTS, v.get("Countries"));
    }

    @Test
    void shouldCompareIdentifiersAcrossBothServicesNamesForThem() {
        ListedRecord bank = new ListedRecord(8841, "ofac-sdn", "26727", "organization", true,
                List.of("BANCO CENTRAL DE VENEZUELA"), List.of(), List.of("VE"),
                List.of(new ListedRecord.Identifier("SWIFT_BIC", "BCVEVECA")), List.of("VENEZUELA-EO13850"),
                List.of(), "", "");
        ComparedSubject same = new ComparedSubject("Banco Central de Venezuela", "organization", Optional.empty(),
                Optional.of("VE"), List.of(new ListedRecord.Identifier("BIC", "bcve veca")), List.of());
        ComparedSubject other = new ComparedSubject("Banco Central", "organization", Optional.empty(),
                Optional.of("VE"), List.of(new ListedRecord.Identifier("BIC", "BCVEVEC1")), List.of());
        assertEquals(Verdict.AGREES, verdicts(same, bank).get("Identifiers"));
        assertEquals(Verdict.AGREES, verdicts(same, bank).get("Names"), "accents, case and order aside");
        assertEquals(Verdict.CONFLICTS, verdicts(other, bank).get("Identifiers"));
        assertEquals(Verdict.PARTLY, verdicts(other, bank).get("Names"));
    }

    @Test
    void shouldFindADeclaredOwnerAmongTheListedRelations() {
        ListedRecord company = new ListedRecord(1, "ofac-sdn", "1", "organization", true, List.of("STROYGAZMONTAZH"),
                List.of(), List.of("RU"), List.of(), List.of(), List.of("Owned or controlled by: ROTENBERG, Arkady"),
                "", "");
        ComparedSubject buyer = new ComparedSubject("Stroygazmontazh", "organization", Optional.empty(),
                Optional.empty(), List.of(), List.of("Arkady Rotenberg"));
        assertEquals(Verdict.AGREES, verdicts(buyer, company).get("Owners and relations"));
        assertEquals(Verdict.NOT_COMPARABLE, verdicts(buyer, company).get("Countries"), "no country registered");
    }

    @Test
    void shouldCallANameWithNoWordInCommonAConflict() {
        assertEquals(Verdict.CONFLICTS, PartyComparison.names("Ivan Petrov", LAVROV.names()).verdict());
    }

    @Test
    void shouldTakeABirthYearWithinAListedRange() {
        assertEquals(Verdict.AGREES, PartyComparison.birthDates(List.of("1961"), List.of("1960..1963")).verdict());
        assertEquals(Verdict.CONFLICTS, PartyComparison.birthDates(List.of("1970-01-02"), List.of("1960..1963"))
                .verdict());
    }
}
