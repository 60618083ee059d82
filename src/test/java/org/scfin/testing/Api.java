package org.scfin.testing;

import static io.restassured.RestAssured.given;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

/** REST Assured requests as a given caller. */
public final class Api {

    private Api() {}

    /** Decimals are read as BigDecimal, so money is compared exactly, scale included ("1000.00", not 1000.0f). */
    private static final RestAssuredConfig EXACT_NUMBERS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    public static RequestSpecification as(String token) {
        return anonymous().auth().oauth2(token);
    }

    public static RequestSpecification anonymous() {
        return given().config(EXACT_NUMBERS).contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
