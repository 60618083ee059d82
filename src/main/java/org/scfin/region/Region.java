package org.scfin.region;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;

/**
 * A GB/T 2260 region. Read-only: the list changes only through migrations, so lookups by code are served from the
 * second-level cache (every approval and disbursement asks for its supplier's region).
 */
@Entity
@Immutable
@Cacheable
@Table(name = "region")
public class Region extends PanacheEntityBase {

    @Id
    @Column(name = "code", columnDefinition = "char(6)")
    public String code;

    @Column(name = "name")
    public String name;

    @Column(name = "parent_code", columnDefinition = "char(6)")
    public String parentCode;

    /** 1 province, 2 prefecture, 3 county. */
    @Column(name = "region_level", columnDefinition = "tinyint")
    public int level;

    @Column(name = "province_code", columnDefinition = "char(6)")
    public String provinceCode;

    @Column(name = "prefecture_code", columnDefinition = "char(6)")
    public String prefectureCode;

    /** The region's code, then its prefecture's and its province's where they differ from it: at most three codes. */
    public List<String> selfAndAncestors() {
        List<String> codes = new ArrayList<>(List.of(code));
        for (String above : new String[] {prefectureCode, provinceCode}) {
            if (above != null && !codes.contains(above)) {
                codes.add(above);
            }
        }
        return codes;
    }
}
