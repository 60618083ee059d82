package org.scfin.fuzz;

import static org.scfin.testing.Api.as;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scfin.security.Role;
import org.scfin.testing.FinancingFixture;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Fixtures.Pair;
import org.scfin.testing.Tokens;

/**
 * The parties and records the fuzzer's requests point at, made through the public API, and a token for every role: the
 * world's own parties, a stranger of each kind (whose requests about the world must be refused), no token, an expired
 * one and one that is not a token at all.
 */
record World(Map<String, List<String>> idsByKind, Map<String, String> tokens) {

    static World create() {
        FinancingFixture fx = FinancingFixture.create("50000000", "AT_MATURITY");
        Pair pair = fx.pair();
        String bank = fx.bankId();
        String program = fx.programId();
        String receivable = fx.receivable("100000.00");
        String spare = fx.receivable("200000.00");
        String financing = fx.apply("50000", receivable);
        String chain = as(Tokens.admin())
                .body(Map.of("name", "模糊测试产业链-" + Fixtures.shortId(), "regionCode", "620300"))
                .post("/api/v1/industrial-chains")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Pair stranger = Fixtures.pair();
        String strangerBank = Fixtures.bank("620300");

        Map<String, List<String>> ids = new LinkedHashMap<>();
        ids.put("bank", List.of(bank, strangerBank));
        ids.put("core-enterprise", List.of(pair.coreEnterpriseId(), stranger.coreEnterpriseId()));
        ids.put("supplier", List.of(pair.supplierId(), stranger.supplierId()));
        ids.put("program", List.of(program));
        ids.put("receivable", List.of(receivable, spare));
        ids.put("financing", List.of(financing));
        ids.put("industrial-chain", List.of(chain));
        ids.put("region", List.of("620000", "620300", "620302", "110000"));

        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("admin", Tokens.admin());
        tokens.put("erp", Tokens.erp(pair.coreEnterpriseId()));
        tokens.put("supplier", Tokens.supplier(pair.supplierId()));
        tokens.put("bank", Tokens.bank(bank));
        tokens.put("dashboard", Tokens.dashboard("620000"));
        tokens.put("stranger-erp", Tokens.erp(stranger.coreEnterpriseId()));
        tokens.put("stranger-bank", Tokens.bank(strangerBank));
        tokens.put("stranger-dashboard", Tokens.dashboard("110000"));
        tokens.put("authority", Tokens.authority("620000"));
        tokens.put("stranger-authority", Tokens.authority("110000"));
        tokens.put("expired", Tokens.expired(Role.BANK, bank));
        tokens.put("garbage", "eyJhbGciOiJub25lIn0.e30.");
        tokens.put("none", null);
        return new World(ids, tokens);
    }
}
