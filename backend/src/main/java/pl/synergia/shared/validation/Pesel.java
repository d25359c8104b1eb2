package pl.synergia.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Polish personal identification number: 11 digits, a real birth date encoded in the first six
 * (the month carries the century), and a correct check digit. Null is valid (people without one).
 */
@Documented
@Constraint(validatedBy = Pesel.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface Pesel {
    String message() default "{pl.synergia.validation.Pesel.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Pesel, String> {
        private static final int[] WEIGHTS = { 1, 3, 7, 9, 1, 3, 7, 9, 1, 3 };

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || valid(value);
        }

        public static boolean valid(String value) {
            if (value == null || !value.matches("^[0-9]{11}$") || birthDate(value).isEmpty()) {
                return false;
            }
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                sum += (value.charAt(i) - '0') * WEIGHTS[i];
            }
            return (10 - sum % 10) % 10 == value.charAt(10) - '0';
        }

        /** The birth date a PESEL encodes (months +80 for 1800s, +0 for 1900s, +20 for 2000s, +40, +60). */
        public static Optional<LocalDate> birthDate(String pesel) {
            int year = Integer.parseInt(pesel.substring(0, 2));
            int month = Integer.parseInt(pesel.substring(2, 4));
            int day = Integer.parseInt(pesel.substring(4, 6));
            int century = switch (month / 20) {
                case 0 -> 1900;
                case 1 -> 2000;
                case 2 -> 2100;
                case 3 -> 2200;
                case 4 -> 1800;
                default -> -1;
            };
            if (century < 0) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.of(century + year, month % 20, day));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
    }
}
