package io.tollgate.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PrintableText}; {@code null} is left to {@code @NotNull}. */
public class PrintableTextValidator implements ConstraintValidator<PrintableText, CharSequence> {

    private boolean lineBreaks;

    @Override
    public void initialize(PrintableText annotation) {
        lineBreaks = annotation.lineBreaks();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || isPrintable(value, lineBreaks);
    }

    /** Whether every code point of {@code text} displays (see {@link PrintableText}). */
    public static boolean isPrintable(CharSequence text, boolean lineBreaks) {
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == '\r') {
                if (!lineBreaks) {
                    return false;
                }
                continue;
            }
            if (!printable(cp)) {
                return false;
            }
        }
        return true;
    }

    private static boolean printable(int cp) {
        if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200B || cp == 0xFEFF
                || cp == 0x2060 || cp == 0x00AD) {
            return false; // bidi embeddings, overrides and isolates; zero-width space, word joiner, BOM, soft hyphen
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> false;
            default -> true;
        };
    }
}
