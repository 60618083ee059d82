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
 * Free text a caller sends is stored and shown as sent, so it must be text: no control characters (Unicode Cc: NUL,
 * ESC, DEL, the C1 range...) and nothing that is not a character (a lone UTF-16 surrogate, which the database would
 * store as "?", or a noncharacter such as U+FFFF). Names, references and numbers are one line; reasons and notes
 * ({@link #multiLine()}) may also hold line feeds, carriage returns and tabs. Null passes.
 */
@Target({
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

    /** Line feed, carriage return and tab are allowed too, for text that may span lines. */
    boolean multiLine() default false;

    String message() default "must be text without control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainText, String> {

        private boolean multiLine;

        @Override
        public void initialize(PlainText annotation) {
            multiLine = annotation.multiLine();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String problem = value == null ? null : problem(value, multiLine);
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
            return false;
        }

        /** What is wrong with {@code text}, in words a caller can act on, or null when it is plain text. */
        static String problem(String text, boolean multiLine) {
            int position = 0;
            for (int i = 0; i < text.length(); position++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c)
                        && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
                    if (isNoncharacter(codePoint)) {
                        return notACharacter(codePoint, position);
                    }
                    i += 2;
                    continue;
                }
                if (Character.isSurrogate(c)) {
                    return "must be well-formed Unicode: " + hex(c) + " at position " + (position + 1)
                            + " is half of a surrogate pair";
                }
                if (isNoncharacter(c)) {
                    return notACharacter(c, position);
                }
                if (Character.getType(c) == Character.CONTROL
                        && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
                    return (multiLine
                                    ? "must be text without control characters other than line breaks and tabs: "
                                    : "must be one line of text without control characters: ")
                            + hex(c) + " at position " + (position + 1) + " is one";
                }
                i++;
            }
            return null;
        }

        private static boolean isNoncharacter(int codePoint) {
            return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
        }

        private static String notACharacter(int codePoint, int position) {
            return "must be well-formed Unicode: " + hex(codePoint) + " at position " + (position + 1)
                    + " is not a character";
        }

        private static String hex(int codePoint) {
            return String.format("U+%04X", codePoint);
        }
    }
}
