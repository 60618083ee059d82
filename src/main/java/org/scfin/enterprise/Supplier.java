package org.scfin.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** An upstream small, micro or medium enterprise; "credit white" if it had no credit record before financing. */
@Entity
@Table(name = "supplier")
public class Supplier extends Party {

    @Enumerated(EnumType.STRING)
    @Column(name = "size_class")
    public SizeClass sizeClass;

    @Column(name = "credit_white")
    public boolean creditWhite;
}
