package org.scfin.receivable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.scfin.common.FieldError;
import org.scfin.common.Ids;
import org.scfin.common.Jdbc;
import org.scfin.common.Money;
import org.scfin.common.ProblemException;
import org.scfin.common.ProblemType;
import org.scfin.common.RetriedOnConflict;
import org.scfin.common.Violations;
import org.scfin.enterprise.CoreEnterprise;
import org.scfin.enterprise.Supplier;
import org.scfin.enterprise.SupplyRelationship;
import org.scfin.event.EventType;
import org.scfin.event.Events;
import org.scfin.security.Caller;
import org.scfin.security.Role;

/**
 * Posting receivables, one or a batch, all or nothing. Every item's rules are checked before anything is written; the
 * checks read the database a fixed number of times per batch (not per item), and the rows are inserted as multi-row
 * statements ({@link ReceivableRows}). Clashes with existing receivables are left to the unique keys first, and looked
 * up only when a key reports one. A batch with any broken rule is refused whole: 422 for rules, 409 for clashes with
 * existing data, each error naming its item as {@code items[i].field}.
 */
@ApplicationScoped
@RetriedOnConflict
public class ReceivablePosting {

    static final String CNY = Money.CURRENCY;

    @Inject
    EntityManager em;

    @Inject
    Events events;

