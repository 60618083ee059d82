package org.scfin.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.common.Times;
import org.scfin.testing.EventFeeds;
import org.scfin.testing.FinancingFixture;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Fixtures.Pair;
import org.scfin.testing.Tokens;

@QuarkusTest
class EventFeedTest {

    private static List<Map<String, Object>> readAll(String token, int pageSize) {
        return EventFeeds.after(() -> as(token), "0", pageSize);
    }

    @Test
    void theErpLearnsToPayTheBankAndEachPartySeesOnlyItsOwnEvents() {
        FinancingFixture fx = FinancingFixture.create("1000000.00", "UPFRONT");
        Pair pair = fx.pair();
        String bank = fx.bankId();
        String receivable =
                Fixtures.confirmedReceivable(pair, "10000.00", Times.today().plusDays(100));
        String financing = fx.apply("9000.00", receivable);
        fx.approve(financing, "4", "90", Times.today());
        as(Tokens.bank(bank))
                .post("/api/v1/financings/{id}/disburse", financing)
                .then()
                .statusCode(200);

        List<Map<String, Object>> erp = readAll(pair.erpToken(), 100);
        // the core enterprise learns what changes whom it pays; applications and credit decisions stay with supplier
        // and bank
        assertThat(erp)
                .extracting(e -> e.get("type"))
                .containsExactly(
                        "RECEIVABLES_CONFIRMED", "FINANCING_DISBURSED", "RECEIVABLES_ASSIGNED", "NOTICE_ISSUED");
        @SuppressWarnings("unchecked")
        Map<String, Object> notice = (Map<String, Object>) erp.get(2).get("data");
        assertThat(notice)
                .containsEntry("payTo", bank)
                .containsEntry("financingId", financing)
                .containsEntry("receivableIds", List.of(receivable));
        assertThat(readAll(pair.supplierToken(), 100))
                .extracting(e -> e.get("type"))
                .contains("RECEIVABLES_ASSIGNED");
        assertThat(readAll(Tokens.bank(bank), 100))
                .extracting(e -> e.get("type"))
                .containsExactly(
                        "FINANCING_APPLIED",
                        "FINANCING_APPROVED",
                        "FINANCING_DISBURSED",
                        "RECEIVABLES_ASSIGNED",
                        "NOTICE_ISSUED");

        Pair stranger = Fixtures.pair();
        assertThat(readAll(stranger.erpToken(), 100)).isEmpty();
        assertThat(readAll(Tokens.bank(Fixtures.bank("620300")), 100)).isEmpty();
        as(Tokens.dashboard(null)).get("/api/v1/events").then().statusCode(403);
        as(pair.erpToken())
                .get("/api/v1/events?after=abc")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("after"));
        as(pair.erpToken())
                .get("/api/v1/events?limit=0")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void readingPageByPageResumesWithoutLossOrRepeats() {
        Pair pair = Fixtures.pair();
        List<String> posted = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            posted.add(Fixtures.confirmedReceivable(pair, "1" + i + ".00"));
        }
        List<Map<String, Object>> whole = readAll(pair.erpToken(), 1000);
        List<Map<String, Object>> paged = readAll(pair.erpToken(), 2);
        assertThat(whole).hasSize(7);
        // numbered in the order they were committed
        assertThat(whole.stream()
                        .map(e -> ((List<?>) ((Map<?, ?>) e.get("data")).get("receivableIds")).get(0))
                        .toList())
                .isEqualTo(posted);
        assertThat(paged).isEqualTo(whole);
        List<Long> cursors = whole.stream()
                .map(e -> Long.parseLong((String) e.get("cursor")))
                .toList();
        assertThat(cursors).isSorted().doesNotHaveDuplicates();
        // an event committed after a read is found after that read's cursor
        String last = (String) whole.get(6).get("cursor");
        String id = Fixtures.confirmedReceivable(pair, "99.00");
        as(pair.erpToken())
                .get("/api/v1/events?after=" + last)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].data.receivableIds[0]", equalTo(id));
    }
}
