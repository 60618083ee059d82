package org.scfin.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scfin.cluster.Cluster.on;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.scfin.common.Times;
import org.scfin.testing.EventFeeds;
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
        List<Runnable> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            Pair pair = pairs.get(w);
            int first = w;
            writers.add(() -> {
                for (int i = 0; i < WRITES_EACH; i++) {
                    written.add(Fixtures.confirmedReceivable(
                            on(first + i, pair.erpToken()),
                            pair,
                            "100.00",
                            Times.today().plusDays(90)));
                }
            });
        }
        Cluster.writeWhileReading(
                writers,
                instance -> on(instance, admin)
                        .get("/api/v1/events?after=" + start + "&limit=1000")
                        .then()
                        .statusCode(200));

        List<List<Map<String, Object>>> feeds = List.of(
                EventFeeds.after(() -> on(0, admin), Long.toString(start)),
                EventFeeds.after(() -> on(1, admin), Long.toString(start)));
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
        List<Map<String, Object>> all = EventFeeds.after(() -> on(0, admin), "0");
        return all.isEmpty()
                ? 0
                : Long.parseLong((String) all.get(all.size() - 1).get("cursor"));
    }
}
