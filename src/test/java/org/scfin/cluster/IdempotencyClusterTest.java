package org.scfin.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scfin.cluster.Cluster.on;
import static org.scfin.testing.Races.race;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.scfin.common.Times;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Fixtures.Pair;

/**
 * An {@code Idempotency-Key} holds across instances and nodes: a request replayed on the other instance gets the
 * original answer, and duplicates sent at once to both instances run the work once.
 *
 * <p>Across nodes a duplicate in flight cannot be seen as running: the first request's claim of the key is an
 * uncommitted row on its node, invisible on the other until it commits. The two transactions then meet at Galera's
 * certification on the record's primary key; the loser is rolled back whole and retried, and its retry replays the
 * winner. So a concurrent duplicate gets either 409 (key in use, when it met the first on the same node) or the
 * original answer replayed: never a second execution, never a 500.
 */
@Tag(Cluster.TAG)
class IdempotencyClusterTest {

    private static final String IN_USE = "https://scfin.org/problems/idempotency-key-in-use";
    private static final int ROUNDS = 10;
    private static final int DUPLICATES = 8;

    @Test
    void aKeyedPostReplayedOnTheOtherInstanceGetsTheOriginalAnswerByteForByte() {
        Pair pair = Fixtures.pair();
        List<String> seen = new ArrayList<>();
        for (int first = 0; first < 2; first++) {
            Map<String, Object> item = item(pair);
            String key = "cluster-" + Fixtures.shortId();
            Response original = on(first, pair.erpToken())
                    .header("Idempotency-Key", key)
                    .body(item)
                    .post("/api/v1/receivables");
            Response replay = on(first + 1, pair.erpToken())
                    .header("Idempotency-Key", key)
                    .body(item)
                    .post("/api/v1/receivables");
            seen.add("instance %d %d, instance %d %d replayed=%s same bytes=%s"
                    .formatted(
                            first + 1,
                            original.statusCode(),
                            (first + 1) % 2 + 1,
                            replay.statusCode(),
                            replay.header("Idempotent-Replayed"),
                            Arrays.equals(original.asByteArray(), replay.asByteArray())));
            assertThat(original.statusCode()).isEqualTo(201);
            assertThat(original.header("Idempotent-Replayed")).isNull();
            assertThat(replay.statusCode()).isEqualTo(201);
            assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(replay.header("Location")).isEqualTo(original.header("Location"));
            assertThat(replay.asByteArray()).isEqualTo(original.asByteArray());
        }
        ClusterReport.row("a keyed POST replayed on the other instance", String.join("; ", seen));
    }

    @Test
    void duplicatesSentAtOnceToBothInstancesRunTheWorkOnceOnEveryNode() throws Exception {
        Pair pair = Fixtures.pair();
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        List<String> references = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            Map<String, Object> item = item(pair);
            String key = "cluster-" + Fixtures.shortId();
            references.add((String) item.get("erpReference"));
            keys.add(key);
            List<Response> answers = race(
                    DUPLICATES,
                    n -> on(n, pair.erpToken())
                            .header("Idempotency-Key", key)
                            .body(item)
                            .post("/api/v1/receivables"));
            List<Response> ran = answers.stream()
                    .filter(a -> a.statusCode() == 201 && a.header("Idempotent-Replayed") == null)
                    .toList();
            for (Response a : answers) {
                String outcome = a.statusCode() == 201
                        ? (a.header("Idempotent-Replayed") == null ? "201 ran" : "201 replayed")
                        : a.statusCode() == 409 && IN_USE.equals(a.jsonPath().getString("type"))
                                ? "409 key in use"
                                : "other";
                outcomes.merge(outcome, 1, Integer::sum);
                if (outcome.equals("other")) {
                    wrong.add("round %d: %d %s".formatted(round, a.statusCode(), a.asString()));
                } else if (a.statusCode() == 201
                        && ran.size() == 1
                        && !Arrays.equals(a.asByteArray(), ran.get(0).asByteArray())) {
                    wrong.add("round %d: a replay differs from the original: %s".formatted(round, a.asString()));
                }
            }
            if (ran.size() != 1) {
                wrong.add("round %d: the request ran %d times".formatted(round, ran.size()));
            }
        }
        List<String> receivables = Cluster.onEveryNode(
                "select count(*) from receivable where core_enterprise_id = ? and erp_reference in ("
                        + Cluster.marks(references.size()) + ")",
                concat(pair.coreEnterpriseId(), references));
        List<String> records = Cluster.onEveryNode(
                "select count(*) from idempotency_record where state = 'DONE' and response_status = 201"
                        + " and idempotency_key in (" + Cluster.marks(keys.size()) + ")",
                keys.toArray());
        ClusterReport.row(
                DUPLICATES + " duplicates (one key) at once, half to each instance, " + ROUNDS + " rounds",
                "answers " + outcomes + "; per node: receivables created " + receivables + ", keys recorded "
                        + records);
        assertThat(wrong).isEmpty();
        assertThat(receivables).containsOnly(String.valueOf(ROUNDS));
        assertThat(records).containsOnly(String.valueOf(ROUNDS));
    }

    /** A receivable as the pair's ERP posts it (confirmed), due in 120 days, with a fresh reference. */
    private static Map<String, Object> item(Pair pair) {
        Map<String, Object> item = Fixtures.receivable(pair.supplierId(), "321.00");
        item.put("issueDate", Times.today().minusDays(10).toString());
        item.put("dueDate", Times.today().plusDays(120).toString());
        return item;
    }

    private static Object[] concat(String first, List<String> rest) {
        List<Object> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all.toArray();
    }
}
