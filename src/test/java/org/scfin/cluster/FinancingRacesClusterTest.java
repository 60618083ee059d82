package org.scfin.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scfin.cluster.Cluster.on;
import static org.scfin.testing.Api.as;
import static org.scfin.testing.Races.count;
import static org.scfin.testing.Races.race;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.scfin.common.Times;
import org.scfin.testing.FinancingFixture;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Fixtures.Pair;
import org.scfin.testing.PoolFixtures;
import org.scfin.testing.Tokens;

/**
 * No double financing, no limit or line exceeded and no rate coupon used twice, with the racing requests split over
 * both instances, so they write through two Galera nodes and meet at certification rather than at a row lock. Every
 * answer is a decision (never a 500, never a 503 for collisions that outlasted the retries), and every node's database
 * agrees with the answers.
 */
@Tag(Cluster.TAG)
class FinancingRacesClusterTest {

    private static final int RACERS = 16;
    private static final int APPLICATION_ROUNDS = 20;
    private static final int APPROVAL_ROUNDS = 5;

    @Test
    void sixteenApplicationsForOneReceivableYieldExactlyOneOnEveryNode() throws Exception {
        FinancingFixture fx = FinancingFixture.create("100000000.00", "UPFRONT");
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> receivables = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (int round = 0; round < APPLICATION_ROUNDS; round++) {
            String receivable = fx.receivable("10000.00");
            receivables.add(receivable);
            List<Response> answers = race(
                    RACERS,
                    n -> on(n, fx.pair().supplierToken())
                            .body(fx.application("9000.00", receivable))
                            .post("/api/v1/financings"));
            answers.forEach(a -> statuses.merge(a.statusCode(), 1, Integer::sum));
            if (count(answers, 201) != 1) {
                wrong.add("round " + round + ": " + count(answers, 201) + " applications won");
            }
            wrong.addAll(neither(answers, 201, "not-financed", round));
        }
        String ids = Cluster.marks(receivables.size());
        Object[] params = receivables.toArray();
        List<String> claimed = Cluster.onEveryNode(
                "select count(distinct receivable_id) from financing_receivable where live_claim = 1"
                        + " and receivable_id in (" + ids + ")",
                params);
        List<String> doubled = Cluster.onEveryNode(
                "select count(*) from (select receivable_id from financing_receivable where live_claim = 1"
                        + " and receivable_id in (" + ids + ") group by receivable_id having count(*) > 1) x",
                params);
        ClusterReport.row(
                RACERS + "-way applications for one receivable, " + APPLICATION_ROUNDS + " rounds, half to each"
                        + " instance",
                "answers " + statuses + "; per node: receivables with a live financing " + claimed + ", with two "
                        + doubled);
        assertThat(wrong).isEmpty();
        assertThat(statuses).containsOnlyKeys(201, 409).containsEntry(201, APPLICATION_ROUNDS);
        assertThat(claimed).containsOnly(String.valueOf(APPLICATION_ROUNDS));
        assertThat(doubled).containsOnly("0");
    }

