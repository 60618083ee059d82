package org.scfin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Samples a process's resident set size from /proc while a scenario runs, and keeps the peak. */
final class ProcessWatch implements AutoCloseable {

    private final long pid;
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peakKb;

    ProcessWatch(long pid) {
        this.pid = pid;
        this.sampler = new Thread(
                () -> {
                    while (running) {
                        peakKb = Math.max(peakKb, statusKb("VmRSS"));
                        try {
                            Thread.sleep(200);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "bench-rss");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The highest resident size sampled, in MB. */
    long peakMb() {
        return peakKb / 1024;
    }

    /** The kernel's own high-water mark of the resident size since the process started, in MB. */
    long highWaterMb() {
        return statusKb("VmHWM") / 1024;
    }

    /** CPU time the process has used so far (user and system), in milliseconds; 0 when it cannot be read. */
    static long cpuMillis(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // fields after the command name (which may hold spaces) close with ')'; utime and stime are the 14th and
            // 15th
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 1000 / 100;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    long statusKb(String field) {
        if (pid <= 0) {
            return 0;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
