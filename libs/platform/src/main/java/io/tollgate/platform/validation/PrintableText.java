package io.tollgate.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text a person reads later (a trade reference, a goods description, a decision's comment) holds only
 * characters that display: no control characters, no bidirectional overrides, embeddings or isolates (which make
 * text display in another order than it is stored), no byte-order marks or zero-width spaces, no private-use or
 * unassigned code points, no lone surrogates. Joiners and directional marks (U+200C, U+200D, U+200E, U+200F) stay
 * allowed: Persian, Arabic and Hebrew text needs them. Names of parties are not restricted by this: they are
 * screened, and screening sees through such characters and flags them.
 */
@Documented
@Constraint(validatedBy = PrintableTextValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PrintableText {

    /** Whether line breaks (LF, CR) are allowed, as in a comment typed into a text area. */
    boolean lineBreaks() default false;

    String message() default "must hold only printable characters (no control, bidirectional-override or "
            + "invisible characters)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
