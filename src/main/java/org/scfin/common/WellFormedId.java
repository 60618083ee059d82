package org.scfin.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An id as this API writes them ({@link Ids#isWellFormed}); null passes. A 422 wherever it is sent, body or query
 * filter.
 */
@Target({
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
@IdentifierRule
@Constraint(validatedBy = WellFormedId.Validator.class)
public @interface WellFormedId {

    String message() default Ids.MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<WellFormedId, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Ids.isWellFormed(value);
        }
    }
}
