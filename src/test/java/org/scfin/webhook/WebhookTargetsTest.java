package org.scfin.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scfin.common.ProblemException;
import org.scfin.common.Violations;

/**
 * The production rule ({@code allowLocal} false, the default outside dev and test) and the rule with
 * {@code WEBHOOK_ALLOW_LOCAL_TARGETS=true} (and in dev and test).
 */
class WebhookTargetsTest {

    private final WebhookTargets production = new WebhookTargets(false);
    private final WebhookTargets local = new WebhookTargets(true);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "not a url",
                "example.com/hook",
                "/relative/path",
                "ftp://example.com/hook",
                "mailto:ops@example.com",
                "https://",
                "https://user:pass@example.com/hook",
                "https://example.com/hook#part",
                "https://exa mple.com/",
                "https://例子.测试/hook"
            })
    void malformedUrlsAreRefusedEverywhere(String url) {
        assertThat(production.refusal(url)).isNotNull();
        assertThat(local.refusal(url)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://93.184.215.14/hook",
                "https://localhost/hook",
                "https://LOCALHOST:8443/hook",
                "https://api.localhost/hook",
                "https://127.0.0.1/hook",
                "https://10.1.2.3/hook",
                "https://169.254.169.254/latest/meta-data",
                "https://100.64.1.1/",
                "https://0.0.0.0/",
                "https://[::1]/hook",
                "https://[fe80::1]/hook",
                "https://[fd00::5]/hook",
                "https://[::ffff:192.168.0.1]/hook",
                "https://224.0.0.5/"
            })
    void productionRefusesPlainHttpAndNonPublicAddresses(String url) {
        assertThat(production.refusal(url)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://localhost:8080/hook",
                "http://127.0.0.1:9999/hook",
                "http://10.1.2.3/hook",
                "https://[::1]:8443/hook",
                "http://erp.internal/hook"
            })
    void allowingLocalTargetsAcceptsHttpAndLoopback(String url) {
        assertThat(local.refusal(url)).isNull();
        assertThat(local.addressesRefusal("127.0.0.1")).isNull();
    }

    @Test
    void productionAcceptsHttpsToPublicAddresses() {
        assertThat(production.refusal("https://93.184.215.14/hook?tenant=7")).isNull();
        assertThat(production.refusal("https://[2606:4700:4700::1111]:8443/hook"))
                .isNull();
    }

    @Test
    void productionChecksWhatANameResolvesToAtDelivery() {
        // localhost resolves without DNS, from the hosts file
        assertThat(production.addressesRefusal("localhost")).contains("public address");
        assertThat(production.addressesRefusal("127.0.0.1")).isNotNull();
        assertThat(production.addressesRefusal("8.8.8.8")).isNull();
    }

    @Test
    void aRefusalNamesTheField() {
        Violations violations = new Violations();
        production.check("http://example.com/hook", "targetUrl", violations);
        production.check(null, "other", violations);
        try {
            violations.throwIfAny();
        } catch (ProblemException e) {
            assertThat(e.errors()).extracting(f -> f.field()).containsExactly("targetUrl", "other");
            assertThat(e.errors().get(0).message()).contains("https");
            return;
        }
        throw new AssertionError("no refusal");
    }
}
