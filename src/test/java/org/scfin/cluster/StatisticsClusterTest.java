package org.scfin.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scfin.cluster.Cluster.on;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.scfin.common.Times;
import org.scfin.testing.FinancingFixture;
import org.scfin.testing.Tokens;

/**
 * The statistics roller runs on both instances (each one's schedule, and every statistics call) while financings are
 * applied for, approved, disbursed and partly repaid through both. Afterwards, on every node, every delta of the ledger
 * has been rolled exactly once: the bank's rolled figures equal their recomputation from its facts' ledger, the
 * roller's own count of rolled deltas is the number of deltas marked rolled, and the answers of both instances equal a
 * recomputation from the facts.
 */
@Tag(Cluster.TAG)
class StatisticsClusterTest {

    private static final int WORKERS = 6;
    private static final int FINANCINGS_EACH = 4;

    @Test
    void figuresRolledByBothInstancesEqualTheirRecomputationOnEveryNode() throws Exception {
        FinancingFixture fx = FinancingFixture.create("1000000000.00", "UPFRONT");
        List<String> receivables = new ArrayList<>();
        for (int i = 0; i < WORKERS * FINANCINGS_EACH; i++) {
            receivables.add(fx.receivable("10000.00"));
        }
        LocalDate today = Times.today();
        String figures = "/api/v1/stats/banks/" + fx.bankId() + "?from=" + today + "&to=" + today;
        String admin = Tokens.admin();
        List<Runnable> workers = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            int worker = w;
            workers.add(() -> {
                for (int i = 0; i < FINANCINGS_EACH; i++) {
                    int k = worker * FINANCINGS_EACH + i;
                    finance(fx, receivables.get(k), k, today);
                }
            });
        }
        Cluster.writeWhileReading(
                workers, instance -> on(instance, admin).get(figures).then().statusCode(200));

