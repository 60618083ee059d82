package org.scfin.region;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.scfin.common.IdentifierRule;
import org.scfin.common.RegionCodes;

/**
 * A region code written as one ({@link RegionCodes#isWellFormed}); null passes. Whether the region exists is another
 * rule.
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
@Constraint(validatedBy = WellFormedRegionCode.Validator.class)
public @interface WellFormedRegionCode {

    String message() default RegionCodes.MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<WellFormedRegionCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || RegionCodes.isWellFormed(value);
        }
    }
}
