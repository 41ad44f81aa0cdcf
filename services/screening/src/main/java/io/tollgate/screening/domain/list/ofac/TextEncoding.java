package io.tollgate.screening.domain.list.ofac;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Tells the character set of a legacy OFAC file: UTF-8 when every byte sequence is valid UTF-8, else windows-1252
 * (older OFAC sets were published in Windows-1252/Latin-1, and any such file with accented letters is invalid UTF-8).
 */
final class TextEncoding {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextEncoding() {
    }

    /** Reads the stream to its end (bounded buffer) and returns UTF-8 if it is valid UTF-8, else windows-1252. */
    static Charset detect(InputStream in) throws IOException {
        byte[] buf = new byte[64 * 1024];
        int pending = 0; // continuation bytes still expected for the current sequence
        int n;
        while ((n = in.read(buf)) > 0) {
            for (int i = 0; i < n; i++) {
                int b = buf[i] & 0xFF;
                if (pending > 0) {
                    if ((b & 0xC0) != 0x80) {
                        return WINDOWS_1252;
                    }
                    pending--;
                } else if (b >= 0x80) {
                    if (b >= 0xC2 && b <= 0xDF) {
                        pending = 1;
                    } else if (b >= 0xE0 && b <= 0xEF) {
                        pending = 2;
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        pending = 3;
                    } else {
                        return WINDOWS_1252;
                    }
                }
            }
        }
        return pending == 0 ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /** A reader in the given charset that skips a UTF-8 byte-order mark. */
    static Reader reader(InputStream raw, Charset charset) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw);
        if (charset.equals(StandardCharsets.UTF_8)) {
            in.mark(3);
            byte[] bom = in.readNBytes(3);
            if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
                in.reset();
            }
        }
        return new InputStreamReader(in, charset);
    }
}
