package org.scfin.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Two suppliers' worth of pressure on one receivable: for each of {@code count} receivables, two applications through
 * two different banks' programs are sent at the same moment. Exactly one may win (201) and the other must be told the
 * receivable is taken (409); anything else is a broken invariant.
 */
final class Races {

    record Result(int receivables, int won, int refused, List<String> unexpected) {

        boolean held() {
            return won == receivables && refused == receivables && unexpected.isEmpty();
        }
    }

    private Races() {}

    static Result run(World world, int count) {
        List<CompletableFuture<int[]>> races = new ArrayList<>();
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < count; i++) {
            World.Owned receivable = world.takeUnfinanced(i);
            String supplier = world.tokenOf(receivable.supplierId());
            CompletableFuture<Client.Reply> first = apply(world, supplier, world.programFor(receivable, 0), receivable);
            CompletableFuture<Client.Reply> second =
                    apply(world, supplier, world.programFor(receivable, 1), receivable);
            races.add(first.thenCombine(second, (a, b) -> new int[] {a.status(), b.status()}));
        }
        int won = 0;
        int refused = 0;
        for (CompletableFuture<int[]> race : races) {
            int[] statuses = race.join();
            for (int status : statuses) {
                if (status == 201) {
                    won++;
                } else if (status == 409) {
                    refused++;
                } else {
                    unexpected.add("status " + status);
                }
            }
        }
        return new Result(count, won, refused, unexpected);
    }

    private static CompletableFuture<Client.Reply> apply(
            World world, String token, World.Program program, World.Owned receivable) {
        return world.client.post(
                "/api/v1/financings",
                token,
                Map.of(
                        "programId",
                        program.id(),
                        "receivableIds",
                        List.of(receivable.receivableId()),
                        "requestedAmount",
                        new BigDecimal("9000.00")));
    }
}
