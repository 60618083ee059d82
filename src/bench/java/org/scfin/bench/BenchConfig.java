package org.scfin.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** What a run does, from environment variables (scripts/bench documents them), with defaults sized for 2 cores. */
record BenchConfig(
        URI base,
        String jdbcUrl,
        Path keysDir,
        Path out,
        long servicePid,
        long databasePid,
        Path jar,
        int ingestClients,
        int ingestRounds,
        int ingestWarmupBatches,
        int ingestBatches,
        int banks,
        int suppliers,
        int warmupSeconds,
        List<Integer> rates,
        int stepSeconds,
        int halfSeconds,
        int ceilingThreads,
        int ceilingSeconds,
        int readRate,
        int readSeconds,
        int statsRate,
        int statsSeconds,
        int startRuns,
        int races,
        int paths,
        int clients,
        int warmupPaths) {

    static BenchConfig fromEnvironment() {
        return new BenchConfig(
                URI.create(env("BASE_URL", "http://127.0.0.1:18490")),
                env("JDBC_URL", null),
                Path.of(env("KEYS_DIR", "data/keys")),
                Path.of(env("OUT", "target/bench")),
                Long.parseLong(env("SERVICE_PID", "0")),
                Long.parseLong(env("DATABASE_PID", "0")),
                Path.of(env("JAR", "target/quarkus-app/quarkus-run.jar")),
                integer("INGEST_CLIENTS", 4),
                integer("INGEST_ROUNDS", 5),
                integer("INGEST_WARMUP", 40),
                integer("INGEST_BATCHES", 10),
                integer("BANKS", 8),
                integer("SUPPLIERS", 40),
                integer("WARMUP_SECONDS", 90),
                integers("RATES", "100,130,160,190,220,260,300,400,500"),
                integer("STEP_SECONDS", 15),
                integer("HALF_SECONDS", 30),
                integer("CEILING_THREADS", 8),
                integer("CEILING_SECONDS", 15),
                integer("READ_RATE", 40),
                integer("READ_SECONDS", 20),
                integer("STATS_RATE", 20),
                integer("STATS_SECONDS", 20),
                integer("START_RUNS", 3),
                integer("RACES", 200),
                integer("PATHS", 1000),
                integer("CLIENTS", 8),
                integer("WARMUP", 200));
    }

    /** Receivables the financing scenarios may use up: every arrival at every rate, with a margin. */
    long receivablesNeeded() {
        long perRate = rates.stream().mapToLong(r -> (long) r * stepSeconds).sum();
        long half = (long) rates.get(rates.size() - 1) / 2 * halfSeconds;
        return perRate + half + 100L * warmupSeconds + 2L * races;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int integer(String name, int fallback) {
        return Integer.parseInt(env(name, String.valueOf(fallback)));
    }

    private static List<Integer> integers(String name, String fallback) {
        return Arrays.stream(env(name, fallback).split(","))
                .map(String::trim)
                .map(Integer::valueOf)
                .toList();
    }
}
