package org.scfin.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.scfin.common.VersionedEntity;

/** What core enterprises, suppliers and banks share: a registered name, credit code, region and industry. */
@MappedSuperclass
public abstract class Party extends VersionedEntity {

    @Column(name = "name")
    public String name;

    @Column(name = "credit_code", columnDefinition = "char(18)")
    public String creditCode;

    @Column(name = "region_code", columnDefinition = "char(6)")
    public String regionCode;

    @Column(name = "industry")
    public String industry;
}
