package org.scfin.region;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.scfin.testing.Tokens;

@QuarkusTest
class RegionResourceTest {

    @Test
    void listsTheProvincialUnits() {
        as(Tokens.dashboard(null))
                .get("/api/v1/regions")
                .then()
                .statusCode(200)
                .body("items", hasSize(34))
                .body("items.code", hasItems("620000", "370000", "150000", "110000", "710000", "810000", "820000"))
                .body("items.find { it.code == '620000' }.name", equalTo("甘肃省"));
    }

    @Test
    void walksTheHierarchyOfJinchang() {
        as(Tokens.admin())
                .get("/api/v1/regions?parent=620000")
                .then()
                .statusCode(200)
                .body("items.code", hasItem("620300"))
                .body("items.find { it.code == '620300' }.name", equalTo("金昌市"));
        as(Tokens.admin())
                .get("/api/v1/regions?parent=620300")
                .then()
                .statusCode(200)
                .body("items.code", hasItems("620302", "620321"))
                .body("items", hasSize(2));
        as(Tokens.admin())
                .get("/api/v1/regions/620302")
                .then()
                .statusCode(200)
                .body("name", equalTo("金川区"))
                .body("parentCode", equalTo("620300"))
                .body("level", equalTo("COUNTY"));
        as(Tokens.admin())
                .get("/api/v1/regions/371500")
                .then()
                .statusCode(200)
                .body("name", equalTo("聊城市"))
                .body("level", equalTo("PREFECTURE"));
        as(Tokens.admin()).get("/api/v1/regions/150900").then().statusCode(200).body("name", equalTo("乌兰察布市"));
    }

    @Test
    void unknownRegionsAre404AndMalformedCodes422() {
        as(Tokens.admin()).get("/api/v1/regions/999999").then().statusCode(404).contentType("application/problem+json");
        as(Tokens.admin()).get("/api/v1/regions?parent=999999").then().statusCode(404);
        as(Tokens.admin())
                .get("/api/v1/regions?parent=62")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("parent"));
    }
}
