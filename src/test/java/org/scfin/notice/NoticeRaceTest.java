package org.scfin.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.common.Times;
import org.scfin.testing.EventFeeds;
import org.scfin.testing.Races;

/** Acknowledgements and settlement racing on the same notice: the first acknowledgement and one release hold. */
@QuarkusTest
class NoticeRaceTest {

    @Test
    void racingAcknowledgementsKeepOneAndAnnounceItOnce() throws Exception {
        NoticeScene scene = NoticeScene.disbursed();
        String notice = (String) scene.erpNotices().get(0).get("id");
        List<Response> answers = Races.race(8, n -> as(scene.erp()).post("/api/v1/notices/{id}/acknowledge", notice));
        assertThat(Races.count(answers, 200)).isEqualTo(8);
        assertThat(answers.stream()
                        .map(r -> r.path("acknowledgedAt"))
                        .distinct()
                        .toList())
                .hasSize(1);
        assertThat(EventFeeds.after(() -> as(scene.bank()), "0"))
                .filteredOn(e -> "NOTICE_ACKNOWLEDGED".equals(e.get("type")))
                .hasSize(1);
    }

    @Test
    void racingSettlementsReleaseTheNoticeOnce() throws Exception {
        NoticeScene scene = NoticeScene.disbursed();
        List<Response> answers = Races.race(
                6,
                n -> as(scene.bank())
                        .body(Map.of(
                                "amount",
                                new BigDecimal("9000.00"),
                                "paidOn",
                                Times.today().toString()))
                        .post("/api/v1/financings/{id}/settle", scene.financing()));
        assertThat(Races.count(answers, 200)).isEqualTo(1);
        assertThat(scene.erpNotices()).extracting(n -> n.get("kind")).containsExactly("ASSIGNMENT", "RELEASE");
    }
}
