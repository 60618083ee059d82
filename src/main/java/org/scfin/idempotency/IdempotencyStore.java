package org.scfin.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The {@code idempotency_record} table. Claims are taken with a row lock in their own transaction; the response is
 * written in the transaction of the work itself, and only by the holder of the claim.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** The outcome of trying to claim a key. */
    sealed interface Claim {
    }

    record Claimed(String token) implements Claim {
    }

    record Replay(StoredResponse response) implements Claim {
    }

    record Running() implements Claim {
    }

    record OtherPayload() implements Claim {
    }

    @Inject
    EntityManager em;

    @Inject
    IdempotencyConfig config;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim claim(String scope, String key, String requestHash) {
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select request_hash, state, claimed_at, expires_at, response_status, response_type, response_location, response_body
                        from idempotency_record where caller_scope = ?1 and idempotency_key = ?2 for update""")
                .setParameter(1, scope).setParameter(2, key).getResultList();
        String token = UUID.randomUUID().toString();
        if (rows.isEmpty()) {
            em.createNativeQuery("""
                            insert into idempotency_record (caller_scope, idempotency_key, request_hash, state, claim_token, claimed_at, expires_at)
                            values (?1, ?2, ?3, 'IN_PROGRESS', ?4, ?5, ?6)""")
                    .setParameter(1, scope).setParameter(2, key).setParameter(3, requestHash).setParameter(4, token)
                    .setParameter(5, Timestamp.from(now)).setParameter(6, Timestamp.from(now.plus(config.retention())))
                    .executeUpdate();
            return new Claimed(token);
        }
        Object[] row = rows.get(0);
        boolean expired = instant(row[3]).isBefore(now);
        boolean abandoned = "IN_PROGRESS".equals(row[1]) && instant(row[2]).plus(config.lease()).isBefore(now);
        if (expired || (abandoned && requestHash.equals(row[0]))) {
            em.createNativeQuery("""
                            update idempotency_record set request_hash = ?3, state = 'IN_PROGRESS', claim_token = ?4, claimed_at = ?5,
                            expires_at = ?6, response_status = null, response_type = null, response_location = null, response_body = null
                            where caller_scope = ?1 and idempotency_key = ?2""")
                    .setParameter(1, scope).setParameter(2, key).setParameter(3, requestHash).setParameter(4, token)
                    .setParameter(5, Timestamp.from(now)).setParameter(6, Timestamp.from(now.plus(config.retention())))
                    .executeUpdate();
            return new Claimed(token);
        }
        if (!requestHash.equals(row[0])) {
            return new OtherPayload();
        }
        if ("IN_PROGRESS".equals(row[1])) {
            return new Running();
        }
        return new Replay(new StoredResponse(((Number) row[4]).intValue(), (String) row[5], (String) row[6], (String) row[7]));
    }

    /**
     * Records the response, in the caller's transaction. Fails if the claim was lost meanwhile (the lease ran out and
     * another request took the key), which rolls the work back so that it never happens twice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String scope, String key, String token, StoredResponse response) {
        int updated = updateDone(scope, key, token, response);
        if (updated != 1) {
            throw new IllegalStateException("idempotency claim lost before completion");
        }
    }

    /** Records an error response after the work rolled back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void completeAfterFailure(String scope, String key, String token, StoredResponse response) {
        updateDone(scope, key, token, response);
    }

    /** Gives the key back after an unexpected failure, so the caller's retry runs the request again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String scope, String key, String token) {
        // only a claim still in progress: a record already completed (committed with its work) must keep answering replays
        em.createNativeQuery("delete from idempotency_record where caller_scope = ?1 and idempotency_key = ?2 and claim_token = ?3"
                        + " and state = 'IN_PROGRESS'")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, token).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeExpired(int limit) {
        return em.createNativeQuery("delete from idempotency_record where expires_at < ?1 limit " + limit)
                .setParameter(1, Timestamp.from(Instant.now())).executeUpdate();
    }

    private int updateDone(String scope, String key, String token, StoredResponse response) {
        return em.createNativeQuery("""
                        update idempotency_record set state = 'DONE', response_status = ?4, response_type = ?5, response_location = ?6,
                        response_body = ?7 where caller_scope = ?1 and idempotency_key = ?2 and claim_token = ?3""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, token).setParameter(4, response.status())
                .setParameter(5, response.contentType()).setParameter(6, response.location()).setParameter(7, response.body())
                .executeUpdate();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof java.time.LocalDateTime ldt) {
            return ldt.toInstant(java.time.ZoneOffset.UTC);
        }
        return (Instant) value;
    }
}
