package org.scfin.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.scfin.common.DataConflicts;
import org.scfin.common.Jdbc;
import org.scfin.common.RetriedOnConflict;
import org.scfin.common.SqlValues;

/**
 * The {@code idempotency_record} table. A key is claimed, its work done and its response recorded in one transaction,
 * and only by the holder of the claim.
 */
@ApplicationScoped
@RetriedOnConflict
public class IdempotencyStore {

    /** The outcome of trying to claim a key. */
    sealed interface Claim {}

    record Claimed(String token) implements Claim {}

    record Replay(StoredResponse response) implements Claim {}

    record Running() implements Claim {}

    record OtherPayload() implements Claim {}

    @Inject
    EntityManager em;

    @Inject
    IdempotencyConfig config;

    /**
     * Claims the key inside the work's own transaction, so the claim commits with the work and its response or not at
     * all: a crash leaves no claim behind. A request with the same key in flight holds the claim row uncommitted, and
     * the {@code NOWAIT} read reports it at once as running. Two first requests that both find no row race on the
     * primary key: the loser's insert waits for the winner and fails as a duplicate, and its retry replays the winner.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Claim claim(String scope, String key, String requestHash) {
        Instant now = Instant.now();
        List<Object[]> rows;
        try {
            rows = Jdbc.query(em, """
                    select request_hash, state, claimed_at, expires_at,
                        response_status, response_type, response_location, response_body
                    from idempotency_record where caller_scope = ? and idempotency_key = ?
                    for update nowait""", scope, key);
        } catch (RuntimeException e) {
            if (lockedByAnother(e)) {
                return new Running();
            }
            throw e;
        }
        String token = UUID.randomUUID().toString();
        if (rows.isEmpty()) {
            String claim = """
                    insert into idempotency_record
                        (caller_scope, idempotency_key, request_hash, state, claim_token, claimed_at, expires_at)
                    values (?, ?, ?, 'IN_PROGRESS', ?, ?, ?)""";
            Jdbc.update(em, claim, scope, key, requestHash, token, now, now.plus(config.retention()));
            return new Claimed(token);
        }
        Object[] row = rows.get(0);
        if (reclaimable(row, now)) {
            String reclaim = """
                    update idempotency_record
                    set request_hash = ?, state = 'IN_PROGRESS', claim_token = ?, claimed_at = ?, expires_at = ?,
                        response_status = null, response_type = null, response_location = null, response_body = null
                    where caller_scope = ? and idempotency_key = ?""";
            Jdbc.update(em, reclaim, requestHash, token, now, now.plus(config.retention()), scope, key);
            return new Claimed(token);
        }
        if (!requestHash.equals(row[0])) {
            return new OtherPayload();
        }
        if ("IN_PROGRESS".equals(row[1])) {
            return new Running();
        }
        return new Replay(
                new StoredResponse(((Number) row[4]).intValue(), (String) row[5], (String) row[6], (String) row[7]));
    }

    /** An expired record: its key is free again, whatever the payload it was used with. */
    private static boolean reclaimable(Object[] row, Instant now) {
        return SqlValues.instant(row[3]).isBefore(now);
    }

    /** MariaDB answers a NOWAIT read of a locked row with 1205, MySQL with 3572. */
    private static boolean lockedByAnother(Throwable failure) {
        return DataConflicts.sqlCause(failure)
                .map(sql -> sql.getErrorCode() == 1205 || sql.getErrorCode() == 3572)
                .orElse(false);
    }

    /**
     * Records the response, in the caller's transaction. Fails if the record no longer carries this claim, which rolls
     * the work back so that it never happens twice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String scope, String key, String token, StoredResponse response) {
        int updated = updateDone(scope, key, token, response);
        if (updated != 1) {
            throw new IllegalStateException("idempotency claim lost before completion");
        }
    }

    /**
     * Records a client error after the work (and its claim) rolled back, so a retry with the key replays it. A record
     * that another request committed meanwhile is left as it is.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String scope, String key, String requestHash, StoredResponse response) {
        Instant now = Instant.now();
        List<Object[]> rows = Jdbc.query(
                em,
                "select request_hash, state, claimed_at, expires_at from idempotency_record"
                        + " where caller_scope = ? and idempotency_key = ? for update",
                scope,
                key);
        if (!rows.isEmpty() && !reclaimable(rows.get(0), now)) {
            return;
        }
        if (!rows.isEmpty()) {
            Jdbc.update(
                    em, "delete from idempotency_record where caller_scope = ? and idempotency_key = ?", scope, key);
        }
        // a request that claims the key in the meantime makes this insert wait, then fail as a duplicate (the caller
        // lets it): that request's record stands
        Jdbc.update(
                em,
                """
                insert into idempotency_record
                    (caller_scope, idempotency_key, request_hash, state, claim_token, claimed_at, expires_at,
                    response_status, response_type, response_location, response_body)
                values (?, ?, ?, 'DONE', ?, ?, ?, ?, ?, ?, ?)""",
                scope,
                key,
                requestHash,
                UUID.randomUUID().toString(),
                now,
                now.plus(config.retention()),
                response.status(),
                response.contentType(),
                response.location(),
                response.body());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeExpired(int limit) {
        return em.createNativeQuery("delete from idempotency_record where expires_at < ?1 limit " + limit)
                .setParameter(1, Timestamp.from(Instant.now()))
                .executeUpdate();
    }

    private int updateDone(String scope, String key, String token, StoredResponse response) {
        return Jdbc.update(
                em,
                """
                update idempotency_record
                set state = 'DONE', response_status = ?, response_type = ?, response_location = ?, response_body = ?
                where caller_scope = ? and idempotency_key = ? and claim_token = ?""",
                response.status(),
                response.contentType(),
                response.location(),
                response.body(),
                scope,
                key,
                token);
    }
}
