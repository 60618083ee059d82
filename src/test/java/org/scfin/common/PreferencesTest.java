package org.scfin.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading {@code Prefer: return=minimal} the way RFC 7240 writes preferences. */
class PreferencesTest {

    @Test
    void findsReturnMinimalAmongOtherPreferences() {
        assertThat(Preferences.returnMinimal(List.of("return=minimal"))).isTrue();
        assertThat(Preferences.returnMinimal(List.of("respond-async, wait=10, RETURN=Minimal")))
                .isTrue();
        assertThat(Preferences.returnMinimal(List.of("handling=lenient", "return=\"minimal\"")))
                .isTrue();
        assertThat(Preferences.returnMinimal(List.of("return=minimal; foo=\"a,b\"")))
                .isTrue();
    }

    @Test
    void anythingElseKeepsTheFullAnswer() {
        assertThat(Preferences.returnMinimal(null)).isFalse();
        assertThat(Preferences.returnMinimal(List.of())).isFalse();
        assertThat(Preferences.returnMinimal(List.of("return=representation"))).isFalse();
        assertThat(Preferences.returnMinimal(List.of("return"))).isFalse();
        assertThat(Preferences.returnMinimal(List.of("returns=minimal", "x=\"return=minimal\"")))
                .isFalse();
        // a quoted comma does not start another preference
        assertThat(Preferences.returnMinimal(List.of("foo=\"a, return=minimal\"")))
                .isFalse();
    }

    @Test
    void theFirstReturnPreferenceCounts() {
        assertThat(Preferences.returnMinimal(List.of("return=representation, return=minimal")))
                .isFalse();
        assertThat(Preferences.returnMinimal(List.of("return=minimal", "return=representation")))
                .isTrue();
    }
}
