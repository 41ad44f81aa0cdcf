package io.tollgate.screening.service;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ids of stored screenings and batches: time-ordered UUIDs (version 7, RFC 9562: 48 bits of Unix milliseconds,
 * then 74 random bits). They are the primary key of the audit tables, whose clustered index takes one row per
 * screening: a random (version 4) UUID put every insert on a random page, and once the table outgrew the buffer
 * pool nearly every insert read a page from disk; time-ordered ids append at the end. Their text form sorts by time.
 * They are not secrets: reading a stored screening needs the screener or auditor role.
 */
public final class ScreeningIds {

    private ScreeningIds() {
    }

    /** A new id for now. */
    public static String next() {
        return at(System.currentTimeMillis()).toString();
    }

    static UUID at(long epochMillis) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (epochMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
