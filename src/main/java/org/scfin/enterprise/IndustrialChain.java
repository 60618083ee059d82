package org.scfin.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.scfin.common.VersionedEntity;

/** A named industrial chain of a region with its leader and deputy leader banks ("1+2+N"). */
@Entity
@Table(name = "industrial_chain")
public class IndustrialChain extends VersionedEntity {

    @Column(name = "name")
    public String name;

    @Column(name = "region_code", columnDefinition = "char(6)")
    public String regionCode;

    @Column(name = "leader_bank_id", columnDefinition = "char(13)")
    public String leaderBankId;

    @Column(name = "deputy_leader_bank_id", columnDefinition = "char(13)")
    public String deputyLeaderBankId;
}
