package org.scfin.iso20022;

import com.prowidesoftware.swift.model.mx.MxTsin00200101;
import com.prowidesoftware.swift.model.mx.MxWriteParams;
import com.prowidesoftware.swift.model.mx.dic.CancellationStatus4Code;
import com.prowidesoftware.swift.model.mx.dic.CancellationStatusInformation1;
import com.prowidesoftware.swift.model.mx.dic.FinancialInstitutionIdentification6;
import com.prowidesoftware.swift.model.mx.dic.FinancingAllowedSummary1;
import com.prowidesoftware.swift.model.mx.dic.FinancingInformationAndStatus1;
import com.prowidesoftware.swift.model.mx.dic.FinancingRateOrAmountChoice;
import com.prowidesoftware.swift.model.mx.dic.FinancingResult1;
import com.prowidesoftware.swift.model.mx.dic.FinancingStatusReason1Code;
import com.prowidesoftware.swift.model.mx.dic.GenericIdentification4;
import com.prowidesoftware.swift.model.mx.dic.InvoiceFinancingDetails1;
import com.prowidesoftware.swift.model.mx.dic.InvoiceFinancingRequestStatusV01;
import com.prowidesoftware.swift.model.mx.dic.MessageIdentification1;
import com.prowidesoftware.swift.model.mx.dic.OriginalInvoiceInformation1;
import com.prowidesoftware.swift.model.mx.dic.OriginalRequestInformation1;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification25;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentificationAndAccount6;
import com.prowidesoftware.swift.model.mx.dic.RequestStatus1Code;
import com.prowidesoftware.swift.model.mx.dic.StatusReason4Choice;
import com.prowidesoftware.swift.model.mx.dic.TechnicalValidationStatus1Code;
import com.prowidesoftware.swift.model.mx.dic.ValidationStatusInformation1;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.scfin.common.Ids;
import org.scfin.common.Times;
import org.scfin.enterprise.Supplier;

/**
 * Writes the tsin.002 InvoiceFinancingRequestStatus of a request as its applications stand now, read in one transaction
 * so the invoices and the summary agree.
 */
@ApplicationScoped
class StatusReport {

    /** The issuer type of every proprietary identification this service writes: ids of this service. */
    static final String ID_TYPE = "SCFIN";

    @Transactional
    String of(String requestId) {
        InvoiceFinancingRequest request = InvoiceFinancingRequest.findById(requestId);
        LocalDate today = Times.today();
        FinancingInformationAndStatus1 invoices = new FinancingInformationAndStatus1();
        int financed = 0;
        BigDecimal acceptedAmount = BigDecimal.ZERO;
        BigDecimal financedAmount = BigDecimal.ZERO;
        for (FinancingInvoice invoice : FinancingInvoice.of(requestId)) {
            InvoiceOutcome outcome = InvoiceOutcome.of(invoice, today);
            if (outcome.status() == RequestStatus1Code.FNCD) {
                financed++;
                acceptedAmount = acceptedAmount.add(invoice.invoiceAmount);
                financedAmount = financedAmount.add(outcome.financedAmount());
            }
            invoices.addInvcFincgDtls(details(invoice, outcome));
        }
        invoices.setFincgAllwdSummry(new FinancingAllowedSummary1()
                .setFincdItmNb(BigDecimal.valueOf(financed))
                .setTtlAccptdItmsAmt(Amounts.of(acceptedAmount))
                .setTtlFincdAmt(Amounts.of(financedAmount)));
        InvoiceFinancingRequestStatusV01 status = new InvoiceFinancingRequestStatusV01()
                .setStsId(new MessageIdentification1()
                        .setId(Ids.newId())
                        .setCreDtTm(Times.now().atOffset(ZoneOffset.UTC)))
                .setOrgnlReqInfAndSts(original(request))
                .setFincgInfAndSts(invoices);
        MxWriteParams unprefixed = new MxWriteParams();
        // elements in the default namespace, as the standard's own examples write them
        unprefixed.prefix = null;
        return new MxTsin00200101().setInvcFincgReqSts(status).document(unprefixed);
    }

    private static OriginalRequestInformation1 original(InvoiceFinancingRequest request) {
        Supplier supplier = Supplier.findById(request.supplierId);
        OriginalRequestInformation1 original = new OriginalRequestInformation1()
                .setId(request.messageId)
                .setCreDtTm(request.messageCreatedAt.atOffset(ZoneOffset.UTC))
                .setFincgRqstr(new PartyIdentificationAndAccount6()
                        .setPtyId(
                                new PartyIdentification25().setNm(supplier.name).setPrtryId(id(supplier.id))))
                .setFrstAgt(new FinancialInstitutionIdentification6().setPrtryId(id(request.bankId)))
                .setVldtnStsInf(new ValidationStatusInformation1().setSts(TechnicalValidationStatus1Code.RCCF));
        if (request.cancellationStatus != null) {
            CancellationStatus4Code status = CancellationStatus4Code.valueOf(request.cancellationStatus);
            CancellationStatusInformation1 cancellation = new CancellationStatusInformation1()
                    .setSts(status)
                    .addAddtlStsRsnInf("cancellation " + request.cancellationId);
            if (status == CancellationStatus4Code.REJT) {
                cancellation.setStsRsn(new StatusReason4Choice().setCd(FinancingStatusReason1Code.CA_01));
            }
            original.setCxlStsInf(cancellation);
        }
        return original;
    }

    private static InvoiceFinancingDetails1 details(FinancingInvoice invoice, InvoiceOutcome outcome) {
        FinancingResult1 result = new FinancingResult1().setFincgReqSts(outcome.status());
        if (outcome.code() != null) {
            result.setStsRsn(new StatusReason4Choice().setCd(FinancingStatusReason1Code.fromValue(outcome.code())));
        } else if (outcome.proprietary() != null) {
            result.setStsRsn(new StatusReason4Choice().setPrtry(outcome.proprietary()));
        }
        if (outcome.text() != null) {
            result.addAddtlStsRsnInf(FinancingReason.fit(outcome.text()));
        }
        if (outcome.financedAmount() != null) {
            result.setFincdAmt(new FinancingRateOrAmountChoice().setAmt(Amounts.of(outcome.financedAmount())));
        }
        return new InvoiceFinancingDetails1()
                .setOrgnlInvcInf(new OriginalInvoiceInformation1()
                        .setDocNb(invoice.invoiceNumber)
                        .setTtlInvcAmt(Amounts.of(invoice.invoiceAmount))
                        .setIsseDt(invoice.issueDate)
                        .setPmtDueDt(invoice.dueDate))
                .setInvcFincgRslt(result);
    }

    private static GenericIdentification4 id(String id) {
        return new GenericIdentification4().setId(id).setIdTp(ID_TYPE);
    }
}
