package io.tollgate.screening.domain.list;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Turns an uploaded or fetched publication into {@link ListFiles}. Plain, gzip and zip are told apart by their
 * magic bytes, never by name. A zip yields each file entry under its name without folders (folders, macOS
 * {@code __MACOSX} metadata and {@code ._} resource forks are skipped). Archives are read through once up
 * front, so a corrupt or truncated archive, or one that inflates past the size cap (a zip bomb), is refused
 * before any parser sees it. Only the packed bytes are kept: each {@link ListFiles#open} unpacks again, so
 * memory stays at the size of the upload.
 */
public final class ListFileUnpacker {

    /** Default cap on the total uncompressed size of one publication: 1 GiB. */
    public static final long DEFAULT_MAX_UNCOMPRESSED_BYTES = 1L << 30;
    /** More entries than this is not a list publication. */
    static final int MAX_ENTRIES = 10_000;

    private static final int EOCD_SIGNATURE = 0x06054b50;
    private static final int EOCD_MIN = 22;
    private static final int EOCD_MAX = EOCD_MIN + 0xFFFF;

    private final long maxUncompressedBytes;

    public ListFileUnpacker() {
        this(DEFAULT_MAX_UNCOMPRESSED_BYTES);
    }

    /** An unpacker refusing publications that inflate to more than {@code maxUncompressedBytes} in total. */
    public ListFileUnpacker(long maxUncompressedBytes) {
        if (maxUncompressedBytes <= 0) {
            throw new IllegalArgumentException("the size cap must be positive: " + maxUncompressedBytes);
        }
        this.maxUncompressedBytes = maxUncompressedBytes;
    }

    /** Unpacks a file on disk; the file is re-read on each open, so it must stay in place while in use. */
    public ListFiles unpack(Path file) throws IOException, ListFormatException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("not a readable file: " + file);
        }
        return unpack(file.getFileName().toString(), new PathSource(file));
    }

    /** Unpacks bytes held in memory; {@code name} names the file (plain or gzip) or the archive (zip). */
    public ListFiles unpack(String name, byte[] bytes) throws ListFormatException {
        try {
            return unpack(name, new BytesSource(bytes.clone()));
        } catch (IOException e) {
            // reading a byte array cannot fail; what can fail (corrupt data) is already a ListFormatException
            throw new IllegalStateException(e);
        }
    }

    private ListFiles unpack(String name, Source source) throws IOException, ListFormatException {
        byte[] magic;
        try (InputStream in = source.open()) {
            magic = in.readNBytes(4);
        }
        if (magic.length >= 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B) {
            return gzip(name, source);
        }
        if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K'
                && ((magic[2] == 3 && magic[3] == 4) || (magic[2] == 5 && magic[3] == 6))) {
            return zip(name, source);
        }
        return new SingleFile(name, source::open);
    }

    private ListFiles gzip(String name, Source source) throws IOException, ListFormatException {
        String inner = stripGzipSuffix(name);
        try (InputStream in = new Capped(new GZIPInputStream(source.open()), maxUncompressedBytes, name)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (SizeCapExceeded e) {
            throw tooBig(name);
        } catch (EOFException | ZipException e) {
            throw new ListFormatException("corrupt or truncated gzip data: " + e.getMessage(), name, e);
        }
        long cap = maxUncompressedBytes;
        return new SingleFile(inner, () -> new Capped(new GZIPInputStream(source.open()), cap, inner));
    }

    private ListFiles zip(String archive, Source source) throws IOException, ListFormatException {
        if (!hasEndOfCentralDirectory(source)) {
            // ZipInputStream reads local headers only and would take a zip cut after its last entry as complete
            throw new ListFormatException("truncated zip: the end-of-central-directory record is missing", archive);
        }
        Map<String, String> entries = new LinkedHashMap<>();
        long total = 0;
        int count = 0;
        try (ZipInputStream zin = new ZipInputStream(source.open())) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                if (++count > MAX_ENTRIES) {
                    throw new ListFormatException("more than " + MAX_ENTRIES + " entries", archive);
                }
                // every entry is inflated, skipped ones too, so the cap also covers them
                total += new Capped(zin, maxUncompressedBytes - total, archive + "!" + e.getName())
                        .transferTo(OutputStream.nullOutputStream());
                String base = baseName(e.getName());
                if (e.isDirectory() || ignored(e.getName(), base)) {
                    continue;
                }
                String previous = entries.putIfAbsent(base, e.getName());
                if (previous != null) {
                    throw new ListFormatException("two entries are named " + base + " once folders are removed ("
                            + previous + ", " + e.getName() + ")", archive);
                }
            }
        } catch (SizeCapExceeded e) {
            throw tooBig(archive);
        } catch (EOFException | ZipException | IllegalArgumentException e) {
            // IllegalArgumentException: an entry name that is not valid UTF-8
            throw new ListFormatException("corrupt zip: " + e.getMessage(), archive, e);
        }
        if (entries.isEmpty()) {
            throw new ListFormatException("the zip holds no files", archive);
        }
        return new ZipFiles(archive, source, Map.copyOf(entries), List.copyOf(entries.keySet()), maxUncompressedBytes);
    }

    private ListFormatException tooBig(String name) {
        return new ListFormatException("inflates past the cap of " + maxUncompressedBytes
                + " bytes uncompressed (a zip bomb, or a publication needing a higher cap)", name);
    }

    private static boolean ignored(String path, String base) {
        return base.isEmpty() || path.startsWith("__MACOSX/") || path.contains("/__MACOSX/") || base.startsWith("._")
                || base.equals(".DS_Store");
    }

    private static String baseName(String entry) {
        String n = entry.replace('\\', '/');
        if (n.endsWith("/")) {
            n = n.substring(0, n.length() - 1);
        }
        return n.substring(n.lastIndexOf('/') + 1);
    }

    private static String stripGzipSuffix(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz") && name.length() > 3) {
            return name.substring(0, name.length() - 3);
        }
        if (lower.endsWith(".gzip") && name.length() > 5) {
            return name.substring(0, name.length() - 5);
        }
        return name;
    }

    private static boolean hasEndOfCentralDirectory(Source source) throws IOException {
        byte[] tail = source.tail(EOCD_MAX);
        ByteBuffer b = ByteBuffer.wrap(tail).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int i = tail.length - EOCD_MIN; i >= 0; i--) {
            if (b.getInt(i) == EOCD_SIGNATURE) {
                int commentLength = b.getShort(i + 20) & 0xFFFF;
                if (i + EOCD_MIN + commentLength == tail.length) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where the packed bytes come from. */
    private interface Source {
        InputStream open() throws IOException;

        byte[] tail(int max) throws IOException;
    }

    private record PathSource(Path path) implements Source {
        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(path);
        }

        @Override
        public byte[] tail(int max) throws IOException {
            try (SeekableByteChannel ch = Files.newByteChannel(path)) {
                long size = ch.size();
                int n = (int) Math.min(size, max);
                ByteBuffer buf = ByteBuffer.allocate(n);
                ch.position(size - n);
                while (buf.hasRemaining() && ch.read(buf) >= 0) {
                    // read until the tail is full
                }
                return buf.array();
            }
        }
    }

    private record BytesSource(byte[] bytes) implements Source {
        @Override
        public InputStream open() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public byte[] tail(int max) {
            int n = Math.min(bytes.length, max);
            byte[] t = new byte[n];
            System.arraycopy(bytes, bytes.length - n, t, 0, n);
            return t;
        }
    }

    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }

    private record SingleFile(String name, Opener opener) implements ListFiles {
        @Override
        public List<String> names() {
            return List.of(name);
        }

        @Override
        public InputStream open(String n) throws IOException {
            if (!name.equals(n)) {
                throw new IOException("no file named " + n + " (the publication holds " + name + ")");
            }
            return opener.open();
        }
    }

    private record ZipFiles(String archive, Source source, Map<String, String> entryByName, List<String> names,
                            long cap) implements ListFiles {
        @Override
        public InputStream open(String name) throws IOException {
            String entry = entryByName.get(name);
            if (entry == null) {
                throw new IOException("no file named " + name + " in " + archive);
            }
            ZipInputStream zin = new ZipInputStream(source.open());
            try {
                ZipEntry e;
                while ((e = zin.getNextEntry()) != null) {
                    if (e.getName().equals(entry)) {
                        return new Capped(zin, cap, archive + "!" + entry);
                    }
                }
            } catch (IOException | RuntimeException ex) {
                zin.close();
                throw ex;
            }
            zin.close();
            throw new IOException(entry + " is no longer in " + archive);
        }
    }

    /** Signals the size cap: an IOException so it can leave transferTo, caught and turned into a format error. */
    private static final class SizeCapExceeded extends IOException {
        SizeCapExceeded(String message) {
            super(message);
        }
    }

    /** Counts what is read and stops at the cap, so declared sizes (which a zip bomb lies about) do not matter. */
    private static final class Capped extends FilterInputStream {
        private final long cap;
        private final String what;
        private long read;

        Capped(InputStream in, long cap, String what) {
            super(in);
            this.cap = cap;
            this.what = what;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count(s);
            return s;
        }

        private void count(long n) throws SizeCapExceeded {
            read += n;
            if (read > cap) {
                throw new SizeCapExceeded(what + " inflates past the size cap of " + cap + " bytes");
            }
        }
    }
}
