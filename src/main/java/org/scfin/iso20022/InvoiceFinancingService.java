package org.scfin.iso20022;

import com.prowidesoftware.swift.model.mx.MxTsin00100101;
import com.prowidesoftware.swift.model.mx.MxTsin00300101;
import com.prowidesoftware.swift.model.mx.dic.CancellationStatus4Code;
import com.prowidesoftware.swift.model.mx.dic.InvoiceFinancingCancellationRequestV01;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.scfin.common.ProblemException;
import org.scfin.common.ProblemType;
import org.scfin.common.Violations;
import org.scfin.financing.FinancingService;
import org.scfin.security.Caller;
import org.scfin.security.Role;

/**
 * ISO 20022 invoice financing. A request is refused whole (4xx, nothing stored) when the message or its group header is
 * wrong; once taken, each invoice is decided on its own, as the per-invoice statuses of tsin.002 report them: one
 * invoice that cannot be financed leaves the others' applications standing.
 */
@ApplicationScoped
public class InvoiceFinancingService {

    static final String CANCELLATION = "/Document/InvcFincgCxlReq";

    @Inject
    XmlIntake intake;

    @Inject
    InvoiceDecisions decisions;

    @Inject
    FinancingService financings;

    @Inject
    StatusReport report;

    /** A request taken: its id and its tsin.002 status. */
    public record Submitted(String id, String status) {}

    public Submitted submit(Caller caller, String xml) {
        caller.require(Role.SUPPLIER);
        MxTsin00100101 message = intake.read(xml, TsinMessage.REQUEST, MxTsin00100101::parse);
        ReceivedRequest request = RequestReading.read(message, caller);
        String id = decisions.receive(request);
        for (ReceivedRequest.Invoice invoice : request.invoices()) {
            decide(caller, id, invoice.position(), request.programId());
        }
        return new Submitted(id, report.of(id));
    }

    private void decide(Caller caller, String requestId, int position, String programId) {
        try {
            decisions.decide(caller, requestId, position, programId);
        } catch (ProblemException refused) {
            if (!ApplicationRefusals.isRefusal(refused)) {
                throw refused;
            }
            decisions.refuse(requestId, position, ApplicationRefusals.reason(refused), refused.getMessage());
        }
    }

    public String status(Caller caller, String id) {
        caller.require(Role.SUPPLIER, Role.BANK, Role.ADMIN);
        return report.of(decisions.visible(caller, id).id);
    }

    /**
     * Cancels the request's applications that the financing rules still let the supplier cancel (those not yet
     * approved); the others stay, and the status reports each invoice as it now stands.
     */
    public String cancel(Caller caller, String id, String xml) {
        caller.require(Role.SUPPLIER);
        InvoiceFinancingRequest request = decisions.visible(caller, id);
        MxTsin00300101 message = intake.read(xml, TsinMessage.CANCELLATION, MxTsin00300101::parse);
        InvoiceFinancingCancellationRequestV01 cancellation = message.getInvcFincgCxlReq();
        Violations violations = new Violations();
        Parties.requireText(
                violations,
                CANCELLATION + "/CxlReqId/Id",
                cancellation.getCxlReqId().getId());
        String original = cancellation.getCxlReqInf().getOrgnlGrpId();
        violations.require(
                request.messageId.equals(original),
                CANCELLATION + "/CxlReqInf/OrgnlGrpId",
                FinancingReason.CA02.code(),
                "names message " + original + ", not this request's " + request.messageId);
        violations.throwIfAny();
        int cancelled = 0;
        int stayed = 0;
        for (String financingId : decisions.undisbursedApplications(id)) {
            try {
                financings.cancel(caller, financingId);
                cancelled++;
            } catch (ProblemException refused) {
                if (refused.type() != ProblemType.CONFLICT) {
                    throw refused;
                }
                stayed++;
            }
        }
        CancellationStatus4Code outcome =
                cancelled == 0 && stayed > 0 ? CancellationStatus4Code.REJT : CancellationStatus4Code.PACK;
        decisions.recordCancellation(id, cancellation.getCxlReqId().getId(), outcome.value());
        return report.of(id);
    }
}
