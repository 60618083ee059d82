package org.scfin.enterprise;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** That a supplier sells to a core enterprise: only such a supplier's receivables on it can be posted. */
@Entity
@Table(name = "supply_relationship")
public class SupplyRelationship extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "created_at")
    public Instant createdAt;

    @Embeddable
    public record Key(
            @Column(name = "core_enterprise_id", columnDefinition = "char(13)")
            String coreEnterpriseId,

            @Column(name = "supplier_id", columnDefinition = "char(13)")
            String supplierId)
            implements Serializable {}
}
