package io.tollgate.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The CSRF tokens of the workbench's forms: a random value in the {@value #COOKIE} cookie (HttpOnly, SameSite=Strict)
 * and, in each form, an HMAC of that value and of the session cookie under a server key. A token therefore belongs to
 * one browser and one sign-in: a page rendered before signing in or for another session does not submit, and a site
 * that can neither read our cookies nor compute the HMAC cannot forge one. See docs/workbench.md.
 */
@ApplicationScoped
public class CsrfTokens {

    /** The cookie holding the browser's random CSRF value. */
    public static final String COOKIE = "tollgate_csrf";
    /** The form field every state-changing form carries. */
    public static final String FIELD = "csrf";

    private static final SecureRandom RANDOM = new SecureRandom();
    private final byte[] key;

    public CsrfTokens(WebConfig config) {
        this.key = config.csrfKey().filter(k -> !k.isBlank()).map(k -> k.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> {
                    byte[] drawn = new byte[32];
                    RANDOM.nextBytes(drawn);
                    return drawn;
                });
    }

    /** A fresh random value for the cookie. */
    public String newCookieValue() {
        byte[] value = new byte[24];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    /** The form token for this cookie value and session ({@code ""} when not signed in). */
    public String token(String cookieValue, String session) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(cookieValue.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update((session == null ? "" : session).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    /** Whether a submitted token matches the cookie and session it was issued for (in constant time). */
    public boolean verify(String submitted, String cookieValue, String session) {
        if (submitted == null || submitted.isBlank() || cookieValue == null || cookieValue.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(submitted.getBytes(StandardCharsets.UTF_8),
                token(cookieValue, session).getBytes(StandardCharsets.UTF_8));
    }
}
