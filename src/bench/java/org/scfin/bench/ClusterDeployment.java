package org.scfin.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;

/**
 * The cluster {@code scripts/cluster} started: HAProxy on PORT, instances and nodes on ports derived from its
 * CLUSTER_PORT_BASE (read back from data/cluster/ports.env), the service's database account from
 * data/cluster/db-password. Faults are injected through {@code scripts/cluster}.
 */
final class ClusterDeployment implements Deployment {

    static final Path DIR = Path.of("data/cluster");
    private static final int NODES = 3;
    private static final int INSTANCES = 2;

    private final int base;
    private final int httpPort;

    ClusterDeployment() {
        try {
            List<String> ports = Files.readAllLines(DIR.resolve("ports.env"));
            this.base = Integer.parseInt(value(ports, "BASE"));
            this.httpPort = Integer.parseInt(value(ports, "HTTP_PORT"));
        } catch (IOException e) {
            throw new UncheckedIOException("no cluster: start it with scripts/cluster start", e);
        }
    }

    private static String value(List<String> lines, String name) {
        return lines.stream()
                .filter(l -> l.startsWith(name + "="))
                .map(l -> l.substring(name.length() + 1))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " missing from data/cluster/ports.env"));
    }

    @Override
    public URI base() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    @Override
    public List<URI> instances() {
        return IntStream.rangeClosed(1, INSTANCES)
                .mapToObj(n -> URI.create("http://127.0.0.1:" + (base + 40 + n)))
                .toList();
    }

    @Override
    public List<LongSupplier> instancePids() {
        return IntStream.rangeClosed(1, INSTANCES)
                .<LongSupplier>mapToObj(n -> () -> pidIn(DIR.resolve("instance" + n + ".pid")))
                .toList();
    }

    @Override
    public List<Database> nodes() {
        return IntStream.rangeClosed(1, NODES).mapToObj(this::node).toList();
    }

    /** Node {@code n} alone, over TCP with the service's account (the schema is the service's). */
    Database node(int n) {
        return new Database("jdbc:mysql://127.0.0.1:" + (base + n) + "/scf");
    }

    /** Node {@code n} for a quick look: a connection or an answer that takes more than a second counts as none. */
    Database probe(int n) {
        return new Database("jdbc:mysql://127.0.0.1:" + (base + n) + "/scf?connectTimeout=1000&socketTimeout=1000");
    }

    int nodeCount() {
        return NODES;
    }

    static long pidIn(Path file) {
        try {
            return Long.parseLong(Files.readString(file).trim());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** Runs {@code scripts/cluster} with the arguments; fails the drill if it fails. */
    static void cluster(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "scripts/cluster";
        System.arraycopy(args, 0, command, 1, args.length);
        int status = Deployment.run(command);
        if (status != 0) {
            throw new IllegalStateException(
                    String.join(" ", command) + " failed with status " + status + "; see target/drill/commands.log");
        }
    }
}
