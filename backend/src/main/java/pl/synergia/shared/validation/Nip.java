package pl.synergia.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** Polish tax identification number: 10 digits with a valid check digit. Null is valid. */
@Documented
@Constraint(validatedBy = Nip.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface Nip {
    String message() default "{pl.synergia.validation.Nip.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Nip, String> {
        private static final int[] WEIGHTS = { 6, 5, 7, 2, 3, 4, 5, 6, 7 };

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || valid(value);
        }

        public static boolean valid(String value) {
            return value.matches("^[0-9]{10}$") && Checksums.weightedMod11(value, WEIGHTS) == value.charAt(9) - '0';
        }
    }
}
