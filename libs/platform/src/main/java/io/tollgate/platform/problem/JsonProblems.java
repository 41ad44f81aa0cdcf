package io.tollgate.platform.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Why a JSON document cannot be read, in our own words: never Jackson's messages, class or method names. */
public final class JsonProblems {

    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'");

    private JsonProblems() {
    }

    /** The field a document names twice, when that is what is wrong with it. */
    public static Optional<String> duplicateField(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return Optional.empty();
        }
        Matcher m = DUPLICATE.matcher(message);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A sentence saying what is wrong with the document and where, e.g. "Malformed JSON at line 1, column 9". */
    public static String describe(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !fieldPath(mapping).isEmpty()) {
            String field = fieldPath(mapping);
            if (e instanceof UnrecognizedPropertyException) {
                return "Unknown field '" + field + "'";
            }
            if (e instanceof MismatchedInputException) {
                return "Field '" + field + "' has a value of the wrong type or format";
            }
            return "Field '" + field + "' cannot be read";
        }
        Optional<String> duplicate = duplicateField(e);
        if (duplicate.isPresent()) {
            return "Field '" + duplicate.get() + "' appears more than once" + where(e);
        }
        if (e instanceof StreamConstraintsException) {
            String message = String.valueOf(e.getOriginalMessage());
            if (message.contains("nesting depth")) {
                return "The JSON document is nested too deeply" + where(e);
            }
            if (message.contains("Number")) {
                return "A number in the JSON document is too long" + where(e);
            }
            if (message.contains("String") || message.contains("Name")) {
                return "A text in the JSON document is too long" + where(e);
            }
            return "The JSON document is too large" + where(e);
        }
        if (e instanceof JsonEOFException) {
            return "Malformed JSON: the document ends too early" + where(e);
        }
        return "Malformed JSON" + where(e);
    }

    private static String where(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        if (loc == null || loc.getLineNr() < 0) {
            return "";
        }
        return " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    /** The path of the field a mapping failure is about, e.g. {@code parties[1].name}; empty for the whole body. */
    public static String fieldPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
