package org.scfin.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scfin.cluster.Cluster.on;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.scfin.common.Times;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Fixtures.Pair;
import org.scfin.testing.Tokens;

/**
 * Event numbers stay one sequence when both instances write events and both number them: writers post receivables
 * through both instances while readers page the feed through both (every read numbers what has committed, as each
 * instance's schedule does every second). Afterwards the feed, read through either instance, numbers every event after
 * the starting cursor once, strictly increasing and without a gap, with every written event in it exactly once; and
 * every node holds the same numbering.
 */
@Tag(Cluster.TAG)
class EventOrderClusterTest {

    private static final int WRITERS = 6;
    private static final int WRITES_EACH = 20;

    @Test
    void eventsWrittenThroughBothInstancesAreNumberedOnceWithoutGapsOnEveryNode() throws Exception {
        String admin = Tokens.admin();
        long start = lastCursor(admin);
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            pairs.add(Fixtures.pair());
        }
        Set<String> written = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 2);
        try {
            List<Future<?>> readers = new ArrayList<>();
            for (int instance = 0; instance < 2; instance++) {
                int n = instance;
                readers.add(pool.submit(() -> {
                    while (writing.get()) {
                        on(n, admin)
                                .get("/api/v1/events?after=" + start + "&limit=1000")
                                .then()
                                .statusCode(200);
                    }
                }));
            }
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                Pair pair = pairs.get(w);
                int first = w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < WRITES_EACH; i++) {
                        Map<String, Object> item = Fixtures.receivable(pair.supplierId(), "100.00");
                        item.put("dueDate", Times.today().plusDays(90).toString());
                        String id = on(first + i, pair.erpToken())
                                .body(item)
                                .post("/api/v1/receivables")
                                .then()
                                .statusCode(201)
                                .extract()
                                .path("id");
                        written.add(id);
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            writing.set(false);
            for (Future<?> reader : readers) {
                reader.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<List<Map<String, Object>>> feeds = List.of(readAfter(0, admin, start), readAfter(1, admin, start));
        List<Long> cursors = feeds.get(0).stream()
                .map(e -> Long.parseLong((String) e.get("cursor")))
                .toList();
        List<Long> expected = new ArrayList<>();
        for (long c = start + 1; c <= start + cursors.size(); c++) {
            expected.add(c);
        }
        Map<String, Integer> found = new HashMap<>();
        for (Map<String, Object> event : feeds.get(0)) {
            if ("RECEIVABLES_CONFIRMED".equals(event.get("type"))) {
                for (Object id : (List<?>) ((Map<?, ?>) event.get("data")).get("receivableIds")) {
                    if (written.contains(id)) {
                        found.merge((String) id, 1, Integer::sum);
                    }
                }
            }
        }
        // the whole sequence, on each node: numbers 1..max, each once, none left unnumbered, the same on every node
        List<List<List<String>>> numbering = Cluster.rowsOnEveryNode(
                "select count(*), count(distinct seq), coalesce(min(seq), 0), coalesce(max(seq), 0),"
                        + " sum(seq is null), sum(crc32(concat(id, '/', seq))) from event");
        ClusterReport.row(
                WRITERS + " writers x " + WRITES_EACH + " receivables through both instances, feed read through both",
                "feed after cursor " + start + ": " + cursors.size() + " events, consecutive "
                        + cursors.equals(expected) + ", same through both instances "
                        + feeds.get(0).equals(feeds.get(1)) + ", written events found once "
                        + found.values().stream().filter(v -> v == 1).count() + "/" + written.size()
                        + "; per node [events, distinct numbers, min, max, unnumbered, checksum] " + numbering);
        assertThat(written).hasSize(WRITERS * WRITES_EACH);
        assertThat(cursors).isEqualTo(expected);
        assertThat(feeds.get(1)).isEqualTo(feeds.get(0));
        assertThat(found)
                .hasSize(written.size())
                .allSatisfy((id, times) -> assertThat(times).isEqualTo(1));
        for (List<List<String>> node : numbering) {
            List<String> row = node.get(0);
            assertThat(row.get(1)).isEqualTo(row.get(0));
            assertThat(row.get(2)).isEqualTo("1");
            assertThat(row.get(3)).isEqualTo(row.get(0));
            assertThat(row.get(4)).isEqualTo("0");
        }
        assertThat(numbering).containsOnly(numbering.get(0));
    }

    /** The cursor of the last event numbered so far (the read numbers everything committed before it). */
    private static long lastCursor(String admin) {
        long cursor = 0;
        while (true) {
            String next = on(0, admin)
                    .get("/api/v1/events?after=" + cursor + "&limit=1000")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("next");
            if (Long.parseLong(next) == cursor) {
                return cursor;
            }
            cursor = Long.parseLong(next);
        }
    }

    private static List<Map<String, Object>> readAfter(int instance, String admin, long start) {
        List<Map<String, Object>> all = new ArrayList<>();
        long cursor = start;
        while (true) {
            JsonPath page = on(instance, admin)
                    .get("/api/v1/events?after=" + cursor + "&limit=1000")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            if (items.isEmpty()) {
                return all;
            }
            all.addAll(items);
            cursor = Long.parseLong(page.getString("next"));
        }
    }
}
