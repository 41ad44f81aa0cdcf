package io.tollgate.reporting.domain.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.reporting.domain.InvalidInputException;
import io.tollgate.reporting.domain.Violation;
import io.tollgate.testsupport.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The three layouts, recognised by content, on the files the ECB and the Bank of Russia published (../shared/fx). */
class RateFileTest {

    private static byte[] shared(String path) throws IOException {
        return Files.readAllBytes(SharedData.file("fx/" + path));
    }

    private static Map<String, BigDecimal> rub(RateFile file) {
        return file.quotes().stream().filter(q -> q.quote().equals("RUB"))
                .collect(Collectors.toMap(RateQuote::base, RateQuote::rate));
    }

    private static List<String> fields(InvalidInputException e) {
        return e.violations().stream().map(Violation::field).toList();
    }

    private static RateFile read(String text) {
        return RateFile.read(text.getBytes(StandardCharsets.UTF_8), Optional.empty());
    }

    @Test
    void shouldReadABankOfRussiaDayInWindows1251WithNominalsOfTenToTenThousand() throws IOException {
        RateFile day = RateFile.read(shared("cbr/XML_daily_2021-12-11.xml"), Optional.empty());
        assertEquals(List.of("CBR"), day.layouts());
        assertEquals(List.of("CBR"), day.sources());
        assertEquals(34, day.quotes().size());
        assertEquals(LocalDate.of(2021, 12, 11), day.firstDate());
        Map<String, BigDecimal> rub = rub(day);
        // roubles per one unit: Value / Nominal, exactly
        assertEquals(new BigDecimal("73.6059"), rub.get("USD"));
        assertEquals(new BigDecimal("0.970779"), rub.get("INR"));       // Nominal 100, Value 97,0779
        assertEquals(new BigDecimal("5.31531"), rub.get("TRY"));        // Nominal 10, Value 53,1531
        assertEquals(new BigDecimal("0.00681806"), rub.get("UZS"));     // Nominal 10000, Value 68,1806
    }

    @Test
    void shouldReadTheOtherPublishedShapesOfTheDailyFile() throws IOException {
        // re-saved as UTF-8 without its declaration; with VunitRate; the English variant
        assertEquals(new BigDecimal("96.2378"), rub(RateFile.read(shared("cbr/XML_daily_2023-09-27_utf8-noheader.xml"),
                Optional.empty())).get("USD"));
        RateFile nov = RateFile.read(shared("cbr/XML_daily_2023-11-02.xml"), Optional.empty());
        assertEquals(43, nov.quotes().size());
        assertEquals(new BigDecimal("93.2801"), rub(nov).get("USD"));
        RateFile eng = RateFile.read(shared("cbr/XML_daily_eng_2025-12-13_extracted.xml"), Optional.empty());
        assertEquals(55, eng.quotes().size());
        assertEquals(new BigDecimal("79.7296"), rub(eng).get("USD"));
        // a windows-1251 day whose declaration was lost is still read, as windows-1251
        String withDeclaration = new String(shared("cbr/XML_daily_2022-03-15.xml"), "windows-1251");
        byte[] bare = withDeclaration.replaceFirst("^<\\?xml[^>]*\\?>", "").getBytes("windows-1251");
        assertEquals(new BigDecimal("115.1963"), rub(RateFile.read(bare, Optional.empty())).get("USD"));
    }

