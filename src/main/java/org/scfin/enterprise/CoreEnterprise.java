package org.scfin.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A large buyer whose confirmed payables are financed; connection to the platform is a published metric. */
@Entity
@Table(name = "core_enterprise")
public class CoreEnterprise extends Party {

    @Column(name = "industrial_chain_id", columnDefinition = "char(13)")
    public String industrialChainId;

    @Column(name = "chain_leader")
    public boolean chainLeader;

    @Column(name = "connected")
    public boolean connected;

    @Column(name = "connected_on")
    public LocalDate connectedOn;
}
