package org.scfin.bench;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The writes the service acknowledged to the drill's clients, with the state each must be found in afterwards: every
 * receivable of an acknowledged batch, and every financing at the last step acknowledged for it. A step whose call
 * never got a definitive answer may or may not have happened, so it is remembered as the one further state the
 * financing may be in. Each acknowledged request is kept too, to send it again and compare the replayed answer.
 */
final class Ledger {

    /**
     * The financing path's states in order; a financing is found at its acknowledged state or the one attempted next.
     */
    static final List<String> PATH = List.of("APPLIED", "APPROVED", "DISBURSED");

    record Receivable(String id, String supplierId, String coreId, BigDecimal amount) {}

    /** A financing: the last state acknowledged, and the next one if its call ended without an answer. */
    record Financing(String id, String programId, String acknowledged, String unresolvedNext) {}

    /** An acknowledged request, as sent, and the body of its first acknowledged answer. */
    record Request(String path, String token, String key, Object body, Map<String, String> headers, byte[] answer) {}

    final Map<String, Receivable> receivables = new ConcurrentHashMap<>();
    final Map<String, Financing> financings = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<Request> requests = new ConcurrentLinkedQueue<>();
    /** Calls that ran out of retries without a definitive answer. */
    final AtomicLong unresolved = new AtomicLong();
    /** Calls the service refused for good (a stored 4xx): not acknowledged, and expected to be none. */
    final AtomicLong refused = new AtomicLong();

    void acknowledged(String path, String token, Object body, Map<String, String> headers, KeyedCalls.Outcome o) {
        requests.add(new Request(path, token, o.key(), body, headers, o.reply().body()));
    }

    void financingAt(String id, String programId, String state) {
        financings.put(id, new Financing(id, programId, state, null));
    }

    /** The call that would have moved financing {@code id} on to {@code next} ended without an answer. */
    void financingMaybeAt(String id, String next) {
        financings.computeIfPresent(id, (k, f) -> new Financing(f.id(), f.programId(), f.acknowledged(), next));
    }

    long disbursedAcknowledged() {
        return financings.values().stream()
                .filter(f -> f.acknowledged().equals("DISBURSED"))
                .count();
    }
}
