package org.scfin.cluster;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import org.scfin.testing.Api;

/**
 * The cluster under test, as {@code scripts/cluster test} describes it in the environment: the instances' base URLs
 * ({@code CLUSTER_INSTANCE_URLS}, comma-separated, instance 1 first), the nodes' JDBC URLs ({@code CLUSTER_NODE_URLS})
 * and the service's database account ({@code DB_USER}, {@code DB_PASSWORD}). Requests go straight to an instance, not
 * through the balancer, so a test knows which node each write went through. Scenes are built through instance 1.
 */
final class Cluster {

    static final String TAG = "cluster";

    static final List<String> INSTANCES = list("CLUSTER_INSTANCE_URLS");
    static final List<String> NODES = list("CLUSTER_NODE_URLS");

    static {
        if (INSTANCES.size() < 2 || NODES.size() < 2) {
            throw new IllegalStateException("the cluster tests need two instances and two nodes or more:"
                    + " run them with scripts/cluster test");
        }
        RestAssured.baseURI = INSTANCES.get(0);
    }

    private Cluster() {}

    /** A request as {@code token} to instance {@code n} (0-based; racer numbers alternate over the instances). */
    static RequestSpecification on(int n, String token) {
        return Api.as(token).baseUri(INSTANCES.get(n % INSTANCES.size()));
    }

    /**
     * Runs every one of {@code writers} at once, each on a thread of its own, while {@code read} is called over and
     * over against each instance (its argument) until the writers are done; fails with the first failure of any.
     */
    static void writeWhileReading(List<Runnable> writers, IntConsumer read) throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(writers.size() + INSTANCES.size());
        try {
            List<Future<?>> readers = new ArrayList<>();
            for (int instance = 0; instance < INSTANCES.size(); instance++) {
                int n = instance;
                readers.add(pool.submit(() -> {
                    while (writing.get()) {
                        read.accept(n);
                    }
                }));
            }
            List<Future<?>> running = writers.stream().map(pool::submit).toList();
            try {
                for (Future<?> writer : running) {
                    writer.get();
                }
            } finally {
                writing.set(false);
            }
            for (Future<?> reader : readers) {
                reader.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The first column of the first row of {@code sql} on each node, in node order. */
    static List<String> onEveryNode(String sql, Object... params) {
        List<String> values = new ArrayList<>();
        for (String node : NODES) {
            List<List<String>> rows = rows(node, sql, params);
            values.add(rows.isEmpty() ? null : rows.get(0).get(0));
        }
        return values;
    }

    /** Every row of {@code sql} on each node, in node order, each row its columns as text. */
    static List<List<List<String>>> rowsOnEveryNode(String sql, Object... params) {
        return NODES.stream().map(node -> rows(node, sql, params)).toList();
    }

    /**
     * Waits, up to {@code seconds}, until the first value of {@code sql} satisfies {@code done} on every node (for work
     * the instances' schedules finish on their own); returns the last values seen.
     */
    static List<String> awaitOnEveryNode(int seconds, Predicate<String> done, String sql, Object... params)
            throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<String> values = onEveryNode(sql, params);
        while (!values.stream().allMatch(done) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            values = onEveryNode(sql, params);
        }
        return values;
    }

    /** {@code ?, ?, ?} for a list of {@code n} parameters. */
    static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static List<List<String>> rows(String node, String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(
                        node, System.getenv().getOrDefault("DB_USER", "scf"), System.getenv("DB_PASSWORD"));
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                List<List<String>> rows = new ArrayList<>();
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>(columns);
                    for (int i = 1; i <= columns; i++) {
                        row.add(rs.getString(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(node + ": " + e.getMessage(), e);
        }
    }

    private static List<String> list(String variable) {
        String value = System.getenv(variable);
        return value == null || value.isBlank()
                ? List.of()
                : Arrays.stream(value.split(",")).map(String::trim).toList();
    }
}
