package org.scfin.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A lender: state bank branch, city commercial bank, rural credit cooperative, village bank... */
@Entity
@Table(name = "bank")
public class Bank extends Party {

    @Enumerated(EnumType.STRING)
    @Column(name = "bank_type")
    public BankType type;
}
