package org.scfin.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.common.Times;
import org.scfin.testing.EventFeeds;
import org.scfin.testing.FinancingFixture;
import org.scfin.testing.Fixtures;
import org.scfin.testing.ImportedHistory;

/**
 * Where notices come from besides a live disbursement (an import of unsettled history), and what happens under a
 * program created before programs had a collection account: nothing is assigned until its bank sets one.
 */
@QuarkusTest
class NoticeIssuanceTest {

    private static final Map<String, Object> NEW_ACCOUNT =
            Map.of("accountName", "金昌市商业银行回款专户", "accountNumber", "6228480402564890018", "branchName", "金昌市商业银行新华路支行");

    @Test
    void aProgramWithoutACollectionAccountAssignsNothingUntilItsBankSetsOne() {
        NoticeScene scene = NoticeScene.approved();
        LegacyPrograms.withoutCollectionAccount(scene.fx().programId());
        as(scene.bank())
                .get("/api/v1/programs/{id}", scene.fx().programId())
                .then()
                .body("$", not(hasKey("collectionAccount")));

        as(scene.bank())
                .post("/api/v1/financings/{id}/disburse", scene.financing())
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("collectionAccount"));
        // nothing of the disbursement was written: no notice, no event, still approved
        as(scene.bank())
                .get("/api/v1/financings/{id}", scene.financing())
                .then()
                .body("status", equalTo("APPROVED"))
                .body("disbursedAt", equalTo(null));
        assertThat(scene.erpNotices()).isEmpty();
        assertThat(EventFeeds.after(() -> as(scene.bank()), "0"))
                .extracting(e -> e.get("type"))
                .doesNotContain("FINANCING_DISBURSED", "RECEIVABLES_ASSIGNED", "NOTICE_ISSUED");

        as(scene.bank())
                .body(Map.of("collectionAccount", NEW_ACCOUNT))
                .patch("/api/v1/programs/{id}", scene.fx().programId())
                .then()
                .statusCode(200)
                .body("collectionAccount", equalTo(NEW_ACCOUNT));
        scene.disburse();
        List<Map<String, Object>> notices = scene.erpNotices();
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0)).containsEntry("kind", "ASSIGNMENT").containsEntry("payTo", NEW_ACCOUNT);
    }

    @Test
    void aNewCollectionAccountReplacesTheNoticesOfWhatIsAssignedAndOnlyThose() {
        NoticeScene scene = NoticeScene.disbursed();
        // a second financing of the program, fully settled: its receivables are no longer the bank's
        String other = scene.fx().apply("900.00", scene.fx().receivable("1000.00"));
        scene.fx().approve(other, "3.6", "90", Times.today());
        as(scene.bank()).post("/api/v1/financings/{id}/disburse", other).then().statusCode(200);
        as(scene.bank())
                .body(Map.of(
                        "amount",
                        new BigDecimal("900.00"),
                        "paidOn",
                        Times.today().toString()))
                .post("/api/v1/financings/{id}/settle", other)
                .then()
                .statusCode(200);
        String assignment = (String) scene.erpNotices().get(0).get("id");

        // the same account again changes nothing
        as(scene.bank())
                .body(Map.of("collectionAccount", NoticeScene.account()))
                .patch("/api/v1/programs/{id}", scene.fx().programId())
                .then()
                .statusCode(200);
        assertThat(scene.erpNotices()).hasSize(3);

        as(scene.bank())
                .body(Map.of("collectionAccount", NEW_ACCOUNT))
                .patch("/api/v1/programs/{id}", scene.fx().programId())
                .then()
                .statusCode(200);
        List<Map<String, Object>> notices = scene.erpNotices();
        assertThat(notices).hasSize(4);
        Map<String, Object> replacement = notices.get(3);
        assertThat(replacement)
                .containsEntry("kind", "REPLACEMENT")
                .containsEntry("financingId", scene.financing())
                .containsEntry("replacesNoticeId", assignment)
                .containsEntry("payTo", NEW_ACCOUNT)
                .containsEntry("dueDate", scene.fx().due().toString());
        assertThat((BigDecimal) replacement.get("amountDue")).isEqualByComparingTo("10000.00");
        // the assignment it replaces still says what it said
        as(scene.erp())
                .get("/api/v1/notices/{id}", assignment)
                .then()
                .body("payTo", equalTo(NoticeScene.account()))
                .body("supersededByNoticeId", equalTo(replacement.get("id")));
    }

    @Test
    void anImportedFinancingStillDueIsAssignedAndASettledOneIsNot() {
        FinancingFixture fx = ImportedHistory.program();
        String settled = Fixtures.confirmedReceivable(fx.pair(), "10000.00", LocalDate.of(2025, 6, 1));
        String due = Fixtures.confirmedReceivable(fx.pair(), "20000.00", LocalDate.of(2025, 6, 1));
        List<String> ids = as(fx.bankToken())
                .body(Map.of(
                        "items",
                        List.of(
                                ImportedHistory.item(fx, settled, "9000.00", "9000.00"),
                                ImportedHistory.item(fx, due, "8000.00", null))))
                .post("/api/v1/financings/import")
                .then()
                .statusCode(201)
                .extract()
                .path("items.id");
        List<Map<String, Object>> notices = as(fx.pair().erpToken())
                .get("/api/v1/notices")
                .then()
                .extract()
                .jsonPath()
                .getList("items");
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0))
                .containsEntry("kind", "ASSIGNMENT")
                .containsEntry("financingId", ids.get(1))
                .containsEntry("dueDate", "2025-06-01")
                .containsEntry("payTo", NoticeScene.account());
        assertThat((BigDecimal) notices.get(0).get("amountDue")).isEqualByComparingTo("20000.00");
    }

    @Test
    void anImportUnderAProgramWithoutACollectionAccountWritesNothing() {
        FinancingFixture fx = ImportedHistory.program();
        LegacyPrograms.withoutCollectionAccount(fx.programId());
        String due = Fixtures.confirmedReceivable(fx.pair(), "10000.00", LocalDate.of(2025, 6, 1));
        as(fx.bankToken())
                .body(Map.of("items", List.of(ImportedHistory.item(fx, due, "8000.00", null))))
                .post("/api/v1/financings/import")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("collectionAccount"));
        as(fx.bankToken()).get("/api/v1/financings").then().body("total", equalTo(0));
        as(fx.pair().erpToken()).get("/api/v1/notices").then().body("total", equalTo(0));
    }
}
