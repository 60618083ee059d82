package org.scfin.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * One service started by {@code scripts/run} with its embedded MariaDB (data under data/mariadb), on PORT, with its
 * output in target/drill/service.log. The drill owns the process: it starts it, kills it with SIGKILL, starts it again.
 */
final class SingleNodeService implements Deployment, AutoCloseable {

    static final Path DATA = Path.of("data/mariadb");

    private final int port;
    private final int managementPort;
    private Process process;

    SingleNodeService(int port, int managementPort) {
        this.port = port;
        this.managementPort = managementPort;
    }

    /** Starts the service and waits until it is ready (at most 4 minutes); returns how long that took, in ms. */
    long start() throws InterruptedException {
        long started = System.currentTimeMillis();
        ProcessBuilder builder = new ProcessBuilder("scripts/run")
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/drill/service.log")))
                .redirectErrorStream(true);
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("MANAGEMENT_PORT", String.valueOf(managementPort));
        builder.environment().remove("DB_URL");
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start scripts/run: " + e.getMessage(), e);
        }
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(base().resolve("/q/health/ready"))
                .timeout(Duration.ofSeconds(2))
                .build();
        while (System.currentTimeMillis() - started < 240_000) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service ended while starting; see target/drill/service.log");
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return System.currentTimeMillis() - started;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the service was not ready after 4 minutes; see target/drill/service.log");
    }

    /** SIGKILL of the service's JVM (scripts/run execs it), as a crash would; waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    long pid() {
        return process != null && process.isAlive() ? process.pid() : -1;
    }

    /** The embedded server's process, from the pid file it writes, while it runs. */
    static Optional<ProcessHandle> databaseProcess() {
        long pid = ClusterDeployment.pidIn(DATA.resolve("mariadb.pid"));
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    }

    @Override
    public URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    @Override
    public List<URI> instances() {
        return List.of(base());
    }

    @Override
    public List<LongSupplier> instancePids() {
        return List.of(this::pid);
    }

    /** The embedded server, at the port on its command line, as root (the embedded server has no password). */
    @Override
    public List<Database> nodes() {
        ProcessHandle db = databaseProcess().orElseThrow(() -> new IllegalStateException("no embedded server runs"));
        String port = db.info()
                .arguments()
                .flatMap(args ->
                        Arrays.stream(args).filter(a -> a.startsWith("--port=")).findFirst())
                .map(a -> a.substring("--port=".length()))
                .orElseThrow(() -> new IllegalStateException("the embedded server's port is not on its command line"));
        return List.of(new Database("jdbc:mysql://127.0.0.1:" + port + "/scf"));
    }

    /** SIGTERM: the service stops its embedded server on the way out. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }
}
