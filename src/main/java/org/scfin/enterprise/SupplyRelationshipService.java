package org.scfin.enterprise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.scfin.common.ProblemException;
import org.scfin.common.RetriedOnConflict;
import org.scfin.common.Times;
import org.scfin.security.Caller;
import org.scfin.security.Role;

/**
 * Declares that a supplier sells to a core enterprise. Only admins do it: a link lets the core enterprise's ERP read
 * the supplier's register entry and post receivables in its name, so an ERP must not link itself to any supplier.
 */
@ApplicationScoped
@RetriedOnConflict
public class SupplyRelationshipService {

    /** The supplier linked, and whether the relationship is new (PUT is idempotent). */
    public record Link(SupplierView supplier, boolean created) {}

    @Transactional
    public Link link(Caller caller, String coreEnterpriseId, String supplierId) {
        caller.require(Role.ADMIN);
        if (CoreEnterprise.findById(coreEnterpriseId) == null) {
            throw ProblemException.notFound("core enterprise", coreEnterpriseId);
        }
        Supplier supplier = Supplier.<Supplier>findByIdOptional(supplierId)
                .orElseThrow(() -> ProblemException.notFound("supplier", supplierId));
        SupplyRelationship.Key key = new SupplyRelationship.Key(coreEnterpriseId, supplierId);
        if (SupplyRelationship.findById(key) != null) {
            return new Link(SupplierView.of(supplier), false);
        }
        SupplyRelationship relationship = new SupplyRelationship();
        relationship.key = key;
        relationship.createdAt = Times.now();
        relationship.persist();
        return new Link(SupplierView.of(supplier), true);
    }

    public boolean exists(String coreEnterpriseId, String supplierId) {
        return SupplyRelationship.count(
                        "key.coreEnterpriseId = ?1 and key.supplierId = ?2", coreEnterpriseId, supplierId)
                > 0;
    }

    /** Admins see every core enterprise's suppliers, an ERP only its own; anyone else is forbidden. */
    public static void requireManagedBy(Caller caller, String coreEnterpriseId) {
        caller.require(Role.ADMIN, Role.ERP);
        if (caller.is(Role.ERP) && !caller.actsFor(Role.ERP, coreEnterpriseId)) {
            throw ProblemException.notFound("core enterprise", coreEnterpriseId);
        }
    }
}
