package org.scfin.iso20022;

import com.prowidesoftware.swift.model.mx.MxTsin00100101;
import com.prowidesoftware.swift.model.mx.dic.ActiveCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.FinancingRateOrAmountChoice;
import com.prowidesoftware.swift.model.mx.dic.InvoiceRequestInformation1;
import com.prowidesoftware.swift.model.mx.dic.RequestGroupInformation1;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scfin.common.Money;
import org.scfin.common.Violations;
import org.scfin.security.Caller;

/**
 * Reads a tsin.001 message that passed its schema into a {@link ReceivedRequest}, checking what the schema cannot: the
 * group header's number of invoice requests and control sum against the invoices, the currency, and the parties named
 * by this service's ids. Any of these broken refuses the whole message with 422 naming the element; whether each
 * invoice can be financed is decided afterwards, invoice by invoice.
 */
final class RequestReading {

    static final String GROUP = "/Document/InvcFincgReq/ReqGrpInf";

    private RequestReading() {}

    static String invoice(int position) {
        return "/Document/InvcFincgReq/" + DocumentCheck.step("InvcReqInf", position);
    }

    static ReceivedRequest read(MxTsin00100101 message, Caller requester) {
        RequestGroupInformation1 group = message.getInvcFincgReq().getReqGrpInf();
        List<InvoiceRequestInformation1> requests = message.getInvcFincgReq().getInvcReqInf();
        Violations violations = new Violations();
        Parties.requireText(violations, GROUP + "/GrpId", group.getGrpId());
        requireRead(violations, GROUP + "/CreDtTm", group.getCreDtTm(), "a date-time with its offset");
        Amounts.requireCurrency(violations, GROUP + "/Ccy", group.getCcy());
        String supplierId = Parties.requester(violations, GROUP + "/FincgRqstr", group.getFincgRqstr(), requester);
        String bankId = Parties.agent(violations, GROUP + "/FrstAgt", group.getFrstAgt());
        String programId = group.getFincgAgrmt() == null
                ? null
                : Parties.id(violations, GROUP + "/FincgAgrmt", group.getFincgAgrmt());
        List<ReceivedRequest.Invoice> invoices = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            invoices.add(invoice(violations, i + 1, requests.get(i), supplierId));
        }
        violations.throwIfAny();

        if (group.getNbOfInvcReqs() != null) {
            violations.require(
                    group.getNbOfInvcReqs().equals(String.valueOf(invoices.size())),
                    GROUP + "/NbOfInvcReqs",
                    "count",
                    "is " + group.getNbOfInvcReqs() + " but the message holds " + invoices.size()
                            + " invoice requests (InvcReqInf)");
        }
        BigDecimal total = invoices.stream()
                .map(ReceivedRequest.Invoice::requestedAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (group.getTtlBlkInvcAmt() != null) {
            String field = GROUP + "/TtlBlkInvcAmt";
            Optional<BigDecimal> declared = Amounts.read(violations, field, group.getTtlBlkInvcAmt());
            declared.ifPresent(sum -> violations.require(
                    sum.compareTo(total) == 0,
                    field,
                    "control-sum",
                    "is " + sum.toPlainString() + " but the invoice requests ask for " + Money.of(total)
                            + " in total"));
        }
        violations.throwIfAny();
        return new ReceivedRequest(
                group.getGrpId(),
                group.getCreDtTm().toInstant(),
                supplierId,
                bankId,
                programId,
                Money.of(total).amount(),
                invoices);
    }

    private static ReceivedRequest.Invoice invoice(
            Violations violations, int position, InvoiceRequestInformation1 request, String supplierId) {
        String at = invoice(position);
        String number = request.getInvcGnlInf().getDocNb();
        Parties.requireText(violations, at + "/InvcGnlInf/DocNb", number);
        Optional<BigDecimal> invoiceAmount = Amounts.read(
                violations,
                at + "/InvcTtlsInf/TtlInvcAmt",
                request.getInvcTtlsInf().getTtlInvcAmt());
        Optional<BigDecimal> requested = requested(violations, at + "/ReqdAmt", request.getReqdAmt(), invoiceAmount);
        requireRead(
                violations, at + "/InvcGnlInf/IsseDt", request.getInvcGnlInf().getIsseDt(), "a date");
        requireRead(
                violations,
                at + "/InvcTtlsInf/PmtDueDt",
                request.getInvcTtlsInf().getPmtDueDt(),
                "a date");
        String buyerId = Parties.buyer(violations, at + "/Buyr", request.getBuyr());
        Parties.requireSupplier(violations, at + "/Spplr", request.getSpplr(), supplierId);
        return new ReceivedRequest.Invoice(
                position,
                number,
                request.getInvcGnlInf().getIsseDt(),
                request.getInvcTtlsInf().getPmtDueDt(),
                invoiceAmount.orElse(null),
                requested.orElse(null),
                buyerId);
    }

    /** A value the schema let through in a form the library could not bind (a date with a time zone, say). */
    private static void requireRead(Violations violations, String field, Object bound, String what) {
        violations.require(bound != null, field, "format", "must be " + what + " as ISO 8601 writes it");
    }

    /**
     * The amount asked for: ReqdAmt/Amt, or ReqdAmt/Rate percent of the invoice's total (down to the fen, never above
     * it), or the whole invoice when ReqdAmt is absent.
     */
    private static Optional<BigDecimal> requested(
            Violations violations,
            String field,
            FinancingRateOrAmountChoice choice,
            Optional<BigDecimal> invoiceAmount) {
        if (choice == null) {
            return invoiceAmount;
        }
        ActiveCurrencyAndAmount amount = choice.getAmt();
        BigDecimal rate = choice.getRate();
        if ((amount == null) == (rate == null)) {
            violations.add(field, "choice", "must hold exactly one of Amt and Rate");
            return Optional.empty();
        }
        if (amount != null) {
            return Amounts.read(violations, field + "/Amt", amount);
        }
        if (rate.signum() <= 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0) {
            violations.add(field + "/Rate", "percentage", "must be a percentage above 0 and at most 100");
            return Optional.empty();
        }
        return invoiceAmount.map(
                total -> Money.atMost(total.multiply(rate).movePointLeft(2)).amount());
    }
}
