package io.tollgate.screening.domain.matching;

import io.tollgate.screening.domain.list.IdentifierType;
import io.tollgate.screening.domain.list.ListedEntity;
import io.tollgate.screening.domain.list.PartialDate;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pair scoring: what must match, what must not, and explanations that add up. */
class PairScorerTest {

    private final PairScorer scorer = new PairScorer(NameKnowledge.loadDefault());

    private PairScore person(String query, ListedEntity listed) {
        return scorer.score(ScreeningQuery.person(query), listed);
    }

    private PairScore organization(String query, ListedEntity listed) {
        return scorer.score(ScreeningQuery.organization(query), listed);
    }

    private static void assertMatch(PairScore s) {
        assertTrue(s.match(), () -> "expected a match: " + describe(s));
    }

    private static void assertNoMatch(PairScore s) {
        assertFalse(s.match(), () -> "expected no match: " + describe(s));
    }

    private static String describe(PairScore s) {
        StringBuilder sb = new StringBuilder(String.format("%.3f %s", s.score(), s.query().nameForms()));
        s.explanation().components().forEach(c -> sb.append(String.format("%n  %s %s|%s %+.3f",
                c.feature(), c.queryValue(), c.candidateValue(), c.contribution())));
        return sb.toString();
    }

    @Test
    void shouldMatchExactNamesAtFullScore() {
        PairScore s = person("Vladimir Putin", TestEntities.person("Vladimir Putin").build());
        assertEquals(1.0, s.score(), 1e-9);
        assertMatch(s);
    }

    @Test
    void shouldIgnoreWordOrder() {
        assertMatch(person("Putin Vladimir", TestEntities.person("PUTIN, Vladimir").build()));
        assertMatch(person("Salman Mohammed bin", TestEntities.person("Mohammed bin Salman").build()));
    }

    @Test
    void shouldMatchInitialsToTheirNames() {
        assertMatch(person("V. Putin", TestEntities.person("Vladimir Putin").build()));
        assertMatch(person("J.-C. Juncker", TestEntities.person("Jean-Claude Juncker").build()));
        assertNoMatch(person("A. Nazarbayev", TestEntities.person("Nursultan Nazarbayev").build()));
        // initials alone are not a name
        assertNoMatch(person("V. V.", TestEntities.person("Vladimir Vladimirovich").build()));
    }

    @Test
    void shouldForgiveTyposWithinALengthScaledBudget() {
        assertMatch(person("Vladimir Pudin", TestEntities.person("Vladimir Putin").build()));
        assertMatch(person("Friedrich Lindenburg", TestEntities.person("Friedrich Lindenberg").build()));
        assertMatch(person("Mikhail Khordorovsky", TestEntities.person("Mikhail Khodorkovsky").build()));
        assertNoMatch(person("Roman Fico", TestEntities.person("Robert Fico").build()));
        assertNoMatch(person("Andrei Navalny", TestEntities.person("Alexei Navalny").build()));
    }

    @Test
    void shouldRequireNumbersToAgreeForAStrongMatch() {
        PairScore same = scorer.score(ScreeningQuery.of("Sea Star 1", QueryType.VESSEL), TestEntities.vessel("SEA STAR 1").build());
        PairScore sibling = scorer.score(ScreeningQuery.of("Sea Star 1", QueryType.VESSEL), TestEntities.vessel("SEA STAR 2").build());
        PairScore fund = organization("Blackstone Capital Partners VII L.P.",
                TestEntities.organization("Blackstone Capital Partners VIII L.P.").build());
        assertMatch(same);
        assertTrue(same.score() > 0.95, () -> describe(same));
        // a sibling (another number) is a weak alert for review, never a strong one, and ranks below the same number
        for (PairScore s : List.of(sibling, fund)) {
            assertTrue(s.score() <= NameComparator.NUMBER_CONFLICT_CAP + 0.001, () -> describe(s));
            assertTrue(s.score() < same.score() - 0.1, () -> describe(s));
            assertTrue(s.explanation().components().stream().anyMatch(c -> c.feature().equals("name.numbers_differ")),
                    () -> describe(s));
        }
        assertNoMatch(scorer.score(ScreeningQuery.of("Sea Star 1", QueryType.VESSEL), TestEntities.vessel("OCEAN STAR 2").build()));
        assertMatch(organization("Brigade Forty-Four", TestEntities.organization("Brigade 44").build()));
    }

