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

/** Polish statistical number REGON: 9 or 14 digits with a valid check digit. Null is valid. */
@Documented
@Constraint(validatedBy = Regon.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface Regon {
    String message() default "{pl.synergia.validation.Regon.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Regon, String> {
        private static final int[] WEIGHTS_9 = { 8, 9, 2, 3, 4, 5, 6, 7 };
        private static final int[] WEIGHTS_14 = { 2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8 };

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || valid(value);
        }

        public static boolean valid(String value) {
            if (value.matches("^[0-9]{9}$")) {
                return check(value, WEIGHTS_9);
            }
            return value.matches("^[0-9]{14}$") && check(value.substring(0, 9), WEIGHTS_9) && check(value, WEIGHTS_14);
        }

        private static boolean check(String digits, int[] weights) {
            int expected = Checksums.weightedMod11(digits, weights) % 10;
            return expected == digits.charAt(weights.length) - '0';
        }
    }
}
