package org.scfin.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scfin.testing.EventFeeds;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Fixtures.Pair;
import org.scfin.testing.TestClock;
import org.scfin.testing.Tokens;

/** Who may not read or acknowledge a notice, what a bad request gets, and that a refusal writes nothing. */
@QuarkusTest
class NoticeRefusalTest {

    @Test
    void anotherPartysNoticeIsNotFoundAndOnlyTheDebtorsErpAcknowledges() {
        NoticeScene scene = NoticeScene.disbursed();
        String notice = (String) scene.erpNotices().get(0).get("id");
        Pair stranger = Fixtures.pair();
        String otherBank = Tokens.bank(Fixtures.bank("620300"));

        as(stranger.erpToken()).get("/api/v1/notices/{id}", notice).then().statusCode(404);
        as(stranger.erpToken())
                .post("/api/v1/notices/{id}/acknowledge", notice)
                .then()
                .statusCode(404);
        as(stranger.supplierToken()).get("/api/v1/notices/{id}", notice).then().statusCode(404);
        as(otherBank).get("/api/v1/notices/{id}", notice).then().statusCode(404);
        as(stranger.erpToken()).get("/api/v1/notices").then().statusCode(200).body("total", equalTo(0));
        as(otherBank).get("/api/v1/notices").then().statusCode(200).body("total", equalTo(0));

        // read-only for the supplier and the bank; an admin reads but does not acknowledge for the debtor
        as(scene.supplier())
                .post("/api/v1/notices/{id}/acknowledge", notice)
                .then()
                .statusCode(403);
        as(scene.bank()).post("/api/v1/notices/{id}/acknowledge", notice).then().statusCode(403);
        as(Tokens.admin())
                .post("/api/v1/notices/{id}/acknowledge", notice)
                .then()
                .statusCode(403);
        as(Tokens.admin()).get("/api/v1/notices/{id}", notice).then().statusCode(200);
        as(Tokens.dashboard(null)).get("/api/v1/notices").then().statusCode(403);
        as(Tokens.dashboard(null)).get("/api/v1/notices/{id}", notice).then().statusCode(403);

        // none of that acknowledged anything
        as(scene.bank())
                .get("/api/v1/notices/{id}", notice)
                .then()
                .body("status", equalTo("UNACKNOWLEDGED"))
                .body("acknowledgedAt", equalTo(null));
        assertThat(EventFeeds.after(() -> as(scene.bank()), "0"))
                .extracting(e -> e.get("type"))
                .doesNotContain("NOTICE_ACKNOWLEDGED");
    }

    @Test
    void badIdsAndParametersAreRefused() {
        NoticeScene scene = NoticeScene.disbursed();
        as(scene.erp()).get("/api/v1/notices/{id}", "not-an-id").then().statusCode(404);
        as(scene.erp()).get("/api/v1/notices/{id}", "0KZ4J2D1X3B90").then().statusCode(404);
        as(scene.erp())
                .post("/api/v1/notices/{id}/acknowledge", "0kz4j2d1x3b90")
                .then()
                .statusCode(404);
        as(scene.erp())
                .post("/api/v1/notices/{id}/acknowledge", "0KZ4J2D1X3B90")
                .then()
                .statusCode(404);
        as(scene.erp())
                .get("/api/v1/notices?financingId=abc")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("financingId"));
        for (String parameter : List.of("status", "kind", "minUnacknowledgedHours", "sort")) {
            String value = parameter.equals("minUnacknowledgedHours") ? "-1" : "amountDue";
            as(scene.bank())
                    .get("/api/v1/notices?" + parameter + "=" + value)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo(parameter));
        }
        as(scene.bank())
                .get("/api/v1/notices?minUnacknowledgedHours=1.5")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("minUnacknowledgedHours"));
    }

    @Test
    void theBankFindsWhatHasWaitedLongerThanItAllows() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        TestClock.today(day);
        NoticeScene scene = NoticeScene.disbursed();
        String notice = (String) scene.erpNotices().get(0).get("id");
        // 30 hours later, still unacknowledged
        TestClock.at(day.atTime(LocalTime.of(10, 0)).plusHours(30));
        as(scene.bank())
                .get("/api/v1/notices?minUnacknowledgedHours=24")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(notice));
        float hours = as(scene.bank())
                .get("/api/v1/notices/{id}", notice)
                .then()
                .extract()
                .<Number>path("unacknowledgedHours")
                .floatValue();
        assertThat(hours).isBetween(29.9f, 31f);
        as(scene.bank()).get("/api/v1/notices?minUnacknowledgedHours=48").then().body("total", equalTo(0));
        as(scene.erp()).post("/api/v1/notices/{id}/acknowledge", notice).then().statusCode(200);
        as(scene.bank()).get("/api/v1/notices?minUnacknowledgedHours=24").then().body("total", equalTo(0));
    }
}
