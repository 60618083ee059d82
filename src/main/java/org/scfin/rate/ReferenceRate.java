package org.scfin.rate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A reference rate effective from a date; national rates have scope {@link #NATIONAL}, regional ones their region. */
@Entity
@Table(name = "reference_rate")
public class ReferenceRate extends PanacheEntityBase {

    public static final String NATIONAL = "000000";

    @Id
    @Column(name = "id", columnDefinition = "char(13)")
    public String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "rate_type")
    public RateType type;

    @Column(name = "scope", columnDefinition = "char(6)")
    public String scope;

    @Column(name = "rate", precision = 7, scale = 4)
    public BigDecimal rate;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "created_at")
    public Instant createdAt;
}