    @Test
    void shouldNeverMatchOnGenericWordsAlone() {
        PairScore s = organization("GROUP CORP", TestEntities.organization("XYZ GROUP CORP").build());
        assertNoMatch(s);
        assertTrue(s.score() <= 0.5 + 1e-9, describe(s));
        assertNoMatch(organization("International Trading Company", TestEntities.organization("Zenith International Trading Company").build()));
        assertNoMatch(organization("International Trading Company", TestEntities.organization("Petro International Trading Company").build()));
        assertNoMatch(organization("Management Company", TestEntities.organization("Westminster Management Company").build()));
        // a name made only of generic words still matches itself
        assertMatch(organization("International Trading Company", TestEntities.organization("INTERNATIONAL TRADING CO").build()));
    }

    @Test
    void shouldTreatLegalFormsAsEquivalentAcrossLanguagesAndScripts() {
        assertMatch(organization("ООО \"Ромашка\"", TestEntities.organization("Romashka LLC").build()));
        assertMatch(organization("OAO Gazprom", TestEntities.organization("Open Joint Stock Company Gazprom").build()));
        assertMatch(organization("Siemens AG", TestEntities.organization("Siemens Aktiengesellschaft").build()));
        assertNoMatch(organization("Volkswagen AG", TestEntities.organization("Siemens AG").build()));
    }

    @Test
    void shouldNotMatchAPersonQueryToAVesselOfTheSameWords() {
        ListedEntity tanker = TestEntities.vessel("SERGEI WITTE").build();
        PairScore asPerson = person("Sergei Witte", tanker);
        assertNoMatch(asPerson);
        assertTrue(asPerson.explanation().components().stream().anyMatch(c -> c.feature().equals("entity_type")));
        PairScore asAny = scorer.score(ScreeningQuery.of("Sergei Witte", QueryType.ANY), tanker);
        assertMatch(asAny);
        assertTrue(asAny.score() < 1.0, "a type mismatch lowers an untyped query's score: " + describe(asAny));
        assertNoMatch(organization("Sergei Witte", TestEntities.person("Sergei Witte").build()));
    }

    @Test
    void shouldHitOnAnIdentifierEvenWhenNamesDiffer() {
        ListedEntity vessel = TestEntities.vessel("OCEAN GLORY").id(IdentifierType.IMO, "IMO 9187629").build();
        PairScore imo = scorer.score(ScreeningQuery.of("Blue Horizon", QueryType.VESSEL)
                .withIdentifiers(List.of(QueryIdentifier.of(IdentifierType.IMO, "9187629"))), vessel);
        assertMatch(imo);
        assertTrue(imo.score() >= 0.95, describe(imo));

        ListedEntity bank = TestEntities.organization("BANCO DE VENEZUELA").id(IdentifierType.SWIFT_BIC, "BVENVECA").build();
        PairScore bic11 = organization("Some Other Name", bank);
        assertNoMatch(bic11);
        PairScore withBic = scorer.score(ScreeningQuery.organization("Some Other Name")
                .withIdentifiers(List.of(QueryIdentifier.of("BVENVECAXXX"))), bank);
        assertMatch(withBic);
        PairScore branch = scorer.score(ScreeningQuery.organization("Some Other Name")
                .withIdentifiers(List.of(QueryIdentifier.of(IdentifierType.SWIFT_BIC, "BVENVECA123"))), bank);
        assertMatch(branch);
        assertTrue(branch.score() < withBic.score(), "a branch BIC is a slightly weaker hit");

        ListedEntity wallet = TestEntities.person("Some Person")
                .id(IdentifierType.DIGITAL_CURRENCY_ADDRESS, "1BoatSLRHtKNngkdXEeobR76b53LETtpyT").build();
        assertMatch(scorer.score(ScreeningQuery.person("Someone Else")
                .withIdentifiers(List.of(QueryIdentifier.of("1BoatSLRHtKNngkdXEeobR76b53LETtpyT"))), wallet));
    }

