package org.scfin.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Turns Bean Validation violations into problem details. Rules in the request body are 422 (the JSON was read but
 * breaks a rule); rules on query or path parameters are 400, except an {@link IdentifierRule}: an id or code that can
 * never name a record is 422 in a filter as in a body.
 */
final class ValidationProblems {

    private ValidationProblems() {}

    static ProblemException from(Set<? extends ConstraintViolation<?>> violations) {
        boolean unprocessable = false;
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            Location location = locate(violation.getPropertyPath());
            unprocessable |= location.inBody() || isIdentifierRule(violation.getConstraintDescriptor());
            errors.add(new FieldError(
                    location.field(), rule(violation.getConstraintDescriptor()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(FieldError::rule));
        if (unprocessable) {
            return ProblemException.invalid(errors);
        }
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " parameters not valid, see errors";
        return new ProblemException(ProblemType.INVALID_PARAMETER, detail, errors);
    }

    private record Location(String field, boolean inBody) {}

    /** Skips the method and parameter nodes of the path: a caller knows {@code items[3].amount}, not Java names. */
    private static Location locate(Path path) {
        StringBuilder field = new StringBuilder();
        String parameterName = null;
        boolean inBody = false;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameterName = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                inBody = true;
                if (node.getIndex() != null && !field.isEmpty()) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(node.getName());
                }
            }
        }
        if (field.isEmpty()) {
            return new Location(parameterName, false);
        }
        return new Location(field.toString(), inBody);
    }

    private static boolean isIdentifierRule(ConstraintDescriptor<?> descriptor) {
        return descriptor.getAnnotation().annotationType().isAnnotationPresent(IdentifierRule.class);
    }

    /** The constraint's annotation name in kebab case: {@code NotBlank} becomes {@code not-blank}. */
    private static String rule(ConstraintDescriptor<?> descriptor) {
        String name = descriptor.getAnnotation().annotationType().getSimpleName();
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
