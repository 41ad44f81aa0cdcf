package io.tollgate.trade.rest.pages;

import io.tollgate.platform.problem.Problem;
import jakarta.validation.ConstraintViolation;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A form's problems in the API's words: each field path and message exactly as the JSON API's 400 problem names them
 * ({@code parties[0].name must not be blank}), sorted by field as there.
 */
final class FormProblems {

    private FormProblems() {
    }

    /** The violations of a request validated as the API validates its body. */
    static List<String> of(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> new Problem.Violation(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                .map(v -> v.field() + " " + v.message()).toList();
    }

    /** The violations a service's problem carried. */
    static List<String> ofProblem(List<Problem.Violation> violations) {
        return violations == null ? List.of() : violations.stream().map(v -> v.field() + " " + v.message()).toList();
    }
}
