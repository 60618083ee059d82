package org.scfin.credit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.scfin.common.PageRequest;
import org.scfin.common.PageView;
import org.scfin.common.ProblemException;
import org.scfin.common.RetriedOnConflict;
import org.scfin.common.Times;
import org.scfin.common.Violations;
import org.scfin.common.Where;
import org.scfin.enterprise.Bank;
import org.scfin.security.Caller;
import org.scfin.security.Role;

/**
 * Suppliers' consents: a supplier grants a named bank the reading of its non-public facts for a purpose and a period,
 * and may revoke it. Each party sees its own: the supplier those it granted, the bank those granted to it.
 */
@ApplicationScoped
@RetriedOnConflict
public class CreditConsentService {

    public static final List<String> SORTABLE = List.of("createdAt", "validUntil");

    public record Filter(ConsentStatus status, String bankId, String supplierId) {}

    @Transactional
    public ConsentView grant(Caller caller, ConsentInput input) {
        caller.require(Role.SUPPLIER);
        LocalDate today = Times.today();
        Violations v = new Violations();
        v.require(
                Bank.findByIdOptional(input.bankId()).isPresent(), "bankId", "known-bank", "no bank " + input.bankId());
        v.require(
                !input.validUntil().isBefore(input.validFrom()),
                "validUntil",
                "not-before-validFrom",
                "must not be before validFrom");
        v.require(!input.validUntil().isBefore(today), "validUntil", "not-in-past", "must not be before today");
        v.throwIfAny();
        CreditConsent consent = new CreditConsent();
        consent.supplierId = caller.partyId();
        consent.bankId = input.bankId();
        consent.purpose = input.purpose();
        consent.validFrom = input.validFrom();
        consent.validUntil = input.validUntil();
        consent.persist();
        return ConsentView.of(consent);
    }

    /** Revoking again is harmless: the consent is answered as it stands, with its first revocation. */
    @Transactional
    public ConsentView revoke(Caller caller, String id) {
        caller.require(Role.SUPPLIER);
        CreditConsent consent = visible(caller, id, LockModeType.PESSIMISTIC_WRITE);
        if (consent.revokedAt == null) {
            consent.revokedAt = Times.now();
        }
        return ConsentView.of(consent);
    }

    public ConsentView get(Caller caller, String id) {
        return ConsentView.of(visible(caller, id, LockModeType.NONE));
    }

    public PageView<ConsentView> list(Caller caller, Filter filter, PageRequest page) {
        Where where = caller.ownPartyRows(
                new Where()
                        .and("bankId = :bank", "bank", filter.bankId())
                        .and("supplierId = :supplier", "supplier", filter.supplierId()),
                "consents");
        if (filter.status() != null) {
            LocalDate today = Times.today();
            switch (filter.status()) {
                case REVOKED -> where.and("revokedAt is not null");
                case PENDING -> where.and("revokedAt is null").and("validFrom > :today", "today", today);
                case EXPIRED -> where.and("revokedAt is null").and("validUntil < :today", "today", today);
                case LIVE ->
                    where.and("revokedAt is null")
                            .and("validFrom <= :today", "today", today)
                            .and("validUntil >= :today", "today", today);
            }
        }
        return page.fetch(
                CreditConsent.<CreditConsent>find(where.query(), page.sort(), where.params()), ConsentView::of);
    }

    /** The consent that lets this bank read this supplier's non-public facts today, if there is one. */
    static Optional<CreditConsent> live(String supplierId, String bankId) {
        LocalDate today = Times.today();
        return CreditConsent.<CreditConsent>find(
                        "supplierId = ?1 and bankId = ?2 and revokedAt is null and validFrom <= ?3 and validUntil >= ?3"
                                + " order by validUntil desc",
                        supplierId,
                        bankId,
                        today)
                .firstResultOptional();
    }

    private static CreditConsent visible(Caller caller, String id, LockModeType lock) {
        Where where = caller.ownPartyRows(new Where().and("id = :id", "id", id), "consents");
        return CreditConsent.<CreditConsent>find(where.query(), where.params())
                .withLock(lock)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("consent", id));
    }
}
