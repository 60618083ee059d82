package org.scfin.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.common.Times;
import org.scfin.testing.EventFeeds;
import org.scfin.testing.Tokens;

/** The story of a notice through the API: assignment, acknowledgement, release; and a renewal's replacement. */
@QuarkusTest
class NoticeLifecycleTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void aDisbursementTellsTheErpWhomToPayWhatAndWhenAndTheBankSeesTheAcknowledgement() {
        NoticeScene scene = NoticeScene.disbursed();
        String bankName = as(Tokens.admin())
                .get("/api/v1/banks/{id}", scene.fx().bankId())
                .then()
                .extract()
                .path("name");
        Map<String, Object> receivable = as(scene.erp())
                .get("/api/v1/receivables/{id}", scene.receivable())
                .then()
                .extract()
                .jsonPath()
                .getMap("");

        List<Map<String, Object>> notices = scene.erpNotices();
        assertThat(notices).hasSize(1);
        String notice = (String) notices.get(0).get("id");
        as(scene.erp())
                .get("/api/v1/notices/{id}", notice)
                .then()
                .statusCode(200)
                .body("kind", equalTo("ASSIGNMENT"))
                .body("status", equalTo("UNACKNOWLEDGED"))
                .body("financingId", equalTo(scene.financing()))
                .body("coreEnterpriseId", equalTo(scene.fx().pair().coreEnterpriseId()))
                .body("supplierId", equalTo(scene.fx().pair().supplierId()))
                .body("bankId", equalTo(scene.fx().bankId()))
                .body("bankName", equalTo(bankName))
                .body("receivables.size()", equalTo(1))
                .body("receivables[0].receivableId", equalTo(scene.receivable()))
                .body("receivables[0].erpReference", equalTo(receivable.get("erpReference")))
                .body("receivables[0].invoiceNumbers", equalTo(receivable.get("invoiceNumbers")))
                .body("receivables[0].amount", equalTo(d("10000.00")))
                .body("receivables[0].dueDate", equalTo(scene.fx().due().toString()))
                // the core enterprise pays the bank the receivable's amount on its due date; the financing's price
                // (9,000 lent at 3.6%) is not its business
                .body("amountDue", equalTo(d("10000.00")))
                .body("dueDate", equalTo(scene.fx().due().toString()))
                .body("payTo", equalTo(NoticeScene.account()))
                .body("replacesNoticeId", nullValue())
                .body("supersededByNoticeId", nullValue())
                .body("issuedAt", notNullValue())
                .body("acknowledgedAt", nullValue())
                .body("unacknowledgedHours", notNullValue())
                .body("$", not(hasKey("principal")));