        List<String> pending =
                Cluster.awaitOnEveryNode(30, "0"::equals, "select count(*) from stat_delta where pending = 1");
        List<String> miscounted = Cluster.onEveryNode("select (select rolled from stat_roll where name = 'stat')"
                + " - (select count(*) from stat_delta where pending is null)");
        List<String> periodMembers = Cluster.onEveryNode("select count(*) from (select scope, member_kind, period,"
                + " count(*) n from stat_member_period group by scope, member_kind, period) a left join"
                + " stat_period_members b on b.scope = a.scope and b.member_kind = a.member_kind and b.period = a.period"
                + " where b.members is null or b.members <> a.n");
        List<String> columns = Cluster.rowsOnEveryNode("select column_name from information_schema.columns"
                        + " where table_schema = database() and table_name = 'stat_day'"
                        + " and column_name not in ('scope', 'stat_day') order by ordinal_position")
                .get(0)
                .stream()
                .map(row -> row.get(0))
                .toList();
        List<List<String>> rolled = normalised(Cluster.rowsOnEveryNode(
                "select stat_day, " + String.join(", ", columns) + " from stat_day where scope = concat('B', ?)"
                        + " order by stat_day",
                fx.bankId()));
        List<List<String>> recomputed = normalised(Cluster.rowsOnEveryNode(
                "select d.stat_day, "
                        + columns.stream().map(StatisticsClusterTest::aggregate).collect(Collectors.joining(", "))
                        + " from stat_delta d join financing_fact f on f.financing_id = d.financing_id"
                        + " where f.bank_id = ? group by d.stat_day order by d.stat_day",
                fx.bankId()));
        List<List<List<String>>> facts = Cluster.rowsOnEveryNode(
                "select count(*), coalesce(sum(principal), 0), coalesce(sum(principal_outstanding), 0)"
                        + " from financing_fact where bank_id = ? and not renewal",
                fx.bankId());
        List<String> answered = new ArrayList<>();
        for (int instance = 0; instance < 2; instance++) {
            JsonPath answer = on(instance, admin)
                    .get(figures)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            answered.add(byValue(answer.getString("financings.count")) + " / "
                    + byValue(answer.getString("financings.amount")) + " / "
                    + byValue(answer.getString("balances.outstandingPrincipal")));
        }
        List<String> fromFacts = facts.stream()
                .map(node ->
                        node.get(0).stream().map(StatisticsClusterTest::byValue).collect(Collectors.joining(" / ")))
                .toList();
        ClusterReport.row(
                WORKERS + " workers x " + FINANCINGS_EACH + " financings (apply, approve, disburse, half repaid)"
                        + " through both instances, statistics read through both",
                "per node: deltas pending " + pending + ", rolled count minus deltas rolled " + miscounted
                        + ", member-period counts wrong " + periodMembers + ", bank's figures equal to the"
                        + " recomputation from its ledger " + rolled.equals(recomputed) + " ("
                        + rolled.get(0).size() + " rows per node); financings / amount / outstanding answered by"
                        + " the instances " + answered + ", from the facts " + fromFacts);
        assertThat(pending).containsOnly("0");
        assertThat(miscounted).containsOnly("0");
        assertThat(periodMembers).containsOnly("0");
        assertThat(rolled.get(0)).isNotEmpty();
        assertThat(rolled).isEqualTo(recomputed).containsOnly(rolled.get(0));
        assertThat(fromFacts).containsOnly(fromFacts.get(0));
        assertThat(facts.get(0).get(0).get(0)).isEqualTo(String.valueOf(WORKERS * FINANCINGS_EACH));
        assertThat(answered).containsOnly(fromFacts.get(0));
    }

    /** Applies, approves and disburses a financing of the receivable, and repays part of every other one. */
    private static void finance(FinancingFixture fx, String receivable, int k, LocalDate today) {
        String id = on(k, fx.pair().supplierToken())
                .body(fx.application("9000.00", receivable))
                .post("/api/v1/financings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        on(k + 1, fx.bankToken())
                .body(FinancingFixture.approval("4.0", "90", today))
                .post("/api/v1/financings/{id}/approve", id)
                .then()
                .statusCode(200);
        on(k, fx.bankToken())
                .post("/api/v1/financings/{id}/disburse", id)
                .then()
                .statusCode(200);
        if (k % 2 == 0) {
            on(k + 1, fx.bankToken())
                    .body(Map.of("amount", new BigDecimal("1000.00"), "paidOn", today.toString()))
                    .post("/api/v1/financings/{id}/settle", id)
                    .then()
                    .statusCode(200);
        }
    }

    /** How the roller combines a column's deltas (the rates' minimum and maximum; every other measure adds up). */
    /**
     * How a stat_day column is recomputed from the deltas: most are a delta column's sum, minimum or maximum; the line
     * columns are derived from the fact, which names the line the financing was lent within and the supplier's
     * credit-white flag.
     */
    private static String aggregate(String column) {
        return switch (column) {
            case "line_financings" -> "sum(if(f.credit_line_id is null, 0, d.financings))";
            case "line_amount" -> "sum(if(f.credit_line_id is null, 0, d.amount))";
            case "line_credit_white_amount" -> "sum(if(f.credit_line_id is null or not f.credit_white, 0, d.amount))";
            default -> {
                String function = column.startsWith("min_") ? "min" : column.startsWith("max_") ? "max" : "sum";
                yield function + "(d." + column + ")";
            }
        };
    }

    /** Numbers compared by value, not by how many decimals the column or the sum carries. */
    private static List<List<String>> normalised(List<List<List<String>>> nodes) {
        return nodes.stream()
                .map(rows -> rows.stream()
                        .map(row ->
                                row.stream().map(StatisticsClusterTest::byValue).collect(Collectors.joining(" ")))
                        .toList())
                .toList();
    }

    private static String byValue(String cell) {
        if (cell == null || !cell.matches("-?[0-9]+(\\.[0-9]+)?")) {
            return String.valueOf(cell);
        }
        return new BigDecimal(cell).stripTrailingZeros().toPlainString();
    }
}
