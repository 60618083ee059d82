package org.scfin.iso20022;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.scfin.common.FieldError;
import org.scfin.common.ProblemException;
import org.scfin.common.RetriedOnConflict;
import org.scfin.common.Times;
import org.scfin.enterprise.Bank;
import org.scfin.financing.ApplicationInput;
import org.scfin.financing.Financing;
import org.scfin.financing.FinancingProgram;
import org.scfin.financing.FinancingService;
import org.scfin.financing.FinancingStatus;
import org.scfin.financing.ProgramStatus;
import org.scfin.receivable.Receivable;
import org.scfin.receivable.ReceivableInvoice;
import org.scfin.security.Caller;
import org.scfin.security.Role;

/**
 * The transactions of an invoice financing request. Receiving it stores the request and its invoices, undecided; then
 * each invoice is decided in a transaction of its own, which either records why it cannot be financed or creates its
 * application through {@link FinancingService#apply} and records it, both committed together. An application the
 * financing rules refuse rolls that transaction back whole, and the refusal is recorded in the next.
 */
@ApplicationScoped
@RetriedOnConflict
class InvoiceDecisions {

    @Inject
    FinancingService financings;

    @Transactional
    String receive(ReceivedRequest message) {
        if (Bank.findById(message.bankId()) == null) {
            throw ProblemException.invalid(
                    RequestReading.GROUP + "/FrstAgt/PrtryId/Id", "known-bank", "no bank " + message.bankId());
        }
        InvoiceFinancingRequest earlier = InvoiceFinancingRequest.<InvoiceFinancingRequest>find(
                        "supplierId = ?1 and messageId = ?2", message.supplierId(), message.messageId())
                .firstResult();
        if (earlier != null) {
            throw ProblemException.conflict(
                    "duplicated request (" + FinancingReason.ID01.code() + "): message " + message.messageId()
                            + " was received before, as request " + earlier.id,
                    new FieldError(
                            RequestReading.GROUP + "/GrpId",
                            FinancingReason.ID01.code(),
                            "was used by an earlier request of this requester"));
        }
        InvoiceFinancingRequest request = new InvoiceFinancingRequest();
        request.supplierId = message.supplierId();
        request.bankId = message.bankId();
        request.messageId = message.messageId();
        request.messageCreatedAt = message.createdAt();
        request.invoiceCount = message.invoices().size();
        request.totalAmount = message.totalAmount();
        request.currency = Amounts.of(message.totalAmount()).getCcy();
        request.receivedAt = Times.now();
        request.persist();
        for (ReceivedRequest.Invoice received : message.invoices()) {
            FinancingInvoice invoice = new FinancingInvoice();
            invoice.key = new FinancingInvoice.Key(request.id, received.position());
            invoice.invoiceNumber = received.invoiceNumber();
            invoice.issueDate = received.issueDate();
            invoice.dueDate = received.dueDate();
            invoice.invoiceAmount = received.invoiceAmount();
            invoice.requestedAmount = received.requestedAmount();
            invoice.buyerId = received.buyerId();
            invoice.persist();
        }
        return request.id;
    }

    /**
     * Decides one invoice: a refusal this service can tell from the message is recorded here; otherwise the application
     * is made, and any refusal of the financing rules propagates (rolling this back) for {@link #refuse} to record.
     */
    @Transactional
    void decide(Caller requester, String requestId, int position, String programId) {
        InvoiceFinancingRequest request = InvoiceFinancingRequest.findById(requestId);
        FinancingInvoice invoice = FinancingInvoice.at(requestId, position);
        String receivableId = ReceivableInvoice.liveReceivableId(
                        invoice.buyerId, request.supplierId, invoice.invoiceNumber)
                .orElse(null);
        if (receivableId == null) {
            invoice.refuse(
                    FinancingReason.ID03,
                    "no live receivable of the supplier owed by " + invoice.buyerId + " carries invoice "
                            + invoice.invoiceNumber,
                    Times.now());
            return;
        }
        invoice.receivableId = receivableId;
        if (requestedEarlierInMessage(requestId, position, receivableId)) {
            invoice.refuse(FinancingReason.ID01, "the receivable is requested earlier in this message", Times.now());
            return;
        }
        Receivable receivable = Receivable.findById(receivableId);
        if (!receivable.dueDate.equals(invoice.dueDate)) {
            invoice.refuse(
                    FinancingReason.DT02,
                    "PmtDueDt is " + invoice.dueDate + " but the receivable falls due " + receivable.dueDate,
                    Times.now());
            return;
        }
        String program = programOf(request.bankId, invoice, programId);
        if (program == null) {
            return;
        }
        String financingId = financings
                .apply(requester, new ApplicationInput(program, List.of(receivableId), invoice.requestedAmount, null))
                .id();
        invoice.applied(receivableId, financingId, Times.now());
    }

