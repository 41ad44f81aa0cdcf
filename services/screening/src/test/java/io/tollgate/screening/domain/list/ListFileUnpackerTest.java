package io.tollgate.screening.domain.list;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.testsupport.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListFileUnpackerTest {

    private final ListFileUnpacker unpacker = new ListFileUnpacker();

    @Test
    void shouldGunzipTheRealConsolidatedScreeningList() throws Exception {
        ListFiles files = unpacker.unpack(SharedData.file("lists/us-csl/consolidated-2022.csv.gz"));
        assertEquals(List.of("consolidated-2022.csv"), files.names());
        String head = head(files, "consolidated-2022.csv", 40);
        assertTrue(head.startsWith("_id,source,entity_number,type"), head);
        assertEquals(5_829_294, readAll(files, "consolidated-2022.csv").length);
    }

    @Test
    void shouldTellGzipByItsBytesNotItsName() throws Exception {
        byte[] gz = Files.readAllBytes(SharedData.file("lists/us-csl/consolidated-2022.csv.gz"));
        ListFiles files = unpacker.unpack("upload.dat", gz);
        assertEquals(List.of("upload.dat"), files.names());
        assertTrue(head(files, "upload.dat", 3).equals("_id"));
    }

    @Test
    void shouldYieldEachZipEntryWithoutFoldersOrMacMetadata(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("publication.zip");
        writeZip(zip, Map.of(
                "export/", new byte[0],
                "export/sdn.csv", "1,\"ACME\"\n".getBytes(StandardCharsets.UTF_8),
                "export/nested/alt.csv", "1,2,\"aka\",\"ACME LTD\"\n".getBytes(StandardCharsets.UTF_8),
                "__MACOSX/export/._sdn.csv", new byte[] {0, 5, 22, 7},
                "export/.DS_Store", new byte[] {0, 0, 0, 1}));
        ListFiles files = unpacker.unpack(zip);
        assertEquals(List.of("alt.csv", "sdn.csv"), files.names().stream().sorted().toList());
        // files open again and again with the same content
        assertEquals("1,\"ACME\"\n", new String(readAll(files, "sdn.csv"), StandardCharsets.UTF_8));
        assertEquals("1,\"ACME\"\n", new String(readAll(files, "sdn.csv"), StandardCharsets.UTF_8));
        assertEquals("1,2,\"aka\",\"ACME LTD\"\n", new String(readAll(files, "alt.csv"), StandardCharsets.UTF_8));
        assertTrue(files.find("SDN.CSV").isPresent());
        assertThrows(IOException.class, () -> files.open("._sdn.csv"));
    }

    @Test
    void shouldUnpackTheRealOfacZip() throws Exception {
        ListFiles files = unpacker.unpack(SharedData.file("lists/ofac/non-sdn-2025/CONS_ENHANCED.ZIP"));
        assertEquals(List.of("CONS_ENHANCED.XML"), files.names());
        assertEquals(3_420_879, readAll(files, "CONS_ENHANCED.XML").length);
    }

    @Test
    void shouldPassAPlainFileThroughWhateverItsName() throws Exception {
        byte[] text = "Name\tCity\n\"ACME\"\t\"Reno\"\n".getBytes(StandardCharsets.UTF_8);
        ListFiles files = unpacker.unpack("dpl.zip", text);
        assertEquals(List.of("dpl.zip"), files.names());
        assertArrayEquals(text, readAll(files, "dpl.zip"));
        assertArrayEquals(text, readAll(files, "dpl.zip"));
        ListFiles tiny = unpacker.unpack("one-byte.txt", new byte[] {'x'});
        assertArrayEquals(new byte[] {'x'}, readAll(tiny, "one-byte.txt"));
    }

    @Test
    void shouldRefuseAZipBomb(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("bomb.zip");
        writeZip(zip, Map.of("a.csv", new byte[3_000_000], "b.csv", new byte[3_000_000]));
        assertTrue(Files.size(zip) < 20_000, "highly compressible: " + Files.size(zip));
        ListFormatException e = assertThrows(ListFormatException.class,
                () -> new ListFileUnpacker(5_000_000).unpack(zip));
        assertTrue(e.getMessage().contains("cap of 5000000 bytes"), e.getMessage());
        assertEquals("bomb.zip", e.location());
        // the same archive is fine under a cap it fits
        assertEquals(2, new ListFileUnpacker(6_000_000).unpack(zip).names().size());
    }

    @Test
    void shouldRefuseAGzipBomb() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(new byte[2_000_000]);
        }
        ListFormatException e = assertThrows(ListFormatException.class,
                () -> new ListFileUnpacker(1_000_000).unpack("zeros.csv.gz", out.toByteArray()));
        assertTrue(e.getMessage().contains("cap"), e.getMessage());
    }

    @Test
    void shouldRefuseATruncatedGzip() throws Exception {
        byte[] gz = Files.readAllBytes(SharedData.file("lists/us-csl/consolidated-2022.csv.gz"));
        ListFormatException e = assertThrows(ListFormatException.class,
                () -> unpacker.unpack("consolidated-2022.csv.gz", Arrays.copyOf(gz, gz.length / 2)));
        assertEquals("consolidated-2022.csv.gz", e.location());
        assertTrue(e.getMessage().contains("gzip"), e.getMessage());
    }

    @Test
    void shouldRefuseATruncatedOrCorruptZip(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("list.zip");
        byte[] data = new byte[50_000];
        new java.util.Random(7).nextBytes(data);
        writeZip(zip, Map.of("list.xml", data));
        byte[] bytes = Files.readAllBytes(zip);

        // cut inside the entry data
        assertThrows(ListFormatException.class, () -> unpacker.unpack("list.zip", Arrays.copyOf(bytes, 20_000)));
        // cut after the entry, before the central directory: only the missing end record shows it
        int central = indexOf(bytes, new byte[] {'P', 'K', 1, 2});
        ListFormatException cut = assertThrows(ListFormatException.class,
                () -> unpacker.unpack("list.zip", Arrays.copyOf(bytes, central)));
        assertTrue(cut.getMessage().contains("truncated"), cut.getMessage());
        // flipped bytes in the compressed data
        byte[] corrupt = bytes.clone();
        for (int i = 200; i < 400; i++) {
            corrupt[i] ^= 0x5A;
        }
        ListFormatException bad = assertThrows(ListFormatException.class, () -> unpacker.unpack("list.zip", corrupt));
        assertEquals("list.zip", bad.location());
    }

    @Test
    void shouldRefuseAnEmptyZipAndClashingNames(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("empty.zip");
        writeZip(empty, Map.of("folder/", new byte[0]));
        assertThrows(ListFormatException.class, () -> unpacker.unpack(empty));

        Path clash = dir.resolve("clash.zip");
        writeZip(clash, Map.of("a/sdn.csv", new byte[] {'1'}, "b/sdn.csv", new byte[] {'2'}));
        ListFormatException e = assertThrows(ListFormatException.class, () -> unpacker.unpack(clash));
        assertTrue(e.getMessage().contains("sdn.csv"), e.getMessage());
    }

    private static void writeZip(Path zip, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (String name : entries.keySet().stream().sorted().toList()) {
                z.putNextEntry(new ZipEntry(name));
                z.write(entries.get(name));
                z.closeEntry();
            }
        }
    }

    private static byte[] readAll(ListFiles files, String name) throws IOException {
        try (InputStream in = files.open(name)) {
            return in.readAllBytes();
        }
    }

    private static String head(ListFiles files, String name, int n) throws IOException {
        try (InputStream in = files.open(name)) {
            return new String(in.readNBytes(n), StandardCharsets.UTF_8);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