    /** @param fieldPrefix how the items are named in errors: {@code items[%d].} for a batch, empty for a single post */
    @Transactional
    public List<PostedReceivable> post(Caller caller, List<ReceivableInput> items, String fieldPrefix) {
        caller.require(Role.ERP, Role.SUPPLIER);
        Violations violations = new Violations();
        List<Resolved> resolved = resolve(caller, items, fieldPrefix, violations);
        checkWithinRequest(resolved, violations);
        violations.throwIfAny();

        // Most posts are new receivables. They are inserted straight away, and the unique keys (reference, live
        // invoice claim) say whether any was taken; that saves reading 1,000 references and 1,000 claims that the
        // inserts check again anyway. Only when a key refuses a row is the insert undone and the batch checked item by
        // item below: a re-post is answered with the existing receivable, a clash with a 409 naming each item.
        List<Receivable> allNew =
                resolved.stream().map(item -> newReceivable(caller, item)).toList();
        if (ReceivableRows.insertUnlessTaken(em, allNew)) {
            announceIfConfirmed(caller, allNew);
            return allNew.stream()
                    .map(r -> new PostedReceivable(ReceivableView.of(r), true))
                    .toList();
        }

        // Claims are read before references, and the order matters: under READ COMMITTED each statement sees the
        // latest commits, so a concurrent identical post that commits between the two reads is then seen as an
        // existing reference (a re-post) rather than as a clashing invoice. One committing after both reads makes
        // our insert hit the unique keys, and the transaction is retried.
        Map<String, String> claimedInvoices = liveInvoiceClaims(resolved);
        Map<Resolved, Receivable> existing = findExisting(resolved, referenceOwner(caller));
        List<FieldError> conflicts = new ArrayList<>();
        existing.forEach((item, receivable) -> {
            if (!sameContent(item, receivable)) {
                conflicts.add(new FieldError(
                        item.field("erpReference"),
                        "same-content-on-repost",
                        "receivable " + receivable.id + " already has this reference with different content"));
            }
        });
        List<Resolved> fresh =
                resolved.stream().filter(item -> !existing.containsKey(item)).toList();
        conflicts.addAll(invoiceClashes(fresh, claimedInvoices));
        if (!conflicts.isEmpty()) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    conflicts.size() == 1
                            ? conflicts.get(0).field() + ": " + conflicts.get(0).message()
                            : conflicts.size() + " items clash with existing receivables, see errors",
                    conflicts);
        }

        // the receivables built for the undone insert, item for item (their ids were never committed)
        Map<Resolved, Receivable> created = new HashMap<>();
        for (Resolved item : fresh) {
            created.put(item, allNew.get(item.index));
        }
        List<Receivable> inserted = fresh.stream().map(created::get).toList();
        ReceivableRows.insert(em, inserted);
        announceIfConfirmed(caller, inserted);
        return resolved.stream()
                .map(item -> created.containsKey(item)
                        ? new PostedReceivable(ReceivableView.of(created.get(item)), true)
                        : new PostedReceivable(ReceivableView.of(existing.get(item)), false))
                .toList();
    }

    /** An input item with its parties resolved. Identity-based: two equal inputs are still two items. */
    private static final class Resolved {
        final int index;
        final String prefix;
        final ReceivableInput input;
        final String coreEnterpriseId;
        final String supplierId;

        Resolved(int index, String prefix, ReceivableInput input, String coreEnterpriseId, String supplierId) {
            this.index = index;
            this.prefix = prefix;
            this.input = input;
            this.coreEnterpriseId = coreEnterpriseId;
            this.supplierId = supplierId;
        }

        String field(String name) {
            return prefix + name;
        }

        String reference() {
            return input.erpReference().strip();
        }
    }

    private List<Resolved> resolve(
            Caller caller, List<ReceivableInput> items, String fieldPrefix, Violations violations) {
        Map<String, Supplier> suppliersById = suppliersById(items);
        Map<String, Supplier> suppliersByCode = suppliersByCreditCode(items);
        List<Resolved> resolved = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ReceivableInput input = items.get(i);
            String prefix = fieldPrefix.formatted(i);
            Violations item = violations.under(prefix);
            String core = coreEnterpriseOf(caller, input, item);
            String supplier = supplierOf(caller, input, suppliersById, suppliersByCode, item);
            item.require(
                    input.currency() == null || CNY.equals(input.currency()),
                    "currency",
                    "allowed-values",
                    "must be CNY");
            item.require(
                    input.issueDate() == null
                            || input.dueDate() == null
                            || input.dueDate().isAfter(input.issueDate()),
                    "dueDate",
                    "after-issue-date",
                    "must be after issueDate");
            Set<String> seen = new HashSet<>();
            for (int n = 0; n < input.invoiceNumbers().size(); n++) {
                item.require(
                        seen.add(Invoices.canonical(input.invoiceNumbers().get(n))),
                        "invoiceNumbers[" + n + "]",
                        "distinct",
                        "is listed twice in this receivable (invoice numbers ignore case)");
            }
            resolved.add(new Resolved(i, prefix, input, core, supplier));
        }
        requireSupplyRelationships(resolved, violations);
        return resolved;
    }

    private static String coreEnterpriseOf(Caller caller, ReceivableInput input, Violations item) {
        if (caller.is(Role.ERP)) {
            item.require(
                    input.coreEnterpriseId() == null || input.coreEnterpriseId().equals(caller.partyId()),
                    "coreEnterpriseId",
                    "own-core-enterprise",
                    "must be the caller's own core enterprise, or omitted");
            return caller.partyId();
        }
        if (input.coreEnterpriseId() == null) {
            item.add("coreEnterpriseId", "required", "must name the core enterprise (the debtor)");
            return null;
        }
        return input.coreEnterpriseId();
    }

    private static String supplierOf(
            Caller caller,
            ReceivableInput input,
            Map<String, Supplier> byId,
            Map<String, Supplier> byCode,
            Violations item) {
        if (input.supplierId() == null && input.supplierCreditCode() == null) {
            if (caller.is(Role.SUPPLIER)) {
                return caller.partyId();
            }
            item.add("supplierId", "required", "give supplierId or supplierCreditCode");
            return null;
        }
        Supplier fromId = input.supplierId() == null ? null : byId.get(input.supplierId());
        Supplier fromCode = input.supplierCreditCode() == null ? null : byCode.get(input.supplierCreditCode());
        if (input.supplierId() != null && fromId == null) {
            item.add("supplierId", "known-supplier", "no supplier has this id");
            return null;
        }
        if (input.supplierCreditCode() != null && fromCode == null) {
            item.add("supplierCreditCode", "known-supplier", "no supplier has this credit code");
            return null;
        }
        if (fromId != null && fromCode != null && !fromId.id.equals(fromCode.id)) {
            item.add("supplierCreditCode", "same-supplier", "names another supplier than supplierId");
            return null;
        }
        String supplierId = fromId != null ? fromId.id : fromCode.id;
        if (caller.is(Role.SUPPLIER) && !supplierId.equals(caller.partyId())) {
            item.add(
                    input.supplierId() != null ? "supplierId" : "supplierCreditCode",
                    "own-supplier",
                    "a supplier submits only its own receivables");
            return null;
        }
        return supplierId;
    }

    private void requireSupplyRelationships(List<Resolved> items, Violations violations) {
        Set<String> cores = items.stream()
                .map(r -> r.coreEnterpriseId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (cores.isEmpty()) {
            return;
        }
        Set<String> knownCores = CoreEnterprise.<CoreEnterprise>list("id in ?1", cores).stream()
                .map(c -> c.id)
                .collect(Collectors.toSet());
        Set<String> pairs = SupplyRelationship.<SupplyRelationship>list("key.coreEnterpriseId in ?1", cores).stream()
                .map(r -> r.key.coreEnterpriseId() + "/" + r.key.supplierId())
                .collect(Collectors.toSet());
        for (Resolved item : items) {
            if (item.coreEnterpriseId == null) {
                continue;
            }
            if (!knownCores.contains(item.coreEnterpriseId)) {
                violations.add(
                        item.field("coreEnterpriseId"), "known-core-enterprise", "no core enterprise has this id");
            } else if (item.supplierId != null && !pairs.contains(item.coreEnterpriseId + "/" + item.supplierId)) {
                violations.add(
                        item.field(item.input.supplierId() != null ? "supplierId" : "supplierCreditCode"),
                        "supplier-of-core-enterprise",
                        "is not a supplier of this core enterprise");
            }
        }
    }

    /** References and invoice numbers that repeat inside the request itself. */
    private static void checkWithinRequest(List<Resolved> items, Violations violations) {
        Map<String, Integer> references = new HashMap<>();
        Map<String, Integer> invoices = new HashMap<>();
        for (Resolved item : items) {
            Integer first = references.putIfAbsent(item.coreEnterpriseId + "/" + item.reference(), item.index);
            // (all items of one request share their reference owner, the caller)
            if (first != null) {
                violations.add(
                        item.field("erpReference"), "unique-in-batch", "repeats the reference of items[" + first + "]");
            }
            for (String invoice : new LinkedHashSet<>(Invoices.canonical(item.input.invoiceNumbers()))) {
                Integer owner =
                        invoices.putIfAbsent(item.coreEnterpriseId + "/" + item.supplierId + "/" + invoice, item.index);
                if (owner != null && owner != item.index) {
                    violations.add(
                            item.field("invoiceNumbers"),
                            "unique-in-batch",
                            "invoice " + invoice + " also backs items[" + owner + "]");
                }
            }
        }
    }

    /** Receivables already posted under the same references by the same owner (the ERP, or this supplier). */
    private Map<Resolved, Receivable> findExisting(List<Resolved> items, String referenceOwner) {
        Map<String, List<Resolved>> byCore = items.stream().collect(Collectors.groupingBy(r -> r.coreEnterpriseId));
        Map<Resolved, Receivable> existing = new HashMap<>();
        byCore.forEach((core, group) -> {
            Map<String, Resolved> byReference = group.stream().collect(Collectors.toMap(Resolved::reference, r -> r));
            Receivable.<Receivable>list(
                            "coreEnterpriseId = ?1 and referenceOwner = ?2 and erpReference in ?3",
                            core,
                            referenceOwner,
                            byReference.keySet())
                    .forEach(r -> existing.put(byReference.get(r.erpReference), r));
        });
        return existing;
    }

    /**
     * Live invoice claims on the request's invoice numbers, by core enterprise/supplier/invoice, to the receivable. The
     * claims' unique key leads with core enterprise, supplier and invoice, so the query names all three as row values
     * and the server looks up exactly the request's claims. A query naming only the core enterprise and the invoice
     * numbers would read every claim of the core enterprise, a cost that grows with every batch posted.
     */
    private Map<String, String> liveInvoiceClaims(List<Resolved> items) {
        Map<String, Set<List<String>>> claimsByCore = new HashMap<>();
        for (Resolved item : items) {
            for (String invoice : Invoices.canonical(item.input.invoiceNumbers())) {
                claimsByCore
                        .computeIfAbsent(item.coreEnterpriseId, core -> new LinkedHashSet<>())
                        .add(List.of(item.supplierId, invoice));
            }
        }
        Map<String, String> claimedBy = new HashMap<>();
        claimsByCore.forEach((core, pairs) -> {
            List<Object> params = new ArrayList<>(1 + 2 * pairs.size());
            params.add(core);
            pairs.forEach(params::addAll);
            String sql =
                    "select supplier_id, invoice_number, receivable_id from receivable_invoice where core_enterprise_id = ?"
                            + " and live_claim = 1 and (supplier_id, invoice_number) in ("
                            + String.join(", ", Collections.nCopies(pairs.size(), "(?, ?)")) + ")";
            for (Object[] row : Jdbc.query(em, sql, params.toArray())) {
                claimedBy.put(core + "/" + row[0] + "/" + row[1], (String) row[2]);
            }
        });
        return claimedBy;
    }

    private static List<FieldError> invoiceClashes(List<Resolved> items, Map<String, String> claimedBy) {
        List<FieldError> clashes = new ArrayList<>();
        for (Resolved item : items) {
            for (String invoice : Invoices.canonical(item.input.invoiceNumbers())) {
                String owner = claimedBy.get(item.coreEnterpriseId + "/" + item.supplierId + "/" + invoice);
                if (owner != null) {
                    // the owner is a receivable of this supplier to this core enterprise: visible to the caller either
                    // way
                    clashes.add(new FieldError(
                            item.field("invoiceNumbers"),
                            "unique-invoice",
                            "invoice " + invoice + " already backs live receivable " + owner));
                }
            }
        }
        return clashes;
    }

    private static boolean sameContent(Resolved item, Receivable existing) {
        ReceivableInput in = item.input;
        return existing.supplierId.equals(item.supplierId)
                && existing.originalAmount.compareTo(in.amount()) == 0
                && existing.issueDate.equals(in.issueDate())
                && existing.dueDate.equals(in.dueDate())
                && existing.currency.equals(in.currency() == null ? CNY : in.currency())
                && existing.invoiceNumberList().equals(Invoices.canonical(in.invoiceNumbers()));
    }

    private static Receivable newReceivable(Caller caller, Resolved item) {
        ReceivableInput in = item.input;
        Receivable r = new Receivable();
        r.id = Ids.newId();
        r.coreEnterpriseId = item.coreEnterpriseId;
        r.supplierId = item.supplierId;
        r.referenceOwner = referenceOwner(caller);
        r.erpReference = item.reference();
        r.invoiceNumbers = String.join(Receivable.INVOICE_SEPARATOR, Invoices.canonical(in.invoiceNumbers()));
        r.originalAmount = Money.of(in.amount()).amount();
        r.amount = r.originalAmount;
        r.currency = CNY;
        r.issueDate = in.issueDate();
        r.dueDate = in.dueDate();
        r.status = caller.is(Role.ERP) ? ReceivableStatus.CONFIRMED : ReceivableStatus.PENDING_CONFIRMATION;
        r.submittedBy = caller.role().tokenName();
        return r;
    }

    /**
     * An ERP's receivables are confirmed as posted: one event per supplier and post (not per receivable), so a
     * 1,000-item batch adds one or a few rows. A supplier's receivables wait for the core enterprise's confirmation,
     * which announces them ({@link ReceivableService#confirm}).
     */
    private void announceIfConfirmed(Caller caller, List<Receivable> receivables) {
        if (!caller.is(Role.ERP)) {
            return;
        }
        receivables.stream()
                .collect(Collectors.groupingBy(r -> r.supplierId, LinkedHashMap::new, Collectors.toList()))
                .forEach((supplier, group) -> {
                    Receivable first = group.get(0);
                    events.record(
                            EventType.RECEIVABLES_CONFIRMED,
                            "receivable",
                            first.id,
                            new Events.Parties(first.coreEnterpriseId, supplier, null),
                            new ConfirmedReceivables(
                                    group.stream().map(r -> r.id).toList(),
                                    group.stream().map(r -> r.amount).reduce(BigDecimal.ZERO, BigDecimal::add)));
                });
    }

    /** What a RECEIVABLES_CONFIRMED event says. */
    record ConfirmedReceivables(List<String> receivableIds, BigDecimal totalAmount) {}

    private static String referenceOwner(Caller caller) {
        return caller.is(Role.ERP) ? Role.ERP.tokenName() : caller.partyId();
    }

    private static Map<String, Supplier> suppliersById(List<ReceivableInput> items) {
        Set<String> ids = items.stream()
                .map(ReceivableInput::supplierId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return ids.isEmpty()
                ? Map.of()
                : Supplier.<Supplier>list("id in ?1", ids).stream().collect(Collectors.toMap(s -> s.id, s -> s));
    }

    private static Map<String, Supplier> suppliersByCreditCode(List<ReceivableInput> items) {
        Set<String> codes = items.stream()
                .map(ReceivableInput::supplierCreditCode)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return codes.isEmpty()
                ? Map.of()
                : Supplier.<Supplier>list("creditCode in ?1", codes).stream()
                        .collect(Collectors.toMap(s -> s.creditCode, s -> s));
    }
}
