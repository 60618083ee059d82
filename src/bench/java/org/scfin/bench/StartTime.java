package org.scfin.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the service takes to be ready once its database is up: a second instance of the jar (JVM mode) is started
 * against the database the run already uses, and timed from the process start to the first 200 of
 * {@code /q/health/ready}, and by Quarkus's own "started in" line. Then it is stopped. It runs with the service's JVM
 * options, the class-data archive included when the script recorded one. The first start waits for a quiet machine (CPU
 * and disk) but not for a warm file cache: what it reads from disk is reported with it.
 */
final class StartTime {

    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");

    /** One start: milliseconds to ready, Quarkus's own figure, and what the process read from disk until then. */
    record Run(double readyMs, Double quarkusSeconds, long diskReadMb) {}

    private StartTime() {}

    static List<Run> measure(BenchConfig config, int port, int runs) throws IOException, InterruptedException {
        waitUntilQuiet(config.servicePid());
        waitUntilQuiet(config.databasePid());
        waitForQuietDisk();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        List<Run> out = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path log = config.out().resolve("start-" + i + ".log");
            List<String> command = new ArrayList<>(List.of("java"));
            command.addAll(List.of(
                    System.getenv().getOrDefault("SERVICE_JVM_OPTS", "-Xmx384m").split(" ")));
            command.addAll(List.of("-jar", config.jar().toString()));
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("PORT", String.valueOf(port));
            // a free port of its own, not 0 (see free_port in scripts/lib.sh): the measured service runs meanwhile
            builder.environment().put("MANAGEMENT_PORT", String.valueOf(freePort()));
            builder.environment().put("DB_URL", config.jdbcUrl());
            builder.environment().put("KEYS_DIR", config.keysDir().toString());
            long t0 = System.nanoTime();
            Process process = builder.start();
            try {
                HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(1))
                        .build();
                double readyMs = -1;
                while (System.nanoTime() - t0 < 60_000_000_000L && process.isAlive()) {
                    try {
                        if (http.send(ready, HttpResponse.BodyHandlers.discarding())
                                        .statusCode()
                                == 200) {
                            readyMs = (System.nanoTime() - t0) / 1e6;
                            break;
                        }
                    } catch (IOException e) {
                        // not listening yet
                    }
                    Thread.sleep(10);
                }
                Matcher m = STARTED.matcher(Files.readString(log));
                out.add(new Run(
                        Math.round(readyMs), m.find() ? Double.valueOf(m.group(1)) : null, diskReadMb(process.pid())));
            } finally {
                process.destroy();
                process.waitFor();
            }
        }
        return out;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Bytes the process made the disk read (page cache misses), from /proc; -1 where that is not readable. */
    private static long diskReadMb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/io")).stream()
                    .filter(l -> l.startsWith("read_bytes:"))
                    .mapToLong(l ->
                            Long.parseLong(l.substring("read_bytes:".length()).trim()) / (1024 * 1024))
                    .findFirst()
                    .orElse(-1);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * Waits, for at most two minutes, until the disks write under 1 MB a second. After the ingestion rounds the
     * database writes its dirty pages back for a while with little CPU, so the CPU wait does not see it, and a start
     * that has to read its jars and class-data archive from disk then waits behind those writes, which makes it about a
     * quarter slower.
     */
    private static void waitForQuietDisk() throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        long waitedFrom = System.nanoTime();
        long before = kibWrittenToDisk();
        long first = -1;
        while (System.nanoTime() < deadline) {
            Thread.sleep(1000);
            long now = kibWrittenToDisk();
            if (first < 0) {
                first = now - before;
            }
            if (now - before < 1024) {
                break;
            }
            before = now;
        }
        Bench.log(
                "start: disks wrote %d KiB/s when the load ended; waited %.0f s for under 1 MiB/s",
                first, (System.nanoTime() - waitedFrom) / 1e9);
    }

    /** KiB written to block devices since boot, by every process and the kernel (pgpgout in /proc/vmstat). */
    private static long kibWrittenToDisk() {
        try {
            return Files.readAllLines(Path.of("/proc/vmstat")).stream()
                    .filter(l -> l.startsWith("pgpgout "))
                    .mapToLong(
                            l -> Long.parseLong(l.substring("pgpgout ".length()).trim()))
                    .findFirst()
                    .orElse(0);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * The start is timed on a quiet machine: after the load, the running instance still rolls statistics and its JIT
     * still compiles, and the database still flushes pages; on two cores that would be timed as our start. Waits until
     * the process uses under 5% of a core over a second, for at most a minute.
     */
    private static void waitUntilQuiet(long pid) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        long before = ProcessWatch.cpuMillis(pid);
        while (System.nanoTime() < deadline) {
            Thread.sleep(1000);
            long now = ProcessWatch.cpuMillis(pid);
            if (now - before < 50) {
                return;
            }
            before = now;
        }
    }
}
