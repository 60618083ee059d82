package org.scfin.common;

import jakarta.persistence.EntityManager;
import java.util.Set;

/**
 * Takes a row lock by id with a plain {@code SELECT ... FOR UPDATE}, for rows whose visibility check reads other tables
 * (a locking query would lock their rows too): check first without a lock, then lock by id and re-read. Where
 * visibility is a condition on the row itself, a locking query ({@link PortableMySqlDialect}) does it in one.
 */
public final class RowLock {

    private static final Set<String> TABLES = Set.of("receivable");

    private RowLock() {}

    /**
     * Locks the row of an entity already read (and checked as visible to the caller), then re-reads it: what was read
     * before the lock may be stale, what is read under it is current until the transaction ends.
     */
    public static <E> E lockAndRefresh(EntityManager em, String table, E entity, String id) {
        lock(em, table, id);
        em.refresh(entity);
        return entity;
    }

    /** Locks the row until the transaction ends; false when there is no such row. */
    public static boolean lock(EntityManager em, String table, String id) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("not a lockable table: " + table);
        }
        return !em.createNativeQuery("select id from " + table + " where id = ?1 for update")
                .setParameter(1, id)
                .getResultList()
                .isEmpty();
    }
}
