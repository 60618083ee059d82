package org.scfin.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A date or timestamp (in UTC) in the years {@link Dates} supports, 1900 to 9999; null passes. Every date and timestamp
 * of a request body carries it ({@code InputRulesCoverageTest} sees to that).
 */
@Target({
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {DateRange.ForDate.class, DateRange.ForInstant.class})
public @interface DateRange {

    String message() default Dates.RANGE_MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class ForDate implements ConstraintValidator<DateRange, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || Dates.inRange(value);
        }
    }

    class ForInstant implements ConstraintValidator<DateRange, Instant> {
        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return value == null || Dates.inRange(value);
        }
    }
}