    @Test
    void shouldReadManyDayFilesInAZip() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (String day : List.of("2021-12-11", "2022-02-04", "2022-03-15")) {
                out.putNextEntry(new ZipEntry("XML_daily_" + day + ".xml"));
                out.write(shared("cbr/XML_daily_" + day + ".xml"));
            }
        }
        RateFile file = RateFile.read(zip.toByteArray(), Optional.empty());
        assertEquals(3, file.dateCount());
        assertEquals(102, file.quotes().size());
        assertEquals(LocalDate.of(2022, 3, 15), file.lastDate());
    }

    @Test
    void shouldReadTheEcbHistoryZipAsPublished() throws IOException {
        RateFile ecb = RateFile.read(shared("ecb/eurofxref-hist.zip"), Optional.empty());
        assertEquals(List.of("ECB"), ecb.layouts());
        assertEquals(6983, ecb.dateCount());
        RateQuote lastRouble = ecb.quotes().stream().filter(q -> q.quote().equals("RUB"))
                .max(java.util.Comparator.comparing(RateQuote::date)).orElseThrow();
        assertEquals(LocalDate.of(2022, 3, 1), lastRouble.date());
        assertEquals(new BigDecimal("117.201"), lastRouble.rate());
        assertEquals("EUR", lastRouble.base());
    }

    @Test
    void shouldRefuseAMalformedDayNamingTheLineAndElement() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <ValCurs Date="15.03.2022" name="Foreign Currency Market">
                <Valute ID="R01235"><NumCode>840</NumCode><CharCode>USD</CharCode><Nominal>1</Nominal><Value>115.1963</Value></Valute>
                <Valute ID="R01270"><NumCode>356</NumCode><CharCode>INR</CharCode><Nominal>0</Nominal><Value>15,0926</Value></Valute>
                <Valute ID="R01375"><NumCode>156</NumCode><CharCode>CNY</CharCode><Nominal>1</Nominal><Value>18,2218</Value><VunitRate>18,3</VunitRate></Valute>
                <Valute ID="R01376"><NumCode>156</NumCode><CharCode>CNY</CharCode><Nominal>1</Nominal><Value>18,2218</Value></Valute>
                </ValCurs>
                """));
        assertEquals(List.of("line 3, Valute R01235 (USD), Value", "line 4, Valute R01270 (INR), Nominal",
                "line 5, Valute R01375 (CNY), VunitRate", "line 6, Valute R01376 (CNY), CharCode"), fields(e));
        assertTrue(e.violations().get(0).message().contains("decimal comma"), e.violations().toString());
        assertEquals("line 1", fields(assertThrows(InvalidInputException.class, () -> read("""
                <?xml version="1.0"?><rates><rate/></rates>
                """))).get(0));
        assertEquals("line 2", fields(assertThrows(InvalidInputException.class, () -> read("""
                <?xml version="1.0"?>
                <ValCurs Date="15.03.2022"><Valute></ValCurs>
                """))).get(0));
        assertEquals("line 1, ValCurs Date", fields(assertThrows(InvalidInputException.class, () -> read("""
                <ValCurs Date="2022-03-15"><Valute ID="R01235"><CharCode>USD</CharCode><Nominal>1</Nominal><Value>1,5</Value></Valute></ValCurs>
                """))).get(0));
    }

    @Test
    void shouldNeverResolveAnEntityFromADocumentTypeDeclaration() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("""
                <?xml version="1.0"?>
                <!DOCTYPE ValCurs [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <ValCurs Date="15.03.2022"><Valute ID="R01235"><CharCode>USD</CharCode><Nominal>1</Nominal><Value>&x;</Value></Valute></ValCurs>
                """));
        // the DTD is not read: the external entity stays undeclared instead of pulling in a local file
        assertEquals("line 3", e.violations().get(0).field());
        assertTrue(e.violations().get(0).message().contains("\"x\" was referenced, but not declared"),
                e.violations().toString());
    }

    @Test
    void shouldReadThePlainLayoutWithItsProvenanceInComments() {
        RateFile bcv = read("""
                # Banco Central de Venezuela, tipo de cambio de referencia (bolivares per US dollar)
                # taken from its 2_1_2a25_smc.xls workbook
                date,base,quote,rate,source
                2025-01-03,USD,VES,52.5723,BCV
                2025-01-06,usd,ves,52.9531,bcv
                2025-01-03,EUR,VES,54.0934,BCV
                """);
        assertEquals(List.of("PLAIN"), bcv.layouts());
        assertEquals(List.of("BCV"), bcv.sources());
        assertEquals(List.of("EUR", "USD", "VES"), bcv.currencies());
        assertEquals(new RateQuote(LocalDate.of(2025, 1, 6), "BCV", "USD", "VES", new BigDecimal("52.9531")),
                bcv.quotes().get(1));
    }

    @Test
    void shouldRefuseAMalformedPlainFileWholeNamingEachLine() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("""
                date,base,quote,rate,source
                2025-01-03,USD,VES,52.5723,BCV
                2025-01-32,USD,VES,52.6,BCV
                2025-01-04,USD,VES,52,6,BCV
                2025-01-05,USD,VES,-1,BCV
                2025-01-06,USD,USD,1,BCV
                2025-01-03,USD,VES,52.5723,BCV
                2025-01-03,VES,USD,0.019,BCV
                2025-01-07,USD,VES,52.9,Banco Central
                """));
        assertEquals(List.of("line 3, date", "line 4", "line 5, rate", "line 6", "line 7", "line 8",
                "line 9, source"), fields(e));
    }

    @Test
    void shouldNameTheFileInAZipThatHasTheProblem() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("XML_daily_2021-12-11.xml"));
            out.write(shared("cbr/XML_daily_2021-12-11.xml"));
            out.putNextEntry(new ZipEntry("broken.csv"));
            out.write("date,base,quote,rate,source\n2022-01-10,USD,RUB,seventy,CBR\n".getBytes(StandardCharsets.UTF_8));
        }
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RateFile.read(zip.toByteArray(), Optional.empty()));
        assertEquals(List.of("broken.csv, line 2, rate"), fields(e));
        assertEquals("zip", fields(assertThrows(InvalidInputException.class, () -> RateFile.read(
                new byte[] {'P', 'K', 3, 4, 0, 0}, Optional.empty()))).get(0));
    }

    @Test
    void shouldTakeAnotherPublisherForTheEcbLayoutOnlyWhenNamed() {
        RateFile own = RateFile.read("Date,RUB\n2022-06-01,57.2\n".getBytes(StandardCharsets.UTF_8),
                Optional.of("ACME-BANK"));
        assertEquals(List.of("ACME-BANK"), own.sources());
        assertEquals("source", fields(assertThrows(InvalidInputException.class, () -> RateFile.read(
                "date,base,quote,rate,source\n2022-06-01,USD,RUB,57.2,CBR\n".getBytes(StandardCharsets.UTF_8),
                Optional.of("ACME-BANK")))).get(0));
    }
}
