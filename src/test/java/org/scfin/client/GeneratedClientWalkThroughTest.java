package org.scfin.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scfin.client.api.BanksApi;
import org.scfin.client.api.CoreEnterprisesApi;
import org.scfin.client.api.EventsApi;
import org.scfin.client.api.FinancingsApi;
import org.scfin.client.api.NoticesApi;
import org.scfin.client.api.ProgramsApi;
import org.scfin.client.api.RateCouponsApi;
import org.scfin.client.api.ReceivablesApi;
import org.scfin.client.api.SuppliersApi;
import org.scfin.client.model.AdjustmentInput;
import org.scfin.client.model.ApplicationInput;
import org.scfin.client.model.ApprovalInput;
import org.scfin.client.model.Bank;
import org.scfin.client.model.BankInput;
import org.scfin.client.model.BankType;
import org.scfin.client.model.CollectionAccount;
import org.scfin.client.model.CoreEnterprise;
import org.scfin.client.model.CoreEnterpriseInput;
import org.scfin.client.model.Event;
import org.scfin.client.model.EventType;
import org.scfin.client.model.Financing;
import org.scfin.client.model.FinancingStatus;
import org.scfin.client.model.InterestMode;
import org.scfin.client.model.Notice;
import org.scfin.client.model.PageViewReceivableView;
import org.scfin.client.model.Program;
import org.scfin.client.model.ProgramInput;
import org.scfin.client.model.RateCoupon;
import org.scfin.client.model.RateCouponIssue;
import org.scfin.client.model.Receivable;
import org.scfin.client.model.ReceivableBatch;
import org.scfin.client.model.ReceivableBatchInput;
import org.scfin.client.model.ReceivableBatchReceipt;
import org.scfin.client.model.ReceivableInput;
import org.scfin.client.model.ReceivableStatus;
import org.scfin.client.model.SizeClass;
import org.scfin.client.model.Supplier;
import org.scfin.client.model.SupplierInput;
import org.scfin.common.Times;
import org.scfin.testing.CreditCodes;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Tokens;

/**
 * The README's walk-through, driven through the Java client that openapi-generator makes from the committed spec
 * (openapi/openapi.yaml, generated at build time into target/generated-test-sources): what a bank or ERP would generate
 * works against the running service, answers included, refusals as exceptions with the problem body.
 */
@QuarkusTest
class GeneratedClientWalkThroughTest {

    @TestHTTPResource("/")
    URL service;

