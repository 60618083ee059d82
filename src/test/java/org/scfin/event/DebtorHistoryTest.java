package org.scfin.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scfin.testing.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.common.Ids;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Fixtures.Pair;

/**
 * A financing event stored before events carried the core enterprise's own copy (or by any path that forgets it) must
 * never show the core enterprise the supplier's and bank's terms. The row is written as such an event was.
 */
@QuarkusTest
class DebtorHistoryTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    @SuppressWarnings("unchecked")
    void aFinancingEventWithoutTheDebtorsCopyShowsTheErpNoTerms() throws Exception {
        Pair pair = Fixtures.pair();
        String financing = Ids.newId();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO event (id, event_type, subject_type, subject_id, core_enterprise_id, supplier_id, payload, occurred_at)"
                                + " VALUES (?, 'FINANCING_DISBURSED', 'financing', ?, ?, ?, ?, ?)")) {
            insert.setString(1, Ids.newId());
            insert.setString(2, financing);
            insert.setString(3, pair.coreEnterpriseId());
            insert.setString(4, pair.supplierId());
            insert.setString(
                    5,
                    "{\"financingId\": \"" + financing
                            + "\", \"annualRate\": 4.35, \"interest\": 1200.00, \"netAmount\": 98800.00}");
            insert.setTimestamp(6, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }

        Map<String, Object> supplierSees = eventOf(pair.supplierToken(), financing);
        assertThat(supplierSees).as("the supplier reads its terms").isNotNull();
        assertThat((Map<String, Object>) supplierSees.get("data")).containsKey("annualRate");

        Map<String, Object> erpSees = eventOf(pair.erpToken(), financing);
        assertThat(erpSees)
                .as("the event is addressed to the core enterprise too")
                .isNotNull();
        assertThat((Map<String, Object>) erpSees.get("data"))
                .as("what the ERP reads of it")
                .isEmpty();
    }

    /** The caller's event about {@code subjectId}, once the sequencer has numbered it (it runs every second). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> eventOf(String token, String subjectId) throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            List<Map<String, Object>> items = as(token)
                    .get("/api/v1/events?after=0&limit=200")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items");
            for (Map<String, Object> item : items) {
                if (subjectId.equals(item.get("subjectId"))) {
                    return item;
                }
            }
            Thread.sleep(200);
        }
        return null;
    }
}