    @Test
    void shouldLowerTheScoreWhenBirthDatesConflict() {
        ListedEntity listed = TestEntities.person("Ivan Petrov").born("1965-03-12").build();
        double none = person("Ivan Petrov", listed).score();
        double exact = scorer.score(ScreeningQuery.person("Ivan Petrov").withBirthDate(PartialDate.parse("1965-03-12")), listed).score();
        double sameYear = scorer.score(ScreeningQuery.person("Ivan Petrov").withBirthDate(PartialDate.ofYear(1965)), listed).score();
        PairScore conflict = scorer.score(ScreeningQuery.person("Ivan Petrov").withBirthDate(PartialDate.parse("1990-01-01")), listed);
        assertTrue(conflict.score() < none, describe(conflict));
        assertNoMatch(conflict);
        assertTrue(sameYear <= exact);
        // a borderline name is lifted by an exact birth date
        ListedEntity borderline = TestEntities.person("Ivan Petrovskiy Sidorov").born("1965-03-12").nationality("RU").build();
        PairScore plain = person("Ivan Sidorov", borderline);
        PairScore withEvidence = scorer.score(ScreeningQuery.person("Ivan Sidorov")
                .withBirthDate(PartialDate.parse("1965-03-12")).withCountries(Set.of("RU")), borderline);
        assertTrue(withEvidence.score() > plain.score());
    }

    @Test
    void shouldLowerTheScoreWhenCountriesOrGenderConflict() {
        ListedEntity listed = TestEntities.person("Maria Lopez").nationality("VE").gender("female").build();
        double plain = person("Maria Lopez", listed).score();
        assertTrue(scorer.score(ScreeningQuery.person("Maria Lopez").withCountries(Set.of("ES")), listed).score() < plain);
        assertTrue(scorer.score(ScreeningQuery.person("Maria Lopez").withGender("male"), listed).score() < plain);
    }

    @Test
    void shouldCountWeakAliasesLess() {
        ListedEntity listed = TestEntities.person("Abdul Rahman Yasin").weakAlias("Abu Musa").build();
        PairScore weak = person("Abu Musa", listed);
        assertTrue(weak.score() < 1.0);
        assertTrue(weak.explanation().components().stream().anyMatch(c -> c.feature().equals("name.weak_alias")));
    }

    @Test
    void shouldUseGivenNameEquivalents() {
        assertMatch(person("Sergei Lavrov", TestEntities.person("Serguei Lavrov").build()));
        assertMatch(person("Siergiej Ivanov", TestEntities.person("Sergey Ivanov").build()));
        assertMatch(person("Mohd Morsi", TestEntities.person("Muhammad Morsi").build()));
        assertMatch(person("Aleksandr Lukashenko", TestEntities.person("Alexander Lukashenko").build()));
        assertMatch(person("Iouri Gagarin", TestEntities.person("Yuri Gagarin").build()));
        assertMatch(person("Oleksandr Turchynov", TestEntities.person("Aleksandr Turchinov").build()));
    }

    @Test
    void shouldNotTakeAParentsNameForThePersonsOwn() {
        assertNoMatch(person("SALMAN BIN MUHAMMAD AL-RAWI", TestEntities.person("MUHAMMAD BIN SALMAN AL-RAWI").build()));
        assertMatch(person("Isa Bin Tarif Al Bin Ali", TestEntities.person("Shaikh Isa Bin Tarif Al Bin Ali").build()));
    }

    @Test
    void shouldMatchAcrossScripts() {
        assertMatch(person("Сергей Лавров", TestEntities.person("Sergei Lavrov").build()));
        assertMatch(person("محمد مرسي", TestEntities.person("Mohamed Morsi").build()));
        assertMatch(person("习近平", TestEntities.person("Xi Jinping").build()));
        assertMatch(person("김정은", TestEntities.person("Kim Jong Un").build()));
        assertMatch(person("Kim Jong Un", TestEntities.person("Kim Jong Un").originalScript("金正恩").build()));
        // consonants alone do not make Muhammad into Mahmud
        assertNoMatch(person("محمد", TestEntities.person("Mahmud").build()));
    }

