package org.scfin.bench;

import java.io.IOException;
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
 * options, the class-data archive included when the script recorded one.
 */
final class StartTime {

    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");

    record Run(double readyMs, Double quarkusSeconds) {
    }

    private StartTime() {
    }

    static List<Run> measure(BenchConfig config, int port, int runs) throws IOException, InterruptedException {
        waitUntilQuiet(config.servicePid());
        waitUntilQuiet(config.databasePid());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        List<Run> out = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path log = config.out().resolve("start-" + i + ".log");
            List<String> command = new ArrayList<>(List.of("java"));
            command.addAll(List.of(System.getenv().getOrDefault("SERVICE_JVM_OPTS", "-Xmx384m").split(" ")));
            command.addAll(List.of("-jar", config.jar().toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("PORT", String.valueOf(port));
            builder.environment().put("DB_URL", config.jdbcUrl());
            builder.environment().put("KEYS_DIR", config.keysDir().toString());
            long t0 = System.nanoTime();
            Process process = builder.start();
            try {
                HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).timeout(Duration.ofSeconds(1)).build();
                double readyMs = -1;
                while (System.nanoTime() - t0 < 60_000_000_000L && process.isAlive()) {
                    try {
                        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                            readyMs = (System.nanoTime() - t0) / 1e6;
                            break;
                        }
                    } catch (IOException e) {
                        // not listening yet
                    }
                    Thread.sleep(10);
                }
                Matcher m = STARTED.matcher(Files.readString(log));
                out.add(new Run(Math.round(readyMs), m.find() ? Double.valueOf(m.group(1)) : null));
            } finally {
                process.destroy();
                process.waitFor();
            }
        }
        return out;
    }

    /**
     * The start is timed on a quiet machine: after the load, the running instance still rolls statistics and its JIT
     * still compiles, and the database still flushes pages; on two cores that would be timed as our start. Waits until
     * the process uses under 5% of a core over a second, for at most a minute.
     */
    private static void waitUntilQuiet(long servicePid) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        long before = ProcessWatch.cpuMillis(servicePid);
        while (System.nanoTime() < deadline) {
            Thread.sleep(1000);
            long now = ProcessWatch.cpuMillis(servicePid);
            if (now - before < 50) {
                return;
            }
            before = now;
        }
    }
}