    private ApiClient as(String token) {
        ApiClient client = new ApiClient();
        client.setBasePath(service.toString().replaceAll("/$", ""));
        client.setBearerToken(token);
        return client;
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theWalkThroughRunsThroughTheGeneratedClient() throws ApiException {
        ApiClient admin = as(Tokens.admin());
        // 1. The admin registers a bank, a core enterprise and a supplier
        Bank bank = new BanksApi(admin)
                .createBank(
                        new BankInput()
                                .name("甘肃银行股份有限公司金昌分行")
                                .creditCode(CreditCodes.random("620300"))
                                .regionCode("620300")
                                .industry("银行业")
                                .type(BankType.CITY_COMMERCIAL),
                        null);
        String coreCode = CreditCodes.random("620302");
        CoreEnterprise core = new CoreEnterprisesApi(admin)
                .createCoreEnterprise(
                        new CoreEnterpriseInput()
                                .name("金川集团股份有限公司")
                                .creditCode(coreCode)
                                .regionCode("620302")
                                .industry("有色金属冶炼")
                                .connected(true)
                                .connectedOn(LocalDate.of(2024, 3, 15)),
                        null);
        String supplierCode = CreditCodes.random("620302");
        Supplier supplier = new SuppliersApi(admin)
                .createSupplier(
                        new SupplierInput()
                                .name("金昌市鑫源机械制造有限公司")
                                .creditCode(supplierCode)
                                .regionCode("620302")
                                .industry("机械加工")
                                .sizeClass(SizeClass.MICRO)
                                .creditWhite(true),
                        null);
        assertThat(bank.getId()).hasSize(13);
        // a refusal arrives as an ApiException carrying the status and the problem+json body
        assertThatThrownBy(() -> new CoreEnterprisesApi(admin)
                        .createCoreEnterprise(
                                new CoreEnterpriseInput()
                                        .name("另一家公司")
                                        .creditCode(coreCode)
                                        .regionCode("620302")
                                        .industry("冶炼"),
                                null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(409);
                    assertThat(e.getResponseBody()).contains("creditCode");
                });

        // 2. The supplier sells to the core enterprise
        assertThat(new CoreEnterprisesApi(admin)
                        .linkSupplier(core.getId(), supplier.getId())
                        .getId())
                .isEqualTo(supplier.getId());

        // 3. The ERP posts a receivable, confirmed at once; the retry with the same key replays the answer
        ApiClient erp = as(Tokens.erp(core.getId()));
        ReceivablesApi erpReceivables = new ReceivablesApi(erp);
        String key = "client-" + Fixtures.shortId();
        ReceivableInput first = new ReceivableInput()
                .supplierCreditCode(supplierCode)
                .erpReference("AP-2025-000123")
                .invoiceNumbers(List.of("04403991", "04403992"))
                .amount(d("1250000.00"))
                .issueDate(LocalDate.of(2025, 7, 1))
                .dueDate(LocalDate.of(2025, 12, 28));
        Receivable r1 = erpReceivables.createReceivable(first, key);
        assertThat(r1.getStatus()).isEqualTo(ReceivableStatus.CONFIRMED);
        ApiResponse<Receivable> replay = erpReceivables.createReceivableWithHttpInfo(first, key);
        assertThat(replay.getStatusCode()).isEqualTo(201);
        assertThat(replay.getHeaders().get("idempotent-replayed")).containsExactly("true");
        assertThat(replay.getData().getId()).isEqualTo(r1.getId());

        // 4. A batch, answered in full, or as a receipt with Prefer: return=minimal (one of two shapes)
        ReceivableBatchInput batch = new ReceivableBatchInput()
                .items(List.of(
                        new ReceivableInput()
                                .supplierId(supplier.getId())
                                .erpReference("AP-2025-000124")
                                .invoiceNumbers(List.of("04403993"))
                                .amount(d("86000.50"))
                                .issueDate(LocalDate.of(2025, 7, 2))
                                .dueDate(LocalDate.of(2025, 10, 30)),
                        new ReceivableInput()
                                .supplierId(supplier.getId())
                                .erpReference("AP-2025-000125")
                                .invoiceNumbers(List.of("04403994"))
                                .amount(d("320000"))
                                .issueDate(LocalDate.of(2025, 7, 3))
                                .dueDate(LocalDate.of(2025, 11, 30))));
        ReceivableBatch posted =
                erpReceivables.createReceivableBatch(batch, null, null).getReceivableBatch();
        assertThat(posted.getItems()).extracting(Receivable::getAmount).containsExactly(d("86000.50"), d("320000.00"));
        ReceivableBatchReceipt receipt = erpReceivables
                .createReceivableBatch(batch, null, "return=minimal")
                .getReceivableBatchReceipt();
        assertThat(receipt.getCreated()).isZero();
        assertThat(receipt.getAlreadyPosted()).isEqualTo(2);

        // 5. The supplier submits a receivable, 6. the ERP confirms it
        ApiClient supplierClient = as(Tokens.supplier(supplier.getId()));
        Receivable r2 = new ReceivablesApi(supplierClient)
                .createReceivable(
                        new ReceivableInput()
                                .coreEnterpriseId(core.getId())
                                .erpReference("SUP-2025-0007")
                                .invoiceNumbers(List.of("04403995"))
                                .amount(d("45800.00"))
                                .issueDate(LocalDate.of(2025, 7, 5))
                                .dueDate(LocalDate.of(2025, 12, 31)),
                        null);
        assertThat(r2.getStatus()).isEqualTo(ReceivableStatus.PENDING_CONFIRMATION);
        assertThat(erpReceivables.confirmReceivable(r2.getId(), null).getStatus())
                .isEqualTo(ReceivableStatus.CONFIRMED);

        // 7. A credit note reduces the first receivable
        Receivable adjusted = erpReceivables.adjustReceivable(
                r1.getId(),
                new AdjustmentInput()
                        .creditNoteNumber("CN-2025-0042")
                        .amount(d("50000.00"))
                        .reason("quality deduction on batch 7"),
                null);
        assertThat(adjusted.getAmount()).isEqualTo(d("1200000.00"));
        assertThat(adjusted.getOriginalAmount()).isEqualTo(d("1250000.00"));

        // 8. The list with filters, 9. one receivable with its history
        PageViewReceivableView page = erpReceivables.listReceivables(
                null,
                d("50000"),
                null,
                LocalDate.of(2025, 10, 1),
                LocalDate.of(2025, 12, 31),
                0,
                50,
                "dueDate,asc",
                ReceivableStatus.CONFIRMED,
                null);
        assertThat(page.getItems())
                .extracting(Receivable::getErpReference)
                .containsExactly("AP-2025-000124", "AP-2025-000125", "AP-2025-000123");
        assertThat(erpReceivables.getReceivable(r1.getId()).getHistory())
                .extracting(entry -> entry.getAction().name())
                .containsExactly("POSTED", "ADJUSTED");

        // Financing: the bank's program, an application, approval, disbursement, and the ERP told to pay the bank
        ApiClient bankClient = as(Tokens.bank(bank.getId()));
        LocalDate today = Times.today();
        Program program = new ProgramsApi(bankClient)
                .createProgram(
                        new ProgramInput()
                                .coreEnterpriseId(core.getId())
                                .creditLimit(d("50000000"))
                                .maxAdvanceRatio(d("90"))
                                .rateFloor(d("3.5"))
                                .rateCap(d("5.0"))
                                .interestMode(InterestMode.UPFRONT)
                                .validFrom(today)
                                .validTo(today.plusYears(2))
                                .collectionAccount(new CollectionAccount()
                                        .accountName("甘肃银行股份有限公司金昌分行")
                                        .accountNumber("62030100000042")
                                        .branchName("金昌分行营业部")),
                        null);
        Receivable r3 = erpReceivables.createReceivable(
                new ReceivableInput()
                        .supplierId(supplier.getId())
                        .erpReference("AP-2026-000200")
                        .invoiceNumbers(List.of("04409001"))
                        .amount(d("50000.00"))
                        .issueDate(today)
                        .dueDate(today.plusDays(120)),
                null);
        FinancingsApi supplierFinancings = new FinancingsApi(supplierClient);
        Financing applied = supplierFinancings.applyForFinancing(
                new ApplicationInput()
                        .programId(program.getId())
                        .receivableIds(List.of(r3.getId()))
                        .requestedAmount(d("40000")),
                null);
        FinancingsApi bankFinancings = new FinancingsApi(bankClient);
        Financing approved = bankFinancings.approveFinancing(
                applied.getId(),
                new ApprovalInput().annualRate(d("3.6")).advanceRatio(d("90")).valueDate(today),
                null);
        // 40,000 for 120 days at 3.6%, ACT/360: 480.00 of interest taken up front
        assertThat(approved.getStatus()).isEqualTo(FinancingStatus.APPROVED);
        assertThat(approved.getPrincipal()).isEqualTo(d("40000.00"));
        assertThat(approved.getInterest()).isEqualTo(d("480.00"));
        assertThat(approved.getNetAmount()).isEqualTo(d("39520.00"));
        assertThat(bankFinancings.disburseFinancing(applied.getId(), null).getStatus())
                .isEqualTo(FinancingStatus.DISBURSED);
        // the bank reads its financing in full; the same call answers one of two shapes, by the caller's role
        assertThat(bankFinancings.getFinancing(applied.getId()).getFinancing().getAmountDue())
                .isEqualTo(d("40000.00"));

        List<Event> events = new EventsApi(erp).listEvents("0", 200).getItems();
        assertThat(events)
                .filteredOn(e -> e.getType() == EventType.RECEIVABLES_ASSIGNED)
                .extracting(Event::getSubjectId)
                .containsExactly(applied.getId());
        // and its notice of assignment names the account to pay, which the ERP acknowledges
        Notice notice = new NoticesApi(erp)
                .listNotices(applied.getId(), null, null, null, null, null, null)
                .getItems()
                .get(0);
        assertThat(notice.getPayTo().getAccountNumber()).isEqualTo("62030100000042");
        assertThat(notice.getAmountDue()).isEqualTo(d("50000.00"));
        assertThat(new NoticesApi(erp).acknowledgeNotice(notice.getId(), null).getAcknowledgedAt())
                .isNotNull();

        // rate coupons: Jinchang's authority gives the supplier 20 basis points; the bank approves with the coupon
        RateCoupon coupon = new RateCouponsApi(as(Tokens.authority("620300")))
                .issueRateCoupons(
                        new RateCouponIssue()
                                .supplierIds(List.of(supplier.getId()))
                                .cutBp(20)
                                .expiresOn(today.plusDays(90)),
                        null)
                .getItems()
                .get(0);
        Receivable r5 = erpReceivables.createReceivable(
                new ReceivableInput()
                        .supplierId(supplier.getId())
                        .erpReference("AP-2026-000202")
                        .invoiceNumbers(List.of("04409003"))
                        .amount(d("50000.00"))
                        .issueDate(today)
                        .dueDate(today.plusDays(120)),
                null);
        Financing second = supplierFinancings.applyForFinancing(
                new ApplicationInput()
                        .programId(program.getId())
                        .receivableIds(List.of(r5.getId()))
                        .requestedAmount(d("40000")),
                null);
        assertThat(new RateCouponsApi(bankClient).getRateCoupon(coupon.getId()).getCutBp())
                .isEqualTo(20);
        Financing cut = bankFinancings.approveFinancing(
                second.getId(),
                new ApprovalInput()
                        .annualRate(d("3.8"))
                        .advanceRatio(d("90"))
                        .valueDate(today)
                        .couponId(coupon.getId()),
                null);
        // 3.8% less 20 bp: 480.00 of interest as above; 40,000 x 0.2% x 120 / 360 = 26.67 saved
        assertThat(cut.getAnnualRate()).isEqualByComparingTo(d("3.6"));
        assertThat(cut.getRateBeforeCoupon()).isEqualByComparingTo(d("3.8"));
        assertThat(cut.getInterest()).isEqualTo(d("480.00"));
        assertThat(cut.getInterestSaved()).isEqualTo(d("26.67"));
        assertThat(cut.getCouponId()).isEqualTo(coupon.getId());
    }
}
