package org.scfin.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardWebhooksTest {

    /**
     * The expected value was computed apart, with Python's hmac module: base64 of HMAC-SHA256 keyed with the decoded
     * bytes after whsec_, over id.timestamp.body.
     */
    @Test
    void signsIdTimestampAndBodyWithTheDecodedSecret() {
        assertThat(StandardWebhooks.sign(
                        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw2Yx+T0sS3oo=",
                        "msg_p5jXN8AQM9LWM0D4loKWxJek",
                        1614265330,
                        "{\"test\": 2432232314}"))
                .isEqualTo("v1,dYgMDXJ3K78+uNWoaMZEUde/9SacAT6uqU8aOyMlb0w=");
    }

    @Test
    void aSecretIsWhsecAndThirtyTwoRandomBytes() {
        String secret = StandardWebhooks.newSecret();
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(StandardWebhooks.newSecret()).isNotEqualTo(secret);
    }

    @Test
    void duringARotationBothSecretsSignSpaceSeparated() {
        String current = StandardWebhooks.newSecret();
        String previous = StandardWebhooks.newSecret();
        String header = StandardWebhooks.signature(List.of(current, previous), "msg_1", 1700000000, "{}");
        assertThat(header.split(" "))
                .containsExactly(
                        StandardWebhooks.sign(current, "msg_1", 1700000000, "{}"),
                        StandardWebhooks.sign(previous, "msg_1", 1700000000, "{}"));
    }

    @Test
    void aSealedSecretOpensOnlyWithItsKey() {
        byte[] key = new byte[32];
        key[0] = 7;
        SecretSeal seal = new SecretSeal(key);
        String secret = StandardWebhooks.newSecret();
        String sealed = seal.seal(secret);
        assertThat(sealed).doesNotContain(secret.substring(6, 20));
        assertThat(seal.open(sealed)).isEqualTo(secret);
        byte[] other = new byte[32];
        assertThatThrownBy(() -> new SecretSeal(other).open(sealed)).isInstanceOf(IllegalStateException.class);
    }
}
