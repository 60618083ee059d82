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
import java.util.function.IntFunction;
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
        Tally tally = new Tally();
        List<String> receivables = new ArrayList<>();
        for (int round = 0; round < APPLICATION_ROUNDS; round++) {
            String receivable = fx.receivable("10000.00");
            receivables.add(receivable);
            List<Response> answers = race(
                    RACERS,
                    n -> on(n, fx.pair().supplierToken())
                            .body(fx.application("9000.00", receivable))
                            .post("/api/v1/financings"));
            tally.round(round, answers, 201, 1, "not-financed");
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
        tally.assertDecided(
                RACERS + "-way applications for one receivable, " + APPLICATION_ROUNDS + " rounds, half to each"
                        + " instance",
                "receivables with a live financing " + claimed + ", with two " + doubled,
                201,
                APPLICATION_ROUNDS);
        assertThat(claimed).containsOnly(String.valueOf(APPLICATION_ROUNDS));
        assertThat(doubled).containsOnly("0");
    }

    @Test
    void approvalsRacingFromBothInstancesNeverPassTheProgramLimitOnAnyNode() throws Exception {
        Tally tally = new Tally();
        List<String> programs = new ArrayList<>();
        for (int round = 0; round < APPROVAL_ROUNDS; round++) {
            // a limit of 25,000 holds two principals of 9,000 but not three
            FinancingFixture fx = FinancingFixture.create("25000.00", "UPFRONT");
            programs.add(fx.programId());
            List<String> applications = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                applications.add(fx.apply("9000.00", fx.receivable("10000.00")));
            }
            tally.round(
                    round,
                    raceApprovals(
                            applications, n -> fx.bankToken(), FinancingFixture.approval("4.0", "90", Times.today())),
                    200,
                    2,
                    "within-credit-limit");
        }
        String ids = Cluster.marks(programs.size());
        // per node: programs whose reserved principal is not the sum of their live financings, or passes the limit
        List<String> broken = Cluster.onEveryNode(
                "select count(*) from financing_program p left join (select program_id, sum(principal) s from financing"
                        + " where status in ('APPROVED', 'DISBURSED') group by program_id) f on f.program_id = p.id"
                        + " where p.id in (" + ids + ") and (p.reserved_principal <> coalesce(f.s, 0)"
                        + " or p.reserved_principal > p.credit_limit or p.reserved_principal <> 18000)",
                programs.toArray());
        tally.assertDecided(
                "8 approvals racing for a limit of 2, " + APPROVAL_ROUNDS + " programs, half to each instance",
                "programs whose reservation is not the 2 live financings " + broken,
                200,
                2 * APPROVAL_ROUNDS);
        assertThat(broken).containsOnly("0");
    }

    @Test
    void approvalsWithinOneLineRacingFromBothInstancesNeverPassTheLineOnAnyNode() throws Exception {
        Tally tally = new Tally();
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
            tally.round(
                    round, raceApprovals(applications, n -> fx.bankToken(), approval), 200, 2, "within-credit-line");
        }
        // per node: lines whose used amount is not the sum of their live financings, or passes the line
        List<String> broken = Cluster.onEveryNode(
                "select count(*) from credit_line l left join (select credit_line_id, sum(principal) s from financing"
                        + " where status in ('APPROVED', 'DISBURSED') group by credit_line_id) f"
                        + " on f.credit_line_id = l.id where l.id in (" + Cluster.marks(lines.size()) + ")"
                        + " and (l.used_amount <> coalesce(f.s, 0) or l.used_amount > l.amount"
                        + " or l.used_amount <> 18000)",
                lines.toArray());
        tally.assertDecided(
                "8 approvals racing for a credit line of 2, " + APPROVAL_ROUNDS + " lines, half to each instance",
                "lines whose used amount is not the 2 live financings " + broken,
                200,
                2 * APPROVAL_ROUNDS);
        assertThat(broken).containsOnly("0");
    }

    @Test
    void approvalsRacingFromBothInstancesForOneCouponUseItOnceOnEveryNode() throws Exception {
        Tally tally = new Tally();
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
            tally.round(
                    round,
                    raceApprovals(applications, n -> banks.get(n).bankToken(), approval),
                    200,
                    1,
                    "unused-coupon");
        }
        // per node: coupons not used by exactly one financing, or whose financing does not name them
        List<String> broken = Cluster.onEveryNode(
                "select count(*) from rate_coupon c left join (select coupon_id, count(*) n from financing"
                        + " where coupon_id is not null group by coupon_id) f on f.coupon_id = c.id"
                        + " left join financing u on u.id = c.financing_id"
                        + " where c.id in (" + Cluster.marks(coupons.size()) + ") and (c.status <> 'USED'"
                        + " or coalesce(f.n, 0) <> 1 or u.coupon_id is null or u.coupon_id <> c.id)",
                coupons.toArray());
        tally.assertDecided(
                "8 approvals of 8 banks racing for one rate coupon, " + APPROVAL_ROUNDS + " coupons, half to each"
                        + " instance",
                "coupons not used by exactly one financing " + broken,
                200,
                APPROVAL_ROUNDS);
        assertThat(broken).containsOnly("0");
    }

    /** The approvals at once, the n-th of {@code applications.get(n)} by {@code bankToken(n)}, on instance n. */
    private static List<Response> raceApprovals(
            List<String> applications, IntFunction<String> bankToken, Map<String, Object> approval) throws Exception {
        return race(
                applications.size(),
                n -> on(n, bankToken.apply(n))
                        .body(approval)
                        .post("/api/v1/financings/{id}/approve", applications.get(n)));
    }

    /** The answers of a race's rounds by status, and what was wrong in each round. */
    private static final class Tally {

        final Map<Integer, Integer> statuses = new TreeMap<>();
        final List<String> wrong = new ArrayList<>();

        /**
         * Reports the race with each node's figures, and asserts that every round was decided: nothing wrong, no answer
         * but {@code won} and 409, and {@code wins} of {@code won} in all.
         */
        void assertDecided(String race, String nodeFigures, int won, int wins) {
            ClusterReport.row(race, "answers " + statuses + "; per node: " + nodeFigures);
            assertThat(wrong).isEmpty();
            assertThat(statuses).containsOnlyKeys(won, 409).containsEntry(won, wins);
        }

        /**
         * A round's answers: exactly {@code winners} of status {@code won}, every other a 409 for breaking
         * {@code rule}.
         */
        void round(int round, List<Response> answers, int won, int winners, String rule) {
            answers.forEach(a -> statuses.merge(a.statusCode(), 1, Integer::sum));
            if (count(answers, won) != winners) {
                wrong.add("round %d: %d answers %d, not %d".formatted(round, count(answers, won), won, winners));
            }
            answers.stream()
                    .filter(a -> a.statusCode() != won
                            && !(a.statusCode() == 409
                                    && rule.equals(a.jsonPath().getString("errors[0].rule"))))
                    .map(a -> "round %d: %d %s".formatted(round, a.statusCode(), a.asString()))
                    .forEach(wrong::add);
        }
    }
}