    @Test
    void shouldExplainScoresWithComponentsThatAddUp() {
        List<PairScore> scores = new ArrayList<>();
        ListedEntity rich = TestEntities.person("Viktor Ivanovich Petrov").alias("Victor Petroff").weakAlias("Vitya")
                .born("1970-05-01").nationality("RU").gender("male").id(IdentifierType.PASSPORT, "7712345678").build();
        scores.add(person("Viktor Petrov", rich));
        scores.add(scorer.score(ScreeningQuery.person("Victor Petrov").withBirthDate(PartialDate.parse("1970-05-01"))
                .withCountries(Set.of("RU")).withGender("male"), rich));
        scores.add(scorer.score(ScreeningQuery.person("Nobody Atall").withBirthDate(PartialDate.parse("1930-01-01"))
                .withCountries(Set.of("FR")).withGender("female"), rich));
        scores.add(scorer.score(ScreeningQuery.person("Completely Different")
                .withIdentifiers(List.of(QueryIdentifier.of(IdentifierType.PASSPORT, "77 1234 5678"))), rich));
        scores.add(scorer.score(ScreeningQuery.of("Vitya", QueryType.VESSEL), rich));
        scores.add(organization("GROUP CORP", TestEntities.organization("XYZ GROUP CORP").build()));
        scores.add(scorer.score(ScreeningQuery.of("Sea Star 1", QueryType.VESSEL), TestEntities.vessel("SEA STAR 2").build()));
        scores.add(person("SALMAN BIN MUHAMMAD", TestEntities.person("MUHAMMAD BIN SALMAN").build()));
        scores.add(organization("PLA", TestEntities.organization("People's Liberation Army").build()));
        for (PairScore s : scores) {
            assertEquals(s.score(), s.explanation().total(), 0.001, () -> describe(s));
            assertTrue(s.score() >= 0 && s.score() <= 1, () -> describe(s));
            assertFalse(s.explanation().components().isEmpty());
        }
    }

    private static boolean hasFeature(PairScore s, String feature) {
        return s.explanation().components().stream().anyMatch(c -> c.feature().equals(feature));
    }

    @Test
    void shouldMatchNicknamesToFormalGivenNamesAsWeakerEvidence() {
        PairScore peggy = person("Peggy Vandermeer", TestEntities.person("Margaret Vandermeer").build());
        assertMatch(peggy);
        assertTrue(hasFeature(peggy, "name.given-name-hypocorism"), () -> describe(peggy));
        PairScore same = person("Margaret Vandermeer", TestEntities.person("Margaret Vandermeer").build());
        assertTrue(peggy.score() < same.score(), "a nickname is weaker evidence than the name itself");
        assertMatch(person("Bill Okonkwo", TestEntities.person("William Okonkwo").build()));
        assertNoMatch(person("Bill Okonkwo", TestEntities.person("Peter Okonkwo").build()));
        // found through the index as well
        MatchIndex index = TestEntities.index(TestEntities.person("Richard Vandermeer").build());
        assertEquals(1, index.search(ScreeningQuery.person("Dick Vandermeer"), MatchThreshold.DEFAULT, 5, x -> true).size());
    }

    @Test
    void shouldReadAbbreviatedOrganisationWordsAsTheWordsTheyStandFor() {
        PairScore s = organization("Zhenhua Intl Brothers", TestEntities.organization("Zhenhua International Brothers").build());
        assertMatch(s);
        assertTrue(hasFeature(s, "name.abbreviation"), () -> describe(s));
        assertMatch(organization("Volgatrans Bros Dept", TestEntities.organization("Volgatrans Brothers Department").build()));
    }

    @Test
    void shouldHoldCommonNamesBelowTheThresholdUnlessEvidenceLiftsThem() {
        ListedEntity listed = TestEntities.person("Ahmed Hassan").born("1971-06-02").nationality("EG").build();
        PairScore alone = person("Ahmed Hassan", listed);
        assertNoMatch(alone);
        assertTrue(hasFeature(alone, "name.common-name-penalty"), () -> describe(alone));
        assertEquals(alone.score(), alone.explanation().total(), 0.001);
        assertMatch(scorer.score(ScreeningQuery.person("Ahmed Hassan").withBirthDate(PartialDate.parse("1971-06-02")), listed));
        assertMatch(scorer.score(ScreeningQuery.person("Ahmed Hassan").withCountries(Set.of("EG")), listed));
        // a rarer name of the same length is not held back
        assertMatch(person("Ahmed Zawahiri", TestEntities.person("Ahmed Zawahiri").build()));
        // a title and one common name never alert
        assertNoMatch(person("Dr. Ahmed", TestEntities.person("Ahmed Hassan").build()));
    }

