package org.scfin.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The table {@code scripts/cluster test} prints at the end: one row per check, with what was seen. Rows go to the file
 * {@code CLUSTER_REPORT} names, else to standard output.
 */
final class ClusterReport {

    private ClusterReport() {}

    static synchronized void row(String check, String seen) {
        String line = "| " + check + " | " + seen + " |\n";
        String file = System.getenv("CLUSTER_REPORT");
        if (file == null || file.isBlank()) {
            System.out.print(line);
            return;
        }
        try {
            Files.writeString(
                    Path.of(file), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
