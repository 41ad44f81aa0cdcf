package io.tollgate.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's state for posting a workbench form in a RestAssured test: the CSRF cookie and the token a page renders
 * for it, bound to a session token (or to none, for the sign-in form). Read from {@code GET /login} as a browser would.
 */
public record WebForms(String session, String csrfCookie, String csrfToken) {

    /** The session cookie's name (libs/web). */
    public static final String SESSION_COOKIE = "tollgate_token";
    /** The CSRF cookie's name (libs/web). */
    public static final String CSRF_COOKIE = "tollgate_csrf";

    private static final Pattern FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    /** A signed-in browser (the session cookie holds this token). */
    public static WebForms signedIn(String token) {
        return read(token);
    }

    /** A browser not signed in yet (for the sign-in form). */
    public static WebForms anonymous() {
        return read(null);
    }

    private static WebForms read(String session) {
        RequestSpecification request = given().redirects().follow(false);
        if (session != null) {
            request.cookie(SESSION_COOKIE, session);
        }
        var page = request.get("/login").then().statusCode(200).extract();
        String cookie = page.cookie(CSRF_COOKIE);
        Matcher m = FIELD.matcher(page.asString());
        if (cookie == null || !m.find()) {
            throw new AssertionError("GET /login gave no CSRF cookie or form token");
        }
        return new WebForms(session, cookie, m.group(1));
    }

    /** A request carrying this browser's cookies and the form's CSRF field; add the other fields and post. */
    public RequestSpecification form() {
        RequestSpecification request = given().redirects().follow(false).cookie(CSRF_COOKIE, csrfCookie);
        if (session != null) {
            request.cookie(SESSION_COOKIE, session);
        }
        return request.formParam("csrf", csrfToken);
    }

    /** The cookies without the CSRF field (to show a form without its token is refused). */
    public RequestSpecification withoutToken() {
        RequestSpecification request = given().redirects().follow(false).cookie(CSRF_COOKIE, csrfCookie);
        if (session != null) {
            request.cookie(SESSION_COOKIE, session);
        }
        return request;
    }
}