    @Test
    void approvalsRacingFromBothInstancesNeverPassTheProgramLimitOnAnyNode() throws Exception {
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        List<String> programs = new ArrayList<>();
        for (int round = 0; round < APPROVAL_ROUNDS; round++) {
            // a limit of 25,000 holds two principals of 9,000 but not three
            FinancingFixture fx = FinancingFixture.create("25000.00", "UPFRONT");
            programs.add(fx.programId());
            List<String> applications = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                applications.add(fx.apply("9000.00", fx.receivable("10000.00")));
            }
            List<Response> answers = race(
                    applications.size(),
                    n -> on(n, fx.bankToken())
                            .body(FinancingFixture.approval("4.0", "90", Times.today()))
                            .post("/api/v1/financings/{id}/approve", applications.get(n)));
            answers.forEach(a -> statuses.merge(a.statusCode(), 1, Integer::sum));
            if (count(answers, 200) != 2) {
                wrong.add("round " + round + ": " + count(answers, 200) + " approvals passed");
            }
            wrong.addAll(neither(answers, 200, "within-credit-limit", round));
        }
        String ids = Cluster.marks(programs.size());
        // per node: programs whose reserved principal is not the sum of their live financings, or passes the limit
        List<String> broken = Cluster.onEveryNode(
                "select count(*) from financing_program p left join (select program_id, sum(principal) s from financing"
                        + " where status in ('APPROVED', 'DISBURSED') group by program_id) f on f.program_id = p.id"
                        + " where p.id in (" + ids + ") and (p.reserved_principal <> coalesce(f.s, 0)"
                        + " or p.reserved_principal > p.credit_limit or p.reserved_principal <> 18000)",
                programs.toArray());
        ClusterReport.row(
                "8 approvals racing for a limit of 2, " + APPROVAL_ROUNDS + " programs, half to each instance",
                "answers " + statuses + "; per node: programs whose reservation is not the 2 live financings "
                        + broken);
        assertThat(wrong).isEmpty();
        assertThat(statuses).containsOnlyKeys(200, 409).containsEntry(200, 2 * APPROVAL_ROUNDS);
        assertThat(broken).containsOnly("0");
    }

    @Test
    void approvalsWithinOneLineRacingFromBothInstancesNeverPassTheLineOnAnyNode() throws Exception {
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (int round = 0; round < APPROVAL_ROUNDS; round++) {
            // the program could lend all eight; a line of 20,000 holds two principals of 9,000 but not three
            FinancingFixture fx = FinancingFixture.create("10000000.00", "UPFRONT");
            String line = PoolFixtures.grant(
                    fx.bankId(),
                    PoolFixtures.jinchangProduct(fx.bankId()),
                    fx.pair().supplierId(),
                    "20000.00",
                    Times.today().plusMonths(6));
            lines.add(line);
            List<String> applications = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                applications.add(fx.apply("9000.00", fx.receivable("10000.00")));
            }
            Map<String, Object> approval = new HashMap<>(FinancingFixture.approval("4.0", "90", Times.today()));
            approval.put("creditLineId", line);
            List<Response> answers = race(
                    applications.size(),
                    n -> on(n, fx.bankToken())
                            .body(approval)
                            .post("/api/v1/financings/{id}/approve", applications.get(n)));
            answers.forEach(a -> statuses.merge(a.statusCode(), 1, Integer::sum));
            if (count(answers, 200) != 2) {
                wrong.add("round " + round + ": " + count(answers, 200) + " approvals passed");
            }
            wrong.addAll(neither(answers, 200, "within-credit-line", round));
        }
        // per node: lines whose used amount is not the sum of their live financings, or passes the line
        List<String> broken = Cluster.onEveryNode(
                "select count(*) from credit_line l left join (select credit_line_id, sum(principal) s from financing"
                        + " where status in ('APPROVED', 'DISBURSED') group by credit_line_id) f"
                        + " on f.credit_line_id = l.id where l.id in (" + Cluster.marks(lines.size()) + ")"
                        + " and (l.used_amount <> coalesce(f.s, 0) or l.used_amount > l.amount"
                        + " or l.used_amount <> 18000)",
                lines.toArray());
        ClusterReport.row(
                "8 approvals racing for a credit line of 2, " + APPROVAL_ROUNDS + " lines, half to each instance",
                "answers " + statuses + "; per node: lines whose used amount is not the 2 live financings " + broken);
        assertThat(wrong).isEmpty();
        assertThat(statuses).containsOnlyKeys(200, 409).containsEntry(200, 2 * APPROVAL_ROUNDS);
        assertThat(broken).containsOnly("0");
    }

    @Test
    void approvalsRacingFromBothInstancesForOneCouponUseItOnceOnEveryNode() throws Exception {
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        List<String> coupons = new ArrayList<>();
        for (int round = 0; round < APPROVAL_ROUNDS; round++) {
            // one supplier, eight banks each with its own program: nothing but the coupon is shared
            Pair pair = Fixtures.pair();
            List<FinancingFixture> banks = new ArrayList<>();
            List<String> applications = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String bank = Fixtures.bank("620300");
                FinancingFixture fx = new FinancingFixture(
                        pair,
                        bank,
                        Fixtures.program(bank, pair.coreEnterpriseId(), "1000000.00", "90", "3.5", "5.0", "UPFRONT"));
                banks.add(fx);
                applications.add(fx.apply("9000.00", fx.receivable("10000.00")));
            }
            String coupon = as(Tokens.authority("620300"))
                    .body(Map.of(
                            "supplierIds",
                            List.of(pair.supplierId()),
                            "expiresOn",
                            Times.today().plusDays(30).toString()))
                    .post("/api/v1/rate-coupons")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("items[0].id");
            coupons.add(coupon);
            Map<String, Object> approval = new HashMap<>(FinancingFixture.approval("4.0", "90", Times.today()));
            approval.put("couponId", coupon);
            List<Response> answers = race(
                    applications.size(),
                    n -> on(n, banks.get(n).bankToken())
                            .body(approval)
                            .post("/api/v1/financings/{id}/approve", applications.get(n)));
            answers.forEach(a -> statuses.merge(a.statusCode(), 1, Integer::sum));
            if (count(answers, 200) != 1) {
                wrong.add("round " + round + ": " + count(answers, 200) + " approvals used the coupon");
            }
            wrong.addAll(neither(answers, 200, "unused-coupon", round));
        }
        // per node: coupons not used by exactly one financing, or whose financing does not name them
        List<String> broken = Cluster.onEveryNode(
                "select count(*) from rate_coupon c left join (select coupon_id, count(*) n from financing"
                        + " where coupon_id is not null group by coupon_id) f on f.coupon_id = c.id"
                        + " left join financing u on u.id = c.financing_id"
                        + " where c.id in (" + Cluster.marks(coupons.size()) + ") and (c.status <> 'USED'"
                        + " or coalesce(f.n, 0) <> 1 or u.coupon_id is null or u.coupon_id <> c.id)",
                coupons.toArray());
        ClusterReport.row(
                "8 approvals of 8 banks racing for one rate coupon, " + APPROVAL_ROUNDS + " coupons, half to each"
                        + " instance",
                "answers " + statuses + "; per node: coupons not used by exactly one financing " + broken);
        assertThat(wrong).isEmpty();
        assertThat(statuses).containsOnlyKeys(200, 409).containsEntry(200, APPROVAL_ROUNDS);
        assertThat(broken).containsOnly("0");
    }

    /** The answers of a round that are neither a {@code won} nor a 409 refusal for breaking {@code rule}, described. */
    private static List<String> neither(List<Response> answers, int won, String rule, int round) {
        return answers.stream()
                .filter(a -> a.statusCode() != won
                        && !(a.statusCode() == 409 && rule.equals(a.jsonPath().getString("errors[0].rule"))))
                .map(a -> "round %d: %d %s".formatted(round, a.statusCode(), a.asString()))
                .toList();
    }
}
