package org.scfin.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.testing.CreditCodes;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Tokens;

@QuarkusTest
class MasterDataTest {

    private static Map<String, Object> coreEnterprise(String name, String regionCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("creditCode", CreditCodes.random(regionCode));
        body.put("regionCode", regionCode);
        body.put("industry", "乳制品");
        return body;
    }

    @Test
    void createsReadsAndUpdatesACoreEnterpriseInChinese() {
        Map<String, Object> body = coreEnterprise("金川集团股份有限公司-" + Fixtures.shortId(), "620302");
        body.put("connected", true);
        body.put("connectedOn", "2024-03-15");
        var created = as(Tokens.admin())
                .body(body)
                .post("/api/v1/core-enterprises")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .body("connected", equalTo(true))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/core-enterprises/" + id);

        as(Tokens.admin())
                .get("/api/v1/core-enterprises/{id}", id)
                .then()
                .statusCode(200)
                .body("name", equalTo(body.get("name")))
                .body("creditCode", equalTo(body.get("creditCode")))
                .body("regionCode", equalTo("620302"))
                .body("connectedOn", equalTo("2024-03-15"))
                .body("chainLeader", equalTo(false));

        body.put("connected", false);
        body.put("connectedOn", null);
        body.put("name", "金川集团（更名）-" + Fixtures.shortId());
        as(Tokens.admin())
                .body(body)
                .put("/api/v1/core-enterprises/{id}", id)
                .then()
                .statusCode(200)
                .body("connected", equalTo(false))
                .body("connectedOn", nullValue())
                .body("name", equalTo(body.get("name")));
    }

