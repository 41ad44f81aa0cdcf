package io.tollgate.screening.domain.list.support;

import io.tollgate.screening.domain.list.ListFiles;
import io.tollgate.screening.domain.list.ListFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Picks the file of a publication a single-file parser reads, by its first bytes rather than its name, so a
 * renamed upload still finds its parser and a wrong file is refused before any parsing.
 */
public final class ListFileChooser {

    /** How much of a file the format checks look at. */
    public static final int HEAD_BYTES = 8192;

    private ListFileChooser() {
    }

    /** Up to {@link #HEAD_BYTES} bytes from the start of a file. */
    public static byte[] head(ListFiles files, String name) throws IOException {
        try (InputStream in = files.open(name)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }

    /** The start of a file as UTF-8 text, byte-order mark removed (bad bytes become U+FFFD, never an error). */
    public static String headText(byte[] head) {
        String s = new String(head, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** The first file whose head passes the test. */
    public static Optional<String> first(ListFiles files, Predicate<byte[]> test) throws IOException {
        for (String name : files.names()) {
            if (test.test(head(files, name))) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /**
     * The file to parse: the first whose head passes the test, else the only file (so that parsing it reports
     * exactly where it goes wrong), else a {@link ListFormatException} naming the files.
     */
    public static String choose(ListFiles files, Predicate<byte[]> test, String expected) throws ListFormatException {
        try {
            Optional<String> match = first(files, test);
            if (match.isPresent()) {
                return match.get();
            }
        } catch (IOException e) {
            throw new ListFormatException("cannot read the publication: " + e.getMessage(),
                    String.join(", ", files.names()), e);
        }
        if (files.names().size() == 1) {
            return files.names().get(0);
        }
        throw new ListFormatException("no file looks like " + expected, files.names().isEmpty() ? "(no files)"
                : String.join(", ", files.names()));
    }
}
