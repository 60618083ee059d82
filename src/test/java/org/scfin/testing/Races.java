package org.scfin.testing;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Requests that really race: one thread each, released together by a latch. */
public final class Races {

    private Races() {}

    public static List<Response> race(int racers, IntFunction<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                int n = i;
                futures.add(pool.submit((Callable<Response>) () -> {
                    start.await();
                    return request.apply(n);
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    public static long count(List<Response> responses, int status) {
        return responses.stream().filter(r -> r.statusCode() == status).count();
    }
}
