package io.tollgate.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The pages the web library renders itself: sign-in, not allowed, and a plain message (an expired form, a 404). */
@CheckedTemplate(basePath = "web")
public final class WebTemplates {

    private WebTemplates() {
    }

    /** The sign-in form; {@code error} explains a refused token, {@code roles} the roles a token needs here. */
    public static native TemplateInstance login(String error, String roles);

    /** The 403 page: what the caller is, and which roles the page needs. */
    public static native TemplateInstance forbidden(String needed);

    /** A page with a title and one message. */
    public static native TemplateInstance message(String title, String text);
}