    @Transactional
    void refuse(String requestId, int position, FinancingReason reason, String text) {
        FinancingInvoice.at(requestId, position).refuse(reason, text, Times.now());
    }

    /** The request as its requester, or the bank it is addressed to, may see it; 404 for anyone else. */
    @Transactional
    InvoiceFinancingRequest visible(Caller caller, String id) {
        InvoiceFinancingRequest request = InvoiceFinancingRequest.findById(id);
        boolean visible = request != null
                && (caller.isAdmin()
                        || caller.actsFor(Role.SUPPLIER, request.supplierId)
                        || caller.actsFor(Role.BANK, request.bankId));
        if (!visible) {
            throw ProblemException.notFound("invoice financing request", id);
        }
        return request;
    }

    /** The request's applications that are neither closed nor disbursed: those a cancellation may still reach. */
    @Transactional
    List<String> undisbursedApplications(String requestId) {
        return FinancingInvoice.of(requestId).stream()
                .filter(invoice -> invoice.financingId != null)
                .map(invoice -> Financing.<Financing>findById(invoice.financingId))
                .filter(f -> f.status == FinancingStatus.APPLIED || f.status == FinancingStatus.APPROVED)
                .map(f -> f.id)
                .toList();
    }

    @Transactional
    void recordCancellation(String requestId, String cancellationId, String status) {
        InvoiceFinancingRequest request = InvoiceFinancingRequest.findById(requestId);
        request.cancellationId = cancellationId;
        request.cancelledAt = Times.now();
        request.cancellationStatus = status;
    }

    private static boolean requestedEarlierInMessage(String requestId, int position, String receivableId) {
        return FinancingInvoice.count(
                        "key.requestId = ?1 and key.position < ?2 and receivableId = ?3",
                        requestId,
                        position,
                        receivableId)
                > 0;
    }

    /**
     * The program named in FincgAgrmt, or else the bank's one active program on the buyer's payables; a refusal is
     * recorded when the named one is another bank's or buyer's, or when there is none or several to choose from.
     */
    private static String programOf(String bankId, FinancingInvoice invoice, String namedProgramId) {
        List<FinancingProgram> programs = FinancingProgram.<FinancingProgram>find(
                        "bankId = ?1 and coreEnterpriseId = ?2 and status = ?3 order by id",
                        bankId,
                        invoice.buyerId,
                        ProgramStatus.ACTIVE)
                .list();
        if (namedProgramId != null) {
            programs =
                    programs.stream().filter(p -> p.id.equals(namedProgramId)).toList();
        }
        if (programs.isEmpty()) {
            invoice.refuse(
                    FinancingReason.BE11,
                    (namedProgramId == null
                                    ? "the first agent runs no active program"
                                    : "FincgAgrmt names no active" + " program of the first agent")
                            + " on the payables of " + invoice.buyerId,
                    Times.now());
            return null;
        }
        if (programs.size() > 1) {
            invoice.refuse(
                    FinancingReason.NA01,
                    "the first agent runs several programs on the buyer's payables: name one in FincgAgrmt",
                    Times.now());
            return null;
        }
        return programs.get(0).id;
    }
}