    @Test
    void shouldHoldAListedNameOfCommonWordsFoundInsideALongerQuery() {
        ListedEntity listed = TestEntities.person("HASSAN, Ibrahim").born("1968-03-11").build();
        PairScore alone = person("Yaqub Ibrahim Hassan", listed);
        assertNoMatch(alone);
        assertTrue(hasFeature(alone, "name.common-name-penalty"), () -> describe(alone));
        assertEquals(alone.score(), alone.explanation().total(), 0.001);
        assertMatch(scorer.score(ScreeningQuery.person("Yaqub Ibrahim Hassan")
                .withBirthDate(PartialDate.parse("1968-03-11")), listed));
    }

    @Test
    void shouldNotAlertWhenNoWordAgreesBySpelling() {
        // a translated given name and a family name that only resembles: two inferences, held under the threshold
        ListedEntity listed = TestEntities.person("GRUZDEV, Nikolai").born("1959-09-30").build();
        PairScore alone = person("Nicholas Gruzdel", listed);
        assertNoMatch(alone);
        assertTrue(hasFeature(alone, "name.given-name-only"), () -> describe(alone));
        assertEquals(alone.score(), alone.explanation().total(), 0.001);
        assertMatch(scorer.score(ScreeningQuery.person("Nicholas Gruzdel").withBirthDate(PartialDate.parse("1959-09-30")),
                listed));
        // one word agreeing by spelling keeps the typo a hit to review
        assertMatch(person("Nikolai Gruzdiev", listed));
        // but not when only the given name agrees and the family name differs by more than a slip
        PairScore twoLetters = person("Sergei Kobalenka", TestEntities.person("KOVALENKO, Sergei").build());
        assertNoMatch(twoLetters);
        assertTrue(hasFeature(twoLetters, "name.given-name-only"), () -> describe(twoLetters));
        assertMatch(person("Sergei Kovalenka", TestEntities.person("KOVALENKO, Sergei").build()));
        // a listed name of given names only, inside a longer query, is a common name
        assertNoMatch(person("Karim Yusuf Zarghuni", TestEntities.person("YUSUF, Karim").build()));
    }

    @Test
    void shouldLinkANicknameToItsFormalNameOnly() {
        assertMatch(person("Bob Kowalczyk", TestEntities.person("Robert Kowalczyk").build()));
        // Fred and Nando are both Ferdinando's, and Fred is Frederick's too: two nicknames are no link
        assertNoMatch(person("Fred Kowalczyk", TestEntities.person("Nando Kowalczyk").build()));
    }

    @Test
    void shouldNotReviewTwoGivenNamesOfALongNameWithoutItsFamilyName() {
        assertNoMatch(person("Esteban Antonio", TestEntities.person("QUINTANILLA BARRAZA, Esteban Antonio").build()));
        assertMatch(person("Esteban Quintanilla", TestEntities.person("QUINTANILLA BARRAZA, Esteban Antonio").build()));
        // a translated given name on top of a short form is one inference too many
        assertNoMatch(person("Stephen Quintanilla", TestEntities.person("QUINTANILLA BARRAZA, Esteban Antonio").build()));
    }

    @Test
    void shouldTakeTitlesOffAndSaySo() {
        ListedEntity listed = TestEntities.person("Kirill Zharkovsky").build();
        for (String q : List.of("Minister Kirill Zharkovsky", "Господин Kirill Zharkovsky", "Dr. Kirill Zharkovsky",
                "Herr Kirill Zharkovsky")) {
            PairScore s = person(q, listed);
            assertMatch(s);
            assertTrue(hasFeature(s, "name.title-removed"), () -> describe(s));
        }
    }

    @Test
    void shouldReviewTwoWordsOfALongName() {
        ListedEntity listed = TestEntities.person("ZARDADKHAN, Bahauddin Qasimullah Rashidzai").build();
        PairScore s = person("Zardadkhan Bahauddin", listed);
        assertMatch(s);
        assertTrue(s.score() < 0.9, "a short form is a hit to review, not a strong one: " + describe(s));
        assertTrue(hasFeature(s, "name.short-form"), () -> describe(s));
        assertNoMatch(person("Zardadkhan Bahauddin", TestEntities.person("Zardadkhan Rashidzai Omar Faizullah").build()));
    }

