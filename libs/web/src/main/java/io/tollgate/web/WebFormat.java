package io.tollgate.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the pages write a moment: always with its time zone (UTC). */
public final class WebFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private WebFormat() {
    }

    /** {@code 2026-12-07 22:30:27 UTC}, or an em dash for none. */
    public static String time(Instant t) {
        return t == null ? "—" : TIME.format(t);
    }
}
