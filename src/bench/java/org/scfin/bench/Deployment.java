package org.scfin.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.function.LongSupplier;

/** What a drill runs against: the cluster of scripts/cluster, or one service with its embedded MariaDB. */
interface Deployment {

    /** Where clients send requests: HAProxy, or the one service. */
    URI base();

    /** Each service instance's own address, for its health. */
    List<URI> instances();

    /** Each instance's process id, read when asked. */
    List<LongSupplier> instancePids();

    /** Each database node, reached directly. */
    List<Database> nodes();

    /** Runs a command from the repository's root, its output to the drill's log; returns its exit status. */
    static int run(String... command) {
        Bench.log("$ %s", String.join(" ", command));
        try {
            Process p = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/drill/commands.log")))
                    .redirectErrorStream(true)
                    .start();
            return p.waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command[0] + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