        // the bank sees it waiting; the supplier reads it too
        as(scene.bank())
                .get("/api/v1/notices?status=UNACKNOWLEDGED")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(notice));
        as(scene.supplier()).get("/api/v1/notices/{id}", notice).then().statusCode(200);

        String acknowledgedAt = as(scene.erp())
                .post("/api/v1/notices/{id}/acknowledge", notice)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"))
                .body("acknowledgedBy", equalTo(scene.erpSubject()))
                .body("unacknowledgedHours", nullValue())
                .extract()
                .path("acknowledgedAt");
        assertThat(acknowledgedAt).isNotNull();
        // a second acknowledgement keeps the first
        as(scene.erp())
                .post("/api/v1/notices/{id}/acknowledge", notice)
                .then()
                .statusCode(200)
                .body("acknowledgedAt", equalTo(acknowledgedAt));
        as(scene.bank())
                .get("/api/v1/notices/{id}", notice)
                .then()
                .body("status", equalTo("ACKNOWLEDGED"))
                .body("acknowledgedAt", equalTo(acknowledgedAt))
                .body("acknowledgedBy", equalTo(scene.erpSubject()));
        as(scene.bank()).get("/api/v1/notices?status=UNACKNOWLEDGED").then().body("total", equalTo(0));
        as(scene.bank())
                .get("/api/v1/notices?status=ACKNOWLEDGED&kind=ASSIGNMENT&financingId=" + scene.financing())
                .then()
                .body("total", equalTo(1));

        // full settlement releases the receivables
        as(scene.bank())
                .body(Map.of("amount", d("9000.00"), "paidOn", Times.today().toString()))
                .post("/api/v1/financings/{id}/settle", scene.financing())
                .then()
                .statusCode(200)
                .body("status", equalTo("SETTLED"));
        notices = scene.erpNotices();
        assertThat(notices).extracting(n -> n.get("kind")).containsExactly("ASSIGNMENT", "RELEASE");
        Map<String, Object> release = notices.get(1);
        assertThat(release)
                .containsEntry("financingId", scene.financing())
                .containsEntry("replacesNoticeId", notice)
                .containsEntry("status", "UNACKNOWLEDGED")
                .containsEntry("payTo", null)
                .containsEntry("dueDate", null);
        assertThat((BigDecimal) release.get("amountDue")).isEqualByComparingTo("0");
        assertThat(notices.get(0)).containsEntry("supersededByNoticeId", release.get("id"));

        // both notices and the acknowledgement travel by the feed, to the ERP and to the bank alike
        for (String token : List.of(scene.erp(), scene.bank())) {
            List<Map<String, Object>> noticeEvents = EventFeeds.after(() -> as(token), "0").stream()
                    .filter(e -> "notice".equals(e.get("subjectType")))
                    .toList();
            assertThat(noticeEvents)
                    .extracting(e -> e.get("type"))
                    .containsExactly("NOTICE_ISSUED", "NOTICE_ACKNOWLEDGED", "NOTICE_ISSUED");
            assertThat(noticeEvents)
                    .extracting(e -> e.get("subjectId"))
                    .containsExactly(notice, notice, release.get("id"));
            Map<?, ?> issued = (Map<?, ?>) noticeEvents.get(0).get("data");
            assertThat(issued.get("kind")).isEqualTo("ASSIGNMENT");
            assertThat(issued.get("payTo")).isEqualTo(NoticeScene.account());
            assertThat((BigDecimal) issued.get("amountDue")).isEqualByComparingTo("10000.00");
            Map<?, ?> acknowledged = (Map<?, ?>) noticeEvents.get(1).get("data");
            assertThat(acknowledged.get("acknowledgedAt")).isEqualTo(acknowledgedAt);
        }
    }

    @Test
    void aRenewalReplacesTheNoticeAndItsSettlementReleasesTheReplacement() {
        NoticeScene scene = NoticeScene.disbursed();
        String assignment = (String) scene.erpNotices().get(0).get("id");
        String renewal = as(scene.bank())
                .body(Map.of(
                        "annualRate",
                        d("3.6"),
                        "newMaturityDate",
                        Times.today().plusDays(180).toString()))
                .post("/api/v1/financings/{id}/renew", scene.financing())
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        List<Map<String, Object>> notices = scene.erpNotices();
        assertThat(notices).extracting(n -> n.get("kind")).containsExactly("ASSIGNMENT", "REPLACEMENT");
        Map<String, Object> replacement = notices.get(1);
        assertThat(replacement)
                .containsEntry("financingId", renewal)
                .containsEntry("replacesNoticeId", assignment)
                .containsEntry("payTo", NoticeScene.account())
                .containsEntry("dueDate", scene.fx().due().toString())
                .containsEntry("status", "UNACKNOWLEDGED");
        assertThat((BigDecimal) replacement.get("amountDue")).isEqualByComparingTo("10000.00");
        assertThat(((List<?>) replacement.get("receivables"))
                        .stream()
                                .<Object>map(r -> ((Map<?, ?>) r).get("receivableId"))
                                .toList())
                .containsExactly(scene.receivable());
        assertThat(notices.get(0)).containsEntry("supersededByNoticeId", replacement.get("id"));

        String due = as(scene.bank())
                .get("/api/v1/financings/{id}", renewal)
                .then()
                .extract()
                .path("outstandingAmount")
                .toString();
        as(scene.bank())
                .body(Map.of("amount", d(due), "paidOn", Times.today().toString()))
                .post("/api/v1/financings/{id}/settle", renewal)
                .then()
                .statusCode(200)
                .body("status", equalTo("SETTLED"));
        notices = scene.erpNotices();
        assertThat(notices).extracting(n -> n.get("kind")).containsExactly("ASSIGNMENT", "REPLACEMENT", "RELEASE");
        assertThat(notices.get(2))
                .containsEntry("financingId", renewal)
                .containsEntry("replacesNoticeId", replacement.get("id"));
        // the bank filters by kind
        as(scene.bank())
                .get("/api/v1/notices?kind=REPLACEMENT")
                .then()
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(replacement.get("id")));
    }

    @Test
    void aPartPaymentChangesNoNotice() {
        NoticeScene scene = NoticeScene.disbursed();
        as(scene.bank())
                .body(Map.of("amount", d("4000.00"), "paidOn", Times.today().toString()))
                .post("/api/v1/financings/{id}/settle", scene.financing())
                .then()
                .statusCode(200);
        assertThat(scene.erpNotices()).extracting(n -> n.get("kind")).containsExactly("ASSIGNMENT");
    }
}
