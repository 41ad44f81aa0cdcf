package io.tollgate.testsupport;

import java.util.List;

/** The hostile inputs {@link BadInputFuzzContract} sends: text, parameters and bodies every service must refuse or
 * take as plain data. */
final class HostileInputs {

    private HostileInputs() {
    }

    /** Text that must be taken as plain data, never as code, markup, a path or a lookup. */
    static final List<String> HOSTILE_TEXT = List.of(
            "' OR '1'='1' -- ",
            "Robert'); DROP TABLE trade;--",
            "<script>alert(1)</script>",
            "${jndi:ldap://127.0.0.1:1/a}",
            "../../../../etc/passwd",
            "\u0000\u0001\u0007\u001b[31m\u007f",
            "\u202eevil\u202c \u200b\u200d\ufeff",
            // a listed name hidden by a right-to-left override, and one with Cyrillic look-alikes (issue 21)
            "\u202evorvaL iegreS",
            "Serge\u0456 L\u0430vr\u043ev \u2066x\u2069\u00ad",
            "Сергей Lavrov 習近平 محمد 김정은 Ελλάδα",
            "%00%27%22%3C",
            "x".repeat(20_000));

    /** Junk for path and query parameters. */
    static final List<String> HOSTILE_PARAMETERS = List.of("abc", "-1", "0", "99999999999999999999999", "1.5",
            "' OR 1=1 --", "%2e%2e%2f", "2026-02-30", "\u0000", "Сергей", "x".repeat(3000));

    /** Bodies that are not JSON documents, or not whole ones. */
    static final List<String> MALFORMED_JSON = List.of("", "{", "}", "{]", "not json", "nul", "{\"a\":", "[1,2",
            "{\"a\" 1}", "\"\\ud800\"", "{\"name\": \"\\u00\"}", "\u0000\u0000", "null", "[]", "42", "\"text\"");

    static byte[] utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A hostile input as it can be printed in a failure message: control characters shown as '?', cut at 60. */
    static String abbreviate(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 60 ? clean : clean.substring(0, 57) + "...";
    }
}
