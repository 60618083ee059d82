package org.scfin.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Base of our aggregates: an application-generated time-ordered id, an optimistic-lock version (a concurrent change
 * fails instead of being lost) and creation/update times in UTC.
 */
@MappedSuperclass
public abstract class VersionedEntity extends PanacheEntityBase {

    @Id
    @Column(name = "id", columnDefinition = "char(13)")
    public String id;

    @Version
    @Column(name = "version")
    public int version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @PrePersist
    void beforeInsert() {
        if (id == null) {
            id = Ids.newId();
        }
        Instant now = Times.now();
        createdAt = now;
        updatedAt = now;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = Times.now();
    }
}
