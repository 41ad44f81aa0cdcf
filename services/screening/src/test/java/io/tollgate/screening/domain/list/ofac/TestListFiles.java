package io.tollgate.screening.domain.list.ofac;

import io.tollgate.screening.domain.list.ListFiles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** {@link ListFiles} over files on disk, a zip or strings, for the parser tests. */
final class TestListFiles {

    private TestListFiles() {
    }

    /** The given files of a folder that exist there (the OFAC sets are published with optional parts). */
    static ListFiles folder(Path dir, String... names) {
        Map<String, Path> files = new LinkedHashMap<>();
        for (String n : names) {
            Path p = dir.resolve(n);
            if (Files.exists(p)) {
                files.put(n, p);
            }
        }
        return paths(files);
    }

    /** Files by name. */
    static ListFiles paths(Map<String, Path> files) {
        Map<String, Path> copy = new LinkedHashMap<>(files);
        return new ListFiles() {
            @Override
            public List<String> names() {
                return List.copyOf(copy.keySet());
            }

            @Override
            public InputStream open(String name) throws IOException {
                Path p = copy.get(name);
                if (p == null) {
                    throw new NoSuchFileException(name);
                }
                return Files.newInputStream(p);
            }
        };
    }

    /** The entries of a zip, read on demand with java.util.zip. */
    static ListFiles zip(Path zip) {
        List<String> names = new ArrayList<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> en = z.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                if (!e.isDirectory()) {
                    names.add(e.getName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ListFiles() {
            @Override
            public List<String> names() {
                return List.copyOf(names);
            }

            @Override
            public InputStream open(String name) throws IOException {
                ZipFile z = new ZipFile(zip.toFile());
                ZipEntry e = z.getEntry(name);
                if (e == null) {
                    z.close();
                    throw new NoSuchFileException(name);
                }
                InputStream in = z.getInputStream(e);
                return new java.io.FilterInputStream(in) {
                    @Override
                    public void close() throws IOException {
                        try {
                            super.close();
                        } finally {
                            z.close();
                        }
                    }
                };
            }
        };
    }

    /** In-memory files. */
    static ListFiles strings(Map<String, byte[]> files) {
        Map<String, byte[]> copy = new LinkedHashMap<>(files);
        return new ListFiles() {
            @Override
            public List<String> names() {
                return List.copyOf(copy.keySet());
            }

            @Override
            public InputStream open(String name) throws IOException {
                byte[] b = copy.get(name);
                if (b == null) {
                    throw new NoSuchFileException(name);
                }
                return new ByteArrayInputStream(b);
            }
        };
    }

    /** One in-memory text file. */
    static ListFiles text(String name, String content) {
        return strings(Map.of(name, content.getBytes(StandardCharsets.UTF_8)));
    }
}
