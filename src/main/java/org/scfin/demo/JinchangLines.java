package org.scfin.demo;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.scfin.common.PageRequest;
import org.scfin.common.Times;
import org.scfin.creditline.CreditLineService;
import org.scfin.creditline.LineInput;
import org.scfin.creditline.LineView;
import org.scfin.enterprise.TaxGrade;
import org.scfin.product.ProductInput;
import org.scfin.security.Caller;

/**
 * Jinchang's credit-information platform as published: 365 million yuan lent within pre-approved lines in 2025, 21.6%
 * of the borrowers credit white. Some of the city's 2025 financings, already fitted to its other figures, are lent
 * within lines, and nothing else about them changes: 37 borrowers, 8 of them credit white (21.62%), the ones with the
 * most their lines allow; each borrows within the pure-credit line of the bank that lent it, and of its financings
 * those the line's product allows (rate range, maximum amount and term, minimum tax grade) are chosen, at least one
 * each, to add up to exactly 365,000,000.00.
 */
@ApplicationScoped
class JinchangLines {

    static final long LENT_FEN = 36_500_000_000L;
    static final int BORROWERS = 37;
    static final int CREDIT_WHITE_BORROWERS = 8;

    /** The drafts' amounts are whole steps of 10,000 yuan but one: the unit of the exact sum. */
    private static final long STEP_FEN = 1_000_000;

    private static final PageRequest ONE = new PageRequest(0, 1, Sort.by("id"));

    @Inject
    CreditLineService lines;

    /**
     * Chooses the financings, grants their lines (or finds them again) and names the lines on the drafts; answers each
     * borrower's banks. One transaction for the grants: a commit each would cost more than the writes.
     */
    @Transactional
    Map<String, Set<String>> lendWithin(
            List<Draft> drafts,
            Map<String, JinchangSupplier> suppliers,
            Map<String, TaxGrade> grades,
            Map<String, JinchangPool.LineProduct> products) {
        Map<String, Set<String>> banksOf = new LinkedHashMap<>();
        Map<String, String> lineOf = new HashMap<>();
        for (Draft d : choose(drafts, suppliers, grades, products)) {
            String bank = d.program.bankId();
            String supplier = d.supplier.id();
            d.creditLineId = lineOf.computeIfAbsent(bank + supplier, k -> line(bank, products.get(bank), supplier));
            banksOf.computeIfAbsent(supplier, s -> new LinkedHashSet<>()).add(bank);
        }
        return banksOf;
    }

    static List<Draft> choose(
            List<Draft> drafts,
            Map<String, JinchangSupplier> suppliers,
            Map<String, TaxGrade> grades,
            Map<String, JinchangPool.LineProduct> products) {
        Map<String, List<Draft>> allowed = new LinkedHashMap<>();
        for (Draft d : drafts) {
            JinchangPool.LineProduct product = products.get(d.program.bankId());
            if (product != null && allows(product.terms(), d, grades.get(d.supplier.id()))) {
                allowed.computeIfAbsent(d.supplier.id(), s -> new ArrayList<>()).add(d);
            }
        }
        // the most first; a stable sort keeps the order drawn between equals
        Comparator<String> most = Comparator.comparingLong(s -> -fen(allowed.get(s)));
        List<String> white = allowed.keySet().stream()
                .filter(s -> suppliers.get(s).creditWhite())
                .sorted(most)
                .limit(CREDIT_WHITE_BORROWERS)
                .toList();
        List<String> others = allowed.keySet().stream()
                .filter(s -> !suppliers.get(s).creditWhite())
                .sorted(most)
                .limit(BORROWERS - CREDIT_WHITE_BORROWERS)
                .toList();
        if (white.size() + others.size() != BORROWERS) {
            throw new IllegalStateException("too few suppliers can borrow within lines: " + allowed.size());
        }
        List<Draft> chosen = new ArrayList<>();
        List<Draft> rest = new ArrayList<>();
        Stream.concat(white.stream(), others.stream()).forEach(s -> {
            List<Draft> own = allowed.get(s);
            Draft smallest =
                    own.stream().min(Comparator.comparingLong(d -> d.fen)).orElseThrow();
            chosen.add(smallest);
            own.stream().filter(d -> d != smallest).forEach(rest::add);
        });
        chosen.addAll(addingUpTo(rest, LENT_FEN - fen(chosen)));
        return chosen;
    }

    /** Whether the product lends this financing to a supplier of this grade, in whole steps of 10,000 yuan. */
    private static boolean allows(ProductInput product, Draft d, TaxGrade grade) {
        BigDecimal rate = BigDecimal.valueOf(d.rateHundredths, 2);
        return d.fen % STEP_FEN == 0
                && rate.compareTo(product.rateMin()) >= 0
                && rate.compareTo(product.rateMax()) <= 0
                && d.principal().compareTo(product.maxAmount()) <= 0
                && d.tenorDays <= product.maxTermDays()
                && grade != null
                && grade.meets(product.minTaxGrade());
    }

    /**
     * Drafts of {@code from} adding up to exactly {@code targetFen}: the sums reachable in steps of 10,000 yuan, each
     * with the draft that first reached it, and back from the target.
     */
    static List<Draft> addingUpTo(List<Draft> from, long targetFen) {
        if (targetFen < 0 || targetFen % STEP_FEN != 0) {
            throw new IllegalStateException("cannot add up to " + targetFen + " fen");
        }
        int target = (int) (targetFen / STEP_FEN);
        int[] reachedBy = new int[target + 1];
        Arrays.fill(reachedBy, -1);
        boolean[] reached = new boolean[target + 1];
        reached[0] = true;
        for (int i = 0; i < from.size(); i++) {
            int steps = (int) (from.get(i).fen / STEP_FEN);
            // downwards, so that each sum reached here is reached without draft i
            for (int sum = target; sum >= steps; sum--) {
                if (!reached[sum] && reached[sum - steps]) {
                    reached[sum] = true;
                    reachedBy[sum] = i;
                }
            }
        }
        if (!reached[target]) {
            throw new IllegalStateException("no financings add up to " + targetFen + " fen");
        }
        List<Draft> picked = new ArrayList<>();
        for (int sum = target; sum > 0; ) {
            Draft d = from.get(reachedBy[sum]);
            picked.add(d);
            sum -= (int) (d.fen / STEP_FEN);
        }
        return picked;
    }

    private static long fen(List<Draft> drafts) {
        return drafts.stream().mapToLong(d -> d.fen).sum();
    }

    /** The bank's line for the supplier, up to its product's maximum for a year from today. */
    private String line(String bank, JinchangPool.LineProduct product, String supplier) {
        return lines.list(DemoParties.ADMIN, supplier, product.id(), null, ONE).items().stream()
                .map(LineView::id)
                .findFirst()
                .orElseGet(() -> lines.grant(
                                Caller.bank(bank),
                                new LineInput(
                                        product.id(),
                                        supplier,
                                        product.terms().maxAmount(),
                                        Times.today().plusYears(1)))
                        .id());
    }
}
