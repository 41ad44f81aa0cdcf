package io.tollgate.web;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page endpoint (or a whole page resource) that receives forms: {@link CsrfFilter} reads the form before the
 * endpoint and refuses it without its CSRF token. A state-changing page endpoint without this mark is refused outright
 * ({@link CsrfFilter.Unmarked}), so a forgotten mark fails closed.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface WebForm {
}
