package org.scfin.common;

import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.dialect.lock.internal.MariaDBLockingSupport;
import org.hibernate.dialect.lock.spi.LockingSupport;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;

/**
 * Hibernate's MySQL 8 dialect, with row locks written as a plain {@code FOR UPDATE}: MySQL 8 and TiDB accept it, and
 * MariaDB refuses the {@code FOR UPDATE OF alias} the MySQL dialect writes. So a locking query loads and locks its rows
 * in one statement on all three, instead of a lock by id followed by a re-read.
 */
public class PortableMySqlDialect extends MySQLDialect {

    // MariaDB's locking rules (no lock aliases; SKIP LOCKED and NOWAIT as MySQL 8 has them)
    private static final LockingSupport PLAIN_FOR_UPDATE = new MariaDBLockingSupport(DatabaseVersion.make(10, 6));

    public PortableMySqlDialect() {
        super(DatabaseVersion.make(8, 0));
    }

    public PortableMySqlDialect(DialectResolutionInfo info) {
        super(info);
    }

    @Override
    public LockingSupport getLockingSupport() {
        return PLAIN_FOR_UPDATE;
    }

    @Override
    protected boolean supportsAliasLocks() {
        return false;
    }
}
