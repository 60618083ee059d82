package org.scfin.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    void acceptsPublishedSampleCode() {
        // the sample code printed in GB 32100-2015 guidance material
        assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
        assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertThat(CreditCode.isValid("91350100M000100Y44")).isFalse();
        assertThat(CreditCode.isValid("91350100M000100Y4X")).isFalse();
    }

    @Test
    void refusesLettersOutsideTheAlphabetAndWrongLengths() {
        assertThat(CreditCode.isValid("91350100M000100I43")).isFalse(); // I is not used
        assertThat(CreditCode.isValid("91350100m000100Y43")).isFalse(); // lower case
        assertThat(CreditCode.isValid("91350100M000100Y4")).isFalse();
        assertThat(CreditCode.isValid("91350100M000100Y433")).isFalse();
        assertThat(CreditCode.isValid(null)).isFalse();
    }

    @Test
    void checkCharacterThirtyOneWrapsToZero() {
        // exhaustively: every body gets a character from the alphabet, and only that one validates
        String body = "9162030022454101";
        for (char last : CreditCode.ALPHABET.toCharArray()) {
            String first17 = body + last;
            char check = CreditCode.checkCharacter(first17);
            assertThat(CreditCode.ALPHABET.indexOf(check)).isBetween(0, 30);
            assertThat(CreditCode.isValid(first17 + check)).isTrue();
        }
    }
}
