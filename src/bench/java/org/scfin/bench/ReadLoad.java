package org.scfin.bench;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Reads as arrivals of the open model, taking turns: the lists with filters that callers page through (a bank's
 * disbursed financings, a supplier's confirmed receivables, an ERP's receivables due in a window, a region's financings
 * applied today), or the statistics calls of a dashboard. Each call is timed from its intended send time.
 */
final class ReadLoad implements OpenLoad.Arrival {

    /** One kind of read: its name in the results, its path, and the token that reads it. */
    record Read(String name, String path, String token) {}

    private final Client client;
    private final List<Read> reads;

    ReadLoad(Client client, List<Read> reads) {
        this.client = client;
        this.reads = reads;
    }

    static ReadLoad lists(World world) {
        String bank = world.banks.get(0);
        String supplier = world.suppliers.get(0);
        String core = world.cores.get(0);
        return new ReadLoad(
                world.client,
                List.of(
                        new Read(
                                "financings of a bank, disbursed",
                                "/api/v1/financings?status=DISBURSED&size=50",
                                world.tokenOf(bank)),
                        new Read(
                                "receivables of a supplier, confirmed",
                                "/api/v1/receivables?status=CONFIRMED&size=50",
                                world.tokenOf(supplier)),
                        new Read(
                                "receivables of an ERP, due in a window",
                                "/api/v1/receivables?supplierId=" + supplier + "&dueFrom=" + world.today + "&dueTo="
                                        + world.today.plusDays(180) + "&size=50&sort=dueDate,asc",
                                world.tokenOf(core)),
                        new Read(
                                "financings of a region, applied today",
                                "/api/v1/financings?regionCode=620300&appliedFrom=" + world.today + "&size=50",
                                world.admin)));
    }

    /** The statistics issue's calls, on the run's own data: province, city, county, children and a 24-month series. */
    static ReadLoad statistics(World world) {
        int year = world.today.getYear();
        return new ReadLoad(
                world.client,
                List.of(
                        new Read("region: province", "/api/v1/stats/regions/620000?year=" + year, world.admin),
                        new Read("region: city", "/api/v1/stats/regions/620300?year=" + year, world.admin),
                        new Read("region: county", "/api/v1/stats/regions/620302?year=" + year, world.admin),
                        new Read(
                                "children of the province",
                                "/api/v1/stats/regions/620000/children?year=" + year,
                                world.admin),
                        new Read(
                                "series of the province, 24 months",
                                "/api/v1/stats/regions/620000/series?granularity=month&from=" + (year - 1)
                                        + "-01-01&to=" + year + "-12-31",
                                world.admin)));
    }

    @Override
    public CompletableFuture<?> start(long index, long intendedNanos, Latencies latencies) {
        Read read = reads.get((int) (index % reads.size()));
        return client.get(read.path(), read.token()).thenAccept(reply -> {
            latencies.record(read.name(), System.nanoTime() - intendedNanos);
            reply.expect(200);
        });
    }
}
