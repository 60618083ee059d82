package org.scfin.iso20022;

import com.prowidesoftware.swift.model.mx.AbstractMX;
import com.prowidesoftware.swift.model.mx.MxTsin00100101;
import com.prowidesoftware.swift.model.mx.MxTsin00300101;
import com.prowidesoftware.swift.model.mx.MxWriteParams;
import com.prowidesoftware.swift.model.mx.dic.ActiveCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.CancellationRequestInformation1;
import com.prowidesoftware.swift.model.mx.dic.DocumentGeneralInformation1;
import com.prowidesoftware.swift.model.mx.dic.DocumentType4Code;
import com.prowidesoftware.swift.model.mx.dic.FinancialInstitutionIdentification6;
import com.prowidesoftware.swift.model.mx.dic.FinancingRateOrAmountChoice;
import com.prowidesoftware.swift.model.mx.dic.GenericIdentification3;
import com.prowidesoftware.swift.model.mx.dic.GenericIdentification4;
import com.prowidesoftware.swift.model.mx.dic.InvoiceFinancingCancellationRequestV01;
import com.prowidesoftware.swift.model.mx.dic.InvoiceFinancingRequestV01;
import com.prowidesoftware.swift.model.mx.dic.InvoiceRequestInformation1;
import com.prowidesoftware.swift.model.mx.dic.InvoiceTotals1;
import com.prowidesoftware.swift.model.mx.dic.MessageIdentification1;
import com.prowidesoftware.swift.model.mx.dic.OrganisationIdentification2;
import com.prowidesoftware.swift.model.mx.dic.Party2Choice;
import com.prowidesoftware.swift.model.mx.dic.PartyAndAccountIdentificationAndContactInformation1;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification25;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification8;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentificationAndAccount6;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentificationAndContactInformation1;
import com.prowidesoftware.swift.model.mx.dic.PaymentInformation15;
import com.prowidesoftware.swift.model.mx.dic.PaymentMethod4Code;
import com.prowidesoftware.swift.model.mx.dic.RequestGroupInformation1;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Builds the tsin.001 and tsin.003 messages of a test with the library, as a supplier's system would. */
final class TsinBuilder {

    /** One invoice request: the invoice as the supplier's books have it, and the amount asked for. */
    record InvoiceLine(String invoiceNumber, String invoiceAmount, String requested, LocalDate due, String buyerId) {}

    private final String messageId;
    private final String supplierId;
    private final String bankId;
    private final List<InvoiceLine> lines = new ArrayList<>();
    private String count;
    private String controlSum;

    TsinBuilder(String messageId, String supplierId, String bankId) {
        this.messageId = messageId;
        this.supplierId = supplierId;
        this.bankId = bankId;
    }

    TsinBuilder invoice(String invoiceNumber, String invoiceAmount, String requested, LocalDate due, String buyer) {
        lines.add(new InvoiceLine(invoiceNumber, invoiceAmount, requested, due, buyer));
        return this;
    }

    /** Declares another number of invoice requests than the message holds. */
    TsinBuilder count(String declared) {
        count = declared;
        return this;
    }

    /** Declares another control sum than the invoices' requested amounts add up to. */
    TsinBuilder controlSum(String declared) {
        controlSum = declared;
        return this;
    }

    MxTsin00100101 request() {
        BigDecimal total =
                lines.stream().map(line -> new BigDecimal(line.requested())).reduce(BigDecimal.ZERO, BigDecimal::add);
        RequestGroupInformation1 group = new RequestGroupInformation1()
                .setGrpId(messageId)
                .setCreDtTm(OffsetDateTime.parse("2026-03-02T09:00:00+08:00"))
                .setNbOfInvcReqs(count != null ? count : String.valueOf(lines.size()))
                .setTtlBlkInvcAmt(cny(controlSum != null ? controlSum : total.toPlainString()))
                .setCcy("CNY")
                .setFincgRqstr(requester(supplierId))
                .setFrstAgt(agent(bankId));
        InvoiceFinancingRequestV01 request = new InvoiceFinancingRequestV01().setReqGrpInf(group);
        for (InvoiceLine line : lines) {
            request.addInvcReqInf(new InvoiceRequestInformation1()
                    .setInvcGnlInf(new DocumentGeneralInformation1()
                            .setDocTp(DocumentType4Code.CINV)
                            .setDocNb(line.invoiceNumber())
                            .setIsseDt(line.due().minusDays(120)))
                    .setInvcTtlsInf(new InvoiceTotals1()
                            .setTtlTaxblAmt(cny(line.invoiceAmount()))
                            .setTtlTaxAmt(cny("0.00"))
                            .setTtlInvcAmt(cny(line.invoiceAmount()))
                            .setPmtDueDt(line.due()))
                    .setReqdAmt(new FinancingRateOrAmountChoice().setAmt(cny(line.requested())))
                    .setSpplr(new PartyAndAccountIdentificationAndContactInformation1()
                            .setPtyId(organisation(supplierId)))
                    .setBuyr(new PartyIdentificationAndContactInformation1().setPtyId(organisation(line.buyerId())))
                    .setInvcPmtInf(new PaymentInformation15().setPmtMtd(PaymentMethod4Code.TRF)));
        }
        return new MxTsin00100101().setInvcFincgReq(request);
    }

    String xml() {
        return unprefixed(request());
    }

    /** The document with its elements in the default namespace, as the standard's examples write them. */
    static String unprefixed(AbstractMX message) {
        MxWriteParams params = new MxWriteParams();
        params.prefix = null;
        return message.document(params);
    }

    /** A tsin.003 cancelling the message {@code originalMessageId}. */
    static String cancellation(String cancellationId, String originalMessageId, String supplierId, String bankId) {
        CancellationRequestInformation1 information = new CancellationRequestInformation1()
                .setOrgnlGrpId(originalMessageId)
                .setOrgnlCreDtTm(OffsetDateTime.parse("2026-03-02T09:00:00+08:00"))
                .setCxlRsn("paid early by the buyer")
                .setFincgRqstr(requester(supplierId))
                .setFrstAgt(agent(bankId));
        return unprefixed(new MxTsin00300101()
                .setInvcFincgCxlReq(new InvoiceFinancingCancellationRequestV01()
                        .setCxlReqId(new MessageIdentification1()
                                .setId(cancellationId)
                                .setCreDtTm(OffsetDateTime.parse("2026-03-02T10:00:00+08:00")))
                        .setCxlReqInf(information)));
    }

    static ActiveCurrencyAndAmount cny(String amount) {
        return new ActiveCurrencyAndAmount().setCcy("CNY").setValue(new BigDecimal(amount));
    }

    private static PartyIdentificationAndAccount6 requester(String supplierId) {
        return new PartyIdentificationAndAccount6()
                .setPtyId(new PartyIdentification25()
                        .setNm("Supplier " + supplierId)
                        .setPrtryId(
                                new GenericIdentification4().setId(supplierId).setIdTp("SCFIN")));
    }

    private static FinancialInstitutionIdentification6 agent(String bankId) {
        return new FinancialInstitutionIdentification6()
                .setPrtryId(new GenericIdentification4().setId(bankId).setIdTp("SCFIN"));
    }

    private static PartyIdentification8 organisation(String id) {
        return new PartyIdentification8()
                .setId(new Party2Choice()
                        .setOrgId(
                                new OrganisationIdentification2().setPrtryId(new GenericIdentification3().setId(id))));
    }
}
