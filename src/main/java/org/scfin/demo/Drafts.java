package org.scfin.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws a year's financings from a seeded {@link Random}, and fits them to the totals a region must show: the amounts
 * to an exact sum, the hours to disbursement to an exact sum, the rates to a weighted average, each by small steps
 * spread over many financings so that no single one stands out.
 */
final class Drafts {

    /** Hours to disbursement stay between 8 and 160: approval comes four hours before the money. */
    static final int MIN_HOURS_TENTHS = 80;

    static final int MAX_HOURS_TENTHS = 1600;

    /** Within every demo program's bounds, 3.5% to 5%. */
    static final int MIN_RATE_HUNDREDTHS = 360;

    static final int MAX_RATE_HUNDREDTHS = 500;

    private final Random random;

    Drafts(Random random) {
        this.random = random;
    }

    /**
     * {@code count} financings applied for in {@code year}: the first {@code suppliers.size()} one for each supplier,
     * the rest for suppliers drawn at random; each with a core enterprise the supplier sells to that was connected by
     * then, and one of its programs valid by then. Rates are drawn around {@code rateHundredths}, hours around
     * {@code hoursTenths}.
     */
    List<Draft> year(int year, int count, List<Draft.Supplier> suppliers, int rateHundredths, int hoursTenths) {
        List<Draft> drafts = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            Draft.Supplier supplier =
                    n < suppliers.size() ? suppliers.get(n) : suppliers.get(random.nextInt(suppliers.size()));
            drafts.add(draw(year, supplier, rateHundredths, hoursTenths));
        }
        return drafts;
    }

    private Draft draw(int year, Draft.Supplier supplier, int rateHundredths, int hoursTenths) {
        while (true) {
            LocalDate day = LocalDate.of(year, 1, 3).plusDays(random.nextInt(342));
            List<Draft.Core> cores = supplier.cores().stream()
                    .filter(c -> !c.connectedOn().isAfter(day))
                    .toList();
            if (cores.isEmpty()) {
                continue;
            }
            Draft.Core core = cores.get(random.nextInt(cores.size()));
            List<Draft.Program> programs = core.programs().stream()
                    .filter(p -> !p.validFrom().isAfter(day))
                    .toList();
            if (programs.isEmpty()) {
                continue;
            }
            // applied between 09:00 and 16:00 in China, on the tenth of an hour
            int minutes = 60 + 6 * random.nextInt(70);
            return new Draft(
                    supplier,
                    core,
                    programs.get(random.nextInt(programs.size())),
                    Draft.at(day).plusSeconds((minutes - 120) * 60L),
                    90 + 30 * random.nextInt(4),
                    5 + random.nextInt(40),
                    Math.exp(0.55 * random.nextGaussian()),
                    (int) Math.max(
                            MIN_RATE_HUNDREDTHS,
                            Math.min(MAX_RATE_HUNDREDTHS, rateHundredths + Math.round(25 * random.nextGaussian()))),
                    (int) Math.max(
                            MIN_HOURS_TENTHS,
                            Math.min(
                                    MAX_HOURS_TENTHS,
                                    Math.round(hoursTenths * Math.exp(0.4 * random.nextGaussian())))));
        }
    }

    /** The drafts as planned financings, their receivables referenced {@code prefix-AP-00001} and on. */
    static List<PlannedFinancing> plans(String prefix, List<Draft> drafts) {
        List<PlannedFinancing> plans = new ArrayList<>();
        for (int n = 0; n < drafts.size(); n++) {
            plans.add(drafts.get(n).plan(prefix + "-AP-%05d".formatted(n + 1)));
        }
        return plans;
    }

    /**
     * Sets the amounts in proportion to the drafts' weights, in whole steps of {@code stepFen} (10,000 yuan reads as a
     * real loan), so that they add up to exactly {@code totalFen}: what the steps leave over goes to one financing.
     */
    void fitAmounts(List<Draft> drafts, long totalFen, long stepFen) {
        double weights = drafts.stream().mapToDouble(d -> d.weight).sum();
        long sum = 0;
        for (Draft d : drafts) {
            d.fen = Math.max(stepFen, Math.round(d.weight / weights * totalFen / stepFen) * stepFen);
            sum += d.fen;
        }
        long left = totalFen - sum;
        for (int i = 0; Math.abs(left) >= stepFen; i = (i + 1) % drafts.size()) {
            Draft d = drafts.get(i);
            long step = left > 0 ? stepFen : -stepFen;
            if (d.fen + step >= stepFen) {
                d.fen += step;
                left -= step;
            }
        }
        Draft largest =
                drafts.stream().max((a, b) -> Long.compare(a.fen, b.fen)).orElseThrow();
        largest.fen += left;
    }

    /** Moves hours by tenths, spread over the drafts within their bounds, until they add up to {@code totalTenths}. */
    static void fitHours(List<Draft> drafts, long totalTenths) {
        long left = totalTenths - drafts.stream().mapToLong(d -> d.hoursTenths).sum();
        int stuck = 0;
        for (int i = 0; left != 0 && stuck < drafts.size(); i = (i + 1) % drafts.size()) {
            Draft d = drafts.get(i);
            int step = (int) Math.max(-10, Math.min(10, left));
            int moved = Math.max(MIN_HOURS_TENTHS, Math.min(MAX_HOURS_TENTHS, d.hoursTenths + step)) - d.hoursTenths;
            d.hoursTenths += moved;
            left -= moved;
            stuck = moved == 0 ? stuck + 1 : 0;
        }
        if (left != 0) {
            throw new IllegalStateException("hours cannot reach " + totalTenths);
        }
    }

    /**
     * Keeps every rate within {@code [min, max]} and moves rates by a hundredth of a point until the principal-weighted
     * average of the drafts, with {@code fixedRateXFen} and {@code fixedFen} of financings already set, is
     * {@code targetHundredths} as closely as a hundredth on one loan allows. The first draft is pinned at {@code min}
     * and the second at {@code max}, so the range shows exactly.
     */
    static void fitRates(
            List<Draft> drafts, int min, int max, int targetHundredths, long fixedRateXFen, long fixedFen) {
        drafts.get(0).rateHundredths = min;
        drafts.get(1).rateHundredths = max;
        for (Draft d : drafts.subList(2, drafts.size())) {
            d.rateHundredths = Math.max(min + 1, Math.min(max - 1, d.rateHundredths));
        }
        long fen = fixedFen + drafts.stream().mapToLong(d -> d.fen).sum();
        long left = targetHundredths * fen
                - fixedRateXFen
                - drafts.stream().mapToLong(d -> d.rateHundredths * d.fen).sum();
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Draft d : drafts.subList(2, drafts.size())) {
                int step = left > 0 ? 1 : -1;
                int rate = d.rateHundredths + step;
                if (rate > min && rate < max && Math.abs(left - step * d.fen) < Math.abs(left)) {
                    d.rateHundredths = rate;
                    left -= step * d.fen;
                    moved = true;
                }
            }
        }
    }
}
