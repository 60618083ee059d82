package org.scfin.notice;

import static org.scfin.testing.Api.as;

import java.util.List;
import java.util.Map;
import org.scfin.common.Times;
import org.scfin.testing.FinancingFixture;
import org.scfin.testing.Fixtures;

/** A financing of one receivable of 10,000.00, applied for 9,000.00 and approved at 3.6%, ready to be disbursed. */
record NoticeScene(FinancingFixture fx, String receivable, String financing) {

    static NoticeScene approved() {
        FinancingFixture fx = FinancingFixture.create("1000000.00", "UPFRONT");
        String receivable = fx.receivable("10000.00");
        String financing = fx.apply("9000.00", receivable);
        fx.approve(financing, "3.6", "90", Times.today());
        return new NoticeScene(fx, receivable, financing);
    }

    static NoticeScene disbursed() {
        NoticeScene scene = approved();
        scene.disburse();
        return scene;
    }

    void disburse() {
        as(fx.bankToken())
                .post("/api/v1/financings/{id}/disburse", financing)
                .then()
                .statusCode(200);
    }

    String erp() {
        return fx.pair().erpToken();
    }

    String bank() {
        return fx.bankToken();
    }

    String supplier() {
        return fx.pair().supplierToken();
    }

    /** The ERP's notices, oldest first. */
    List<Map<String, Object>> erpNotices() {
        return as(erp())
                .get("/api/v1/notices")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    /** The subject of the ERP's token: what an acknowledgement records as by whom. */
    String erpSubject() {
        return "erp:" + fx.pair().coreEnterpriseId();
    }

    static Map<String, Object> account() {
        return Fixtures.collectionAccount();
    }
}