    @Test
    void shouldRecogniseLegalFormsCutShortOrMisspelled() {
        ListedEntity listed = TestEntities.organization("Zarechye Polymer Joint Stock Company").build();
        assertMatch(organization("ZARECHYE POLYMER JOINT STOCK COMPAN", listed));
        assertMatch(organization("Zarechye Polymer Joint Stock Compagny", listed));
        assertMatch(organization("Rheinfels Aktiengeselschaft", TestEntities.organization("Rheinfels AG").build()));
        assertMatch(organization("KRASNOTECH HOLDING LIMITE", TestEntities.organization("KRASNOTECH HOLDING LIMITED").build()));
        // a cut-off legal form is still a legal form: it does not make another company the same
        assertNoMatch(organization("Zarechye Polymer Joint Stock Compan", TestEntities.organization("Volzhsky Polymer JSC").build()));
    }

    @Test
    void shouldMatchKoreanSyllablesAcrossRomanisationSystems() {
        assertMatch(person("Pak Chŏng-ch'ŏl", TestEntities.person("박정철").build()));
        PairScore s = person("Kang Kam-ch'an", TestEntities.person("강감찬").build());
        assertMatch(s);
        assertTrue(hasFeature(s, "name.romanisation-system"), () -> describe(s));
        assertNoMatch(person("Kang Kam-ch'an", TestEntities.person("강민수").build()));
    }

    @Test
    void shouldMatchForeignNamesWrittenByEarInOtherScripts() {
        // Korean, Japanese and Hebrew spellings of Western names (written here for the test, not from the eval files)
        PairScore hangul = person("레오폴트 크라우스너", TestEntities.person("Leopold Krausner").build());
        assertMatch(hangul);
        assertTrue(hasFeature(hangul, "name.script-skeleton"), () -> describe(hangul));
        assertMatch(person("レオポルト・クラウスナー", TestEntities.person("Leopold Krausner").build()));
        assertNoMatch(person("레오폴트 크라우스너", TestEntities.person("Leonard Kessler").build()));
        assertNoMatch(person("レオポルト・クラウスナー", TestEntities.person("Lothar Kranz").build()));
        MatchIndex index = TestEntities.index(TestEntities.person("Leopold Krausner").build(),
                TestEntities.person("Leonard Kessler").build());
        List<Match> hits = index.search(ScreeningQuery.person("레오폴트 크라우스너"), MatchThreshold.DEFAULT, 5, x -> true);
        assertEquals(1, hits.size(), hits.toString());
        assertEquals("Leopold Krausner", hits.get(0).matchedName());
    }

    @Test
    void shouldMeetANameWrittenByEarDespiteTheEditsItsScriptMakes() {
        // written here for the test (not from the eval files or the Wikidata pairs): Pemberton in Han characters drops
        // its m and r (peng-bo-dun), katakana drop the r of Gilbert (gi-ru-ba-to); the learned edit costs accept them
        ListedEntity listed = TestEntities.person("Gilbert Pemberton").build();
        PairScore han = person("吉尔伯特·彭伯顿", listed);
        assertMatch(han);
        assertTrue(hasFeature(han, "name.script-skeleton"), () -> describe(han));
        assertMatch(person("ギルバート・ペンバートン", listed));
        assertNoMatch(person("吉尔伯特·彭伯顿", TestEntities.person("Gilbert Pennington").build()));
        // a vowel-first word (워싱턴 wo-sing-teon) and a short given name (조지 jo-ji: one class) beside a long one
        assertMatch(person("조지 펨버턴", TestEntities.person("George Pemberton").build()));
        assertNoMatch(person("조지 펨버턴", TestEntities.person("George Hamilton").build()));
        assertNoMatch(person("펨버턴", TestEntities.person("George Pemberton").build()));
        // the index finds the listed word one cheap edit of its consonant classes away
        MatchIndex index = TestEntities.index(listed, TestEntities.person("Gilbert Pennington").build());
        List<Match> hits = index.search(ScreeningQuery.person("吉尔伯特·彭伯顿"), MatchThreshold.DEFAULT, 5, x -> true);
        assertEquals(1, hits.size(), hits.toString());
        assertEquals("Gilbert Pemberton", hits.get(0).matchedName());
    }

