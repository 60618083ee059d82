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

/** A financing rate as approved or repriced, with its spreads to the reference rates in force that day. */
@Entity
@Table(name = "rate_record")
public class RateRecord extends PanacheEntityBase {

    @Id
    @Column(name = "id", columnDefinition = "char(13)")
    public String id;

    @Column(name = "financing_id", columnDefinition = "char(13)")
    public String financingId;

    @Column(name = "bank_id", columnDefinition = "char(13)")
    public String bankId;

    @Column(name = "region_code", columnDefinition = "char(6)")
    public String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    public RateRecordKind kind;

    @Column(name = "rate_date")
    public LocalDate rateDate;

    @Column(name = "annual_rate", precision = 7, scale = 4)
    public BigDecimal annualRate;

    @Column(name = "principal", precision = 19, scale = 2)
    public BigDecimal principal;

    @Column(name = "lpr_1y", precision = 7, scale = 4)
    public BigDecimal lpr1y;

    @Column(name = "regional_average", precision = 7, scale = 4)
    public BigDecimal regionalAverage;

    @Column(name = "spread_lpr_bp")
    public Integer spreadLprBp;

    @Column(name = "spread_regional_bp")
    public Integer spreadRegionalBp;

    @Column(name = "created_at")
    public Instant createdAt;
}