    @Test
    void connectionDateGoesWithConnectionStatus() {
        Map<String, Object> body = coreEnterprise("某乳业-" + Fixtures.shortId(), "150902");
        body.put("connected", true);
        as(Tokens.admin())
                .body(body)
                .post("/api/v1/core-enterprises")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("connectedOn"))
                .body("errors[0].rule", equalTo("required-when-connected"));
        body.put("connected", false);
        body.put("connectedOn", "2024-01-01");
        as(Tokens.admin())
                .body(body)
                .post("/api/v1/core-enterprises")
                .then()
                .statusCode(422)
                .body("errors[0].rule", equalTo("only-when-connected"));
    }

    @Test
    void duplicateCreditCodeIs409AndUnknownRegion422() {
        Map<String, Object> body = coreEnterprise("甲-" + Fixtures.shortId(), "620302");
        as(Tokens.admin()).body(body).post("/api/v1/core-enterprises").then().statusCode(201);
        body.put("name", "乙");
        as(Tokens.admin())
                .body(body)
                .post("/api/v1/core-enterprises")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("creditCode"))
                .body("errors[0].rule", equalTo("unique"));
        Map<String, Object> nowhere = coreEnterprise("丙", "620302");
        nowhere.put("regionCode", "629999");
        as(Tokens.admin())
                .body(nowhere)
                .post("/api/v1/core-enterprises")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("regionCode"))
                .body("errors[0].rule", equalTo("known-region"));
    }

    @Test
    void invalidCheckCharacterIs422() {
        String valid = CreditCodes.random("620302");
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        Map<String, Object> body = coreEnterprise("丁", "620302");
        body.put("creditCode", valid.substring(0, 17) + wrong);
        as(Tokens.admin())
                .body(body)
                .post("/api/v1/core-enterprises")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("creditCode"))
                .body("errors[0].rule", equalTo("valid-credit-code"));
    }

    @Test
    void listsFilterByRegionSubtreeNameAndCreditCodeWithTotals() {
        String marker = "滤" + Fixtures.shortId();
        String inJinchuan = as(Tokens.admin())
                .body(Map.of(
                        "name",
                        marker + "金川供应商",
                        "creditCode",
                        CreditCodes.random("620302"),
                        "regionCode",
                        "620302",
                        "sizeClass",
                        "MICRO",
                        "creditWhite",
                        true))
                .post("/api/v1/suppliers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String inYongchang = as(Tokens.admin())
                .body(Map.of(
                        "name",
                        marker + "永昌供应商",
                        "creditCode",
                        CreditCodes.random("620321"),
                        "regionCode",
                        "620321",
                        "sizeClass",
                        "SMALL",
                        "creditWhite",
                        false))
                .post("/api/v1/suppliers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String inLiaocheng = as(Tokens.admin())
                .body(Map.of(
                        "name",
                        marker + "聊城供应商",
                        "creditCode",
                        CreditCodes.random("371502"),
                        "regionCode",
                        "371502",
                        "sizeClass",
                        "MEDIUM",
                        "creditWhite",
                        false))
                .post("/api/v1/suppliers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        List<String> jinchang = as(Tokens.admin())
                .get("/api/v1/suppliers?regionCode=620300&name=" + marker)
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .extract()
                .path("items.id");
        assertThat(jinchang).containsExactlyInAnyOrder(inJinchuan, inYongchang);
        as(Tokens.admin())
                .get("/api/v1/suppliers?regionCode=620000&name=" + marker)
                .then()
                .body("total", equalTo(2));
        as(Tokens.admin()).get("/api/v1/suppliers?name=" + marker).then().body("total", equalTo(3));
        as(Tokens.admin())
                .get("/api/v1/suppliers?regionCode=620321&name=" + marker)
                .then()
                .body("items[0].id", equalTo(inYongchang));

        // pages: size 2 gives two pages over three matches, with the total on each; the collation orders these
        // characters by code point (金 U+91D1 > 聊 U+804A > 永 U+6C38), so descending ends with 永昌
        as(Tokens.admin())
                .get("/api/v1/suppliers?name=" + marker + "&size=2&page=0&sort=name,desc")
                .then()
                .body("items.size()", equalTo(2))
                .body("total", equalTo(3))
                .body("page", equalTo(0))
                .body("size", equalTo(2));
        as(Tokens.admin())
                .get("/api/v1/suppliers?name=" + marker + "&size=2&page=1&sort=name,desc")
                .then()
                .body("items.size()", equalTo(1))
                .body("total", equalTo(3))
                .body("items[0].id", equalTo(inYongchang));

        String code = as(Tokens.admin())
                .get("/api/v1/suppliers/{id}", inLiaocheng)
                .then()
                .extract()
                .path("creditCode");
        as(Tokens.admin())
                .get("/api/v1/suppliers?creditCode=" + code)
                .then()
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(inLiaocheng));
        // LIKE wildcards in a name filter match themselves only
        as(Tokens.admin()).get("/api/v1/suppliers?name=%25").then().body("total", equalTo(0));
    }

    @Test
    void industrialChainsHaveLeaderBanksAndMembers() {
        String leader = Fixtures.bank("371500");
        String deputy = Fixtures.bank("371500");
        String chain = as(Tokens.admin())
                .body(Map.of(
                        "name",
                        "新能源汽车产业链-" + Fixtures.shortId(),
                        "regionCode",
                        "371500",
                        "leaderBankId",
                        leader,
                        "deputyLeaderBankId",
                        deputy))
                .post("/api/v1/industrial-chains")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> member = coreEnterprise("链主企业-" + Fixtures.shortId(), "371502");
        member.put("industrialChainId", chain);
        member.put("chainLeader", true);
        String memberId = as(Tokens.admin())
                .body(member)
                .post("/api/v1/core-enterprises")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        as(Tokens.bank(leader))
                .get("/api/v1/industrial-chains/{id}", chain)
                .then()
                .statusCode(200)
                .body("leaderBankId", equalTo(leader))
                .body("deputyLeaderBankId", equalTo(deputy))
                .body("memberCoreEnterpriseIds", hasItem(memberId))
                .body("chainLeaderIds", hasItem(memberId));
        as(Tokens.admin())
                .get("/api/v1/industrial-chains?regionCode=370000")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(chain));

        as(Tokens.admin())
                .body(Map.of("name", "x", "regionCode", "371500", "leaderBankId", leader, "deputyLeaderBankId", leader))
                .post("/api/v1/industrial-chains")
                .then()
                .statusCode(422)
                .body("errors[0].rule", equalTo("distinct"));
        Map<String, Object> orphanLeader = coreEnterprise("无链链主", "371502");
        orphanLeader.put("chainLeader", true);
        as(Tokens.admin())
                .body(orphanLeader)
                .post("/api/v1/core-enterprises")
                .then()
                .statusCode(422)
                .body("errors[0].rule", equalTo("requires-chain"));
    }

    @Test
    void supplyRelationshipsAreIdempotentAndListed() {
        String core = Fixtures.coreEnterprise();
        String supplier = Fixtures.supplier();
        // an ERP cannot link itself to a supplier: the link would open the supplier's data to it
        as(Tokens.erp(core))
                .put("/api/v1/core-enterprises/{id}/suppliers/{s}", core, supplier)
                .then()
                .statusCode(403);
        as(Tokens.erp(core)).get("/api/v1/suppliers/{id}", supplier).then().statusCode(404);
        as(Tokens.admin())
                .put("/api/v1/core-enterprises/{id}/suppliers/{s}", core, supplier)
                .then()
                .statusCode(201)
                .body("id", equalTo(supplier));
        as(Tokens.admin())
                .put("/api/v1/core-enterprises/{id}/suppliers/{s}", core, supplier)
                .then()
                .statusCode(200);
        as(Tokens.erp(core)).get("/api/v1/suppliers/{id}", supplier).then().statusCode(200);
        as(Tokens.erp(core))
                .get("/api/v1/core-enterprises/{id}/suppliers", core)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(supplier));
        as(Tokens.admin())
                .put("/api/v1/core-enterprises/{id}/suppliers/{s}", core, "NOSUCHSUPPLIER")
                .then()
                .statusCode(404);
        as(Tokens.supplier(supplier))
                .put("/api/v1/core-enterprises/{id}/suppliers/{s}", core, supplier)
                .then()
                .statusCode(403);
    }
}