    @Test
    void shouldReadContractionsAndCutOffGenericWordsOfOrganisations() {
        // invented names: contractions (first and last letter, few vowels) and a cut-off word of the generic words
        assertMatch(organization("Pemberton Natl Trdg Assn",
                TestEntities.organization("PEMBERTON NATIONAL TRADING ASSOCIATION").build()));
        assertMatch(organization("Halvorsen Internat. Shipping",
                TestEntities.organization("HALVORSEN INTERNATIONAL SHIPPING").build()));
        assertNoMatch(organization("Pemberton Natl Trdg Assn",
                TestEntities.organization("HALVORSEN NATIONAL TRADING ASSOCIATION").build()));
        NameKnowledge k = NameKnowledge.loadDefault();
        assertEquals("national", k.contractionOf("natl"));
        assertEquals(null, k.contractionOf("bki"), "three letters are an acronym more often than a contraction");
        assertEquals(null, k.contractionOf("exprt"), "export or express: two words fit, none is chosen");
    }

    @Test
    void shouldMeetAChineseNameInWadeGilesAndInPinyin() {
        // invented names: Wade-Giles syllables written apart against the Pinyin word written as one
        PairScore s = person("Kao Hsiao-ch'ing", TestEntities.person("GAO, Xiaoqing").build());
        assertMatch(s);
        assertTrue(hasFeature(s, "name.romanisation-system"), () -> describe(s));
        assertMatch(person("Teng Kuo-jung", TestEntities.person("Deng Guorong").build()));
        assertNoMatch(person("Kao Hsiao-ch'ing", TestEntities.person("GAO, Xiaoming").build()));
        MatchIndex index = TestEntities.index(TestEntities.person("GAO, Xiaoqing").build(),
                TestEntities.person("KANG, Xiaoqing").build());
        List<Match> hits = index.search(ScreeningQuery.person("Kao Hsiao-ch'ing"), MatchThreshold.DEFAULT, 5, x -> true);
        assertEquals("GAO, Xiaoqing", hits.get(0).matchedName(), hits::toString);
    }

    @Test
    void shouldReadSlavicAndBalticSpellingsAsEnglishWritesThem() {
        // invented names: a Czech/Slovak spelling of a Russian name, and a South Slavic name listed without its marks
        assertMatch(person("Sergej Michajlovič DUBČENKO", TestEntities.person("Sergey Mikhaylovich DUBCHENKO").build()));
        assertMatch(person("Dragoljub Vučetić", TestEntities.person("VUCETIC, Dragoljub").build()));
        assertNoMatch(person("Sergej Michajlovič DUBČENKO", TestEntities.person("Sergey Mikhaylovich DUBROVIN").build()));
        assertEquals("sergey mikhaylovich dubchenko",
                NameKnowledge.loadDefault().englishSpellingOfSlavic("Sergej Michajlovič DUBČENKO"));
        assertEquals(null, NameKnowledge.loadDefault().englishSpellingOfSlavic("Sergej Michajlovic"));
    }

    @Test
    void shouldMeetAForeignNameWrittenInCyrillicByItsConsonants() {
        // invented: a German family name as Russian writes it (Фрезенберг, frezenberg) against its own spelling
        PairScore s = person("Анна Фрезенберг", TestEntities.person("Anna Froesenberg").build());
        assertMatch(s);
        assertTrue(hasFeature(s, "name.script-skeleton"), () -> describe(s));
        assertNoMatch(person("Анна Фрезенберг", TestEntities.person("Anna Friesenhahn").build()));
    }

    @Test
    void shouldNotPairAShortChineseOrKoreanNameOnOneConsonantClass() {
        // a Chinese given name of one syllable beside a family name in Pinyin is not a name written by ear
        assertNoMatch(person("俊 周", TestEntities.person("Chong Zhou").build()));
    }

    @Test
    void shouldExposeTheNormalisedQueryForAudit() {
        NormalizedQuery q = scorer.normalize(ScreeningQuery.of("Mr. Владимир ПУТИН", QueryType.ANY));
        assertEquals(List.of("vladimir putin"), q.nameForms());
        assertEquals(QueryType.PERSON, q.inferredType());
        assertEquals(QueryType.ORGANIZATION, scorer.normalize(ScreeningQuery.of("Romashka LLC", QueryType.ANY)).inferredType());
    }
}
