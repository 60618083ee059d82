package org.scfin.financing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A receivable a financing lends against. {@code liveClaim} is 1 while the financing is live and null after; the unique
 * key on (receivable, liveClaim) lets the database itself refuse a second live financing of a receivable.
 */
@Entity
@Table(name = "financing_receivable")
public class FinancingReceivable extends PanacheEntityBase {

    static final Integer LIVE = 1;

    @EmbeddedId
    public Key key;

    @Column(name = "face_amount", precision = 19, scale = 2)
    public BigDecimal faceAmount;

    @Column(name = "live_claim", columnDefinition = "tinyint")
    public Integer liveClaim;

    @Embeddable
    public record Key(
            @Column(name = "financing_id", columnDefinition = "char(13)")
            String financingId,

            @Column(name = "receivable_id", columnDefinition = "char(13)")
            String receivableId)
            implements Serializable {}

    /** The receivable backs the financing; a live claim is what the unique key lets exist only once per receivable. */
    static void claim(String financingId, String receivableId, BigDecimal faceAmount, boolean live) {
        FinancingReceivable claim = new FinancingReceivable();
        claim.key = new Key(financingId, receivableId);
        claim.faceAmount = faceAmount;
        claim.liveClaim = live ? LIVE : null;
        claim.persist();
    }

    static void release(String financingId) {
        update("liveClaim = null where key.financingId = ?1", financingId);
    }
}
