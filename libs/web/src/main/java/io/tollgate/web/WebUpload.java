package io.tollgate.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page endpoint that receives a file (multipart): it is not {@link WebForm}, because a form read before the
 * filters loses its file parts, so the endpoint gets its file only through {@link WebUploads#read}, which checks the
 * CSRF token first. {@link CsrfFilter.Unmarked} lets it through on this mark.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface WebUpload {
}
