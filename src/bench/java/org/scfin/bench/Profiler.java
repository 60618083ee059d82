package org.scfin.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * async-profiler attached to the running service with {@code jcmd ... JVMTI.agent_load} for one phase of the run
 * (PROFILE=cpu|wall|alloc|lock, PROFILER_LIB set by scripts/bench), so start-up and the other phases stay out of the
 * picture. PROFILE_PHASE picks the phase: {@code financing} (the default: rising rates and half of saturation) or
 * {@code ingestion} (the measured rounds; the service is idle while the database-alone side takes its turn).
 */
final class Profiler {

    private final String event = System.getenv("PROFILE");
    private final String library = System.getenv("PROFILER_LIB");
    private final String phase = System.getenv().getOrDefault("PROFILE_PHASE", "financing");
    private final String name;
    private final long pid;
    private final Path out;

    /** @param name the phase this profiler covers; it runs only when PROFILE_PHASE names it */
    Profiler(String name, long pid, Path out) {
        this.name = name;
        this.pid = pid;
        this.out = out;
    }

    boolean enabled() {
        return event != null && !event.isBlank() && library != null && pid > 0 && name.equals(phase);
    }

    void start() throws IOException, InterruptedException {
        if (enabled()) {
            jcmd("start,event=" + event + ",interval=" + ("wall".equals(event) ? "5ms" : "1ms"));
        }
    }

    /**
     * Stops and writes the flame graph, the stacks in collapsed form (one line per stack), then the hottest frames as
     * text.
     */
    void stop() throws IOException, InterruptedException {
        if (enabled()) {
            jcmd("dump,file=" + out.resolve("profile-" + name + "-" + event + ".html"));
            jcmd("dump,collapsed,file=" + out.resolve("profile-" + name + "-" + event + ".collapsed"));
            jcmd("stop,flat=40,traces=0,file=" + out.resolve("profile-" + name + "-" + event + ".txt"));
        }
    }

    private void jcmd(String arguments) throws IOException, InterruptedException {
        // quoted: jcmd would otherwise read the name=value pairs as options of its own
        Process p = new ProcessBuilder(
                        List.of("jcmd", String.valueOf(pid), "JVMTI.agent_load", library, "\"" + arguments + "\""))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        p.waitFor();
    }
}
