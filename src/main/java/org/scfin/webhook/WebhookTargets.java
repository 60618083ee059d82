package org.scfin.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.scfin.common.Violations;

/**
 * The rules a webhook target URL keeps: an absolute http(s) URL without credentials or fragment; in production (unless
 * {@code WEBHOOK_ALLOW_LOCAL_TARGETS=true}) HTTPS to a public address only, checked when the subscription is written
 * and again against the addresses the host resolves to at each delivery, since DNS may point the same name elsewhere
 * later.
 */
@ApplicationScoped
public class WebhookTargets {

    static final int MAX_LENGTH = 2000;

    private final boolean allowLocal;

    @Inject
    public WebhookTargets(WebhookConfig config) {
        this(config.allowLocalTargets());
    }

    WebhookTargets(boolean allowLocal) {
        this.allowLocal = allowLocal;
    }

    /** Records under {@code field} each rule the URL breaks. */
    public void check(String url, String field, Violations violations) {
        if (url == null || url.isEmpty()) {
            violations.add(field, "required", "must be given");
            return;
        }
        String refusal = refusal(url);
        if (refusal != null) {
            violations.add(field, "target-url", refusal);
        }
    }

    /** Why the URL may not be a target, or null when it may. */
    String refusal(String url) {
        if (url.length() > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters";
        }
        if (!url.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return "must be an absolute http or https URL of visible ASCII characters (punycode for other names)";
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "must be an absolute http or https URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.isOpaque()) {
            return "must be an absolute http or https URL with a host";
        }
        if (uri.getRawUserInfo() != null) {
            return "must not carry credentials";
        }
        if (uri.getRawFragment() != null) {
            return "must not have a fragment";
        }
        if (allowLocal) {
            return null;
        }
        if (!scheme.equals("https")) {
            return "must use https (plain http only with WEBHOOK_ALLOW_LOCAL_TARGETS=true)";
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            return "must not be a loopback address";
        }
        InetAddress literal = TargetAddresses.literal(host);
        if (literal != null) {
            return TargetAddresses.isPublic(literal) ? null : "must be a public address";
        }
        return addressesRefusal(host);
    }

    /**
     * Why a delivery may not go to this host now, or null when every address it resolves to is allowed. A host that
     * does not resolve is left to the HTTP client, whose failure is the attempt's error.
     */
    public String addressesRefusal(String host) {
        if (allowLocal) {
            return null;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return null;
        }
        for (InetAddress address : addresses) {
            if (!TargetAddresses.isPublic(address)) {
                return "must be a public address (" + host + " resolves to a private, loopback or reserved one)";
            }
        }
        return null;
    }

    boolean allowsLocal() {
        return allowLocal;
    }
}
