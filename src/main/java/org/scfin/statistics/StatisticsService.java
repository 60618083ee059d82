package org.scfin.statistics;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.scfin.common.ConflictRetry;
import org.scfin.common.ProblemException;
import org.scfin.common.Times;
import org.scfin.coupon.CouponStatistics;
import org.scfin.enterprise.Bank;
import org.scfin.enterprise.IndustrialChain;
import org.scfin.product.ProductService;
import org.scfin.region.Region;
import org.scfin.region.RegionAccess;
import org.scfin.security.Caller;
import org.scfin.security.Role;
import org.scfin.statistics.ChainStatistics.ChainBank;
import org.scfin.statistics.ChainStatistics.ChainLeaders;
import org.scfin.statistics.Figures.Coverage;
import org.scfin.statistics.Figures.Volume;
import org.scfin.statistics.Figures.YearOnYear;
import org.scfin.statistics.StatisticsQueries.Kind;
import org.scfin.statistics.StatisticsQueries.Members;

/**
 * Who may read which statistics, and the figures themselves. Each answer first rolls what has committed, then reads in
 * one transaction holding the roll row in share mode, so no roll lands between its queries: the figures of one answer
 * always agree with each other.
 */
@ApplicationScoped
public class StatisticsService {

    @Inject
    StatisticsQueries queries;

    @Inject
    StatisticsRoller roller;

    @Inject
    CreditReadCounts creditReads;

    @Inject
    ProductService products;

    @Inject
    CouponStatistics coupons;

    @Inject
    EntityManager em;

    public RegionStatistics region(Caller caller, String code, Period period) {
        Region region = RegionAccess.readable(caller, code);
        return read(() -> {
            long[] coverage = queries.coverage(region, asOf(period));
            ScopeFigures figures = figures(Scope.region(code), period);
            CreditReadCounts.Counts reads =
                    creditReads.count(queries.regionCodesUnder(region), period.from(), period.to());
            return RegionStatistics.of(
                    code,
                    region.name,
                    period,
                    figures,
                    new Coverage(coverage[0], coverage[1], ScopeFigures.percent(coverage[0], coverage[1])),
                    new CreditInformation(
                            figures.lineLending(),
                            new CreditInformation.ProfileReads(reads.consented(), reads.publicOnly()),
                            coupons.figures(code, period.from(), period.to()),
                            products.figures(caller, code)));
        });
    }

    public RegionRanking children(Caller caller, String code, Period period) {
        RegionAccess.readable(caller, code);
        List<Region> children = Region.list("parentCode = ?1 order by code", code);
        if (children.isEmpty()) {
            return new RegionRanking(code, period.from(), period.to(), List.of());
        }
        return read(() -> {
            List<String> scopes =
                    children.stream().map(r -> Scope.region(r.code)).toList();
            Period earlier = period.yearEarlier();
            Map<String, Sums> sums = queries.sums(scopes, period.from(), period.to(), StatisticsQueries.VOLUME);
            Map<String, Sums> sumsBefore = queries.sums(scopes, earlier.from(), earlier.to(), StatisticsQueries.VOLUME);
            Map<String, Members> suppliers = queries.members(scopes, Kind.SUPPLIER, period, false);
            Map<String, Members> suppliersBefore = queries.members(scopes, Kind.SUPPLIER, earlier, false);
            Map<String, Members> cores = queries.members(scopes, Kind.CORE_ENTERPRISE, period, false);
            List<Volume> volumes = new ArrayList<>();
            for (String scope : scopes) {
                volumes.add(ScopeFigures.volume(
                        sums.getOrDefault(scope, Sums.NONE),
                        suppliers.getOrDefault(scope, Members.NONE),
                        cores.getOrDefault(scope, Members.NONE)));
            }
            List<RegionRanking.Item> items = new ArrayList<>();
            for (int i = 0; i < children.size(); i++) {
                Volume v = volumes.get(i);
                Sums before = sumsBefore.getOrDefault(scopes.get(i), Sums.NONE);
                long suppliersEarlier = suppliersBefore
                        .getOrDefault(scopes.get(i), Members.NONE)
                        .count();
                YearOnYear yoy = new YearOnYear(
                        ScopeFigures.change(
                                BigDecimal.valueOf(v.count()), BigDecimal.valueOf(before.count(Measure.FINANCINGS))),
                        ScopeFigures.change(v.amount(), before.money(Measure.AMOUNT)),
                        ScopeFigures.change(BigDecimal.valueOf(v.suppliers()), BigDecimal.valueOf(suppliersEarlier)));
                items.add(new RegionRanking.Item(
                        children.get(i).code,
                        children.get(i).name,
                        v,
                        yoy,
                        rank(volumes, v, Comparator.comparing(Volume::amount)),
                        rank(volumes, v, Comparator.comparingLong(Volume::count))));
            }
            return new RegionRanking(code, period.from(), period.to(), items);
        });
    }

    public RegionSeries series(Caller caller, String code, Granularity granularity, LocalDate from, LocalDate to) {
        RegionAccess.readable(caller, code);
        List<Period> periods = Period.covering(from, to, granularity);
        LocalDate first = periods.get(0).from();
        LocalDate last = periods.get(periods.size() - 1).to();
        String scope = Scope.region(code);
        return read(() -> {
            List<String> keys = periods.stream().map(Period::key).toList();
            Map<String, Sums> sums = queries.volumeBy(scope, granularity, first, last);
            Map<String, Long> suppliers = queries.membersBy(scope, Kind.SUPPLIER, keys);
            Map<String, Long> cores = queries.membersBy(scope, Kind.CORE_ENTERPRISE, keys);
            List<RegionSeries.Item> items = new ArrayList<>();
            for (String key : keys) {
                Sums s = sums.getOrDefault(key, Sums.NONE);
                items.add(new RegionSeries.Item(
                        key,
                        new Volume(
                                s.count(Measure.FINANCINGS),
                                s.money(Measure.AMOUNT),
                                suppliers.getOrDefault(key, 0L),
                                cores.getOrDefault(key, 0L))));
            }
            return new RegionSeries(code, granularity, first, last, items);
        });
    }

    public ChainStatistics chain(Caller caller, String chainId, Period period) {
        caller.require(Role.ADMIN, Role.DASHBOARD);
        IndustrialChain chain = IndustrialChain.findById(chainId);
        if (chain == null || !RegionAccess.covers(caller, Region.findById(chain.regionCode))) {
            throw ProblemException.notFound("industrial chain", chainId);
        }
        return read(() -> {
            ScopeFigures figures = figures(Scope.chain(chainId), period);
            Sums sums = queries.sums(Scope.chain(chainId), period.from(), period.to());
            ChainLeaders leaders =
                    ChainLeaders.of(queries.leaderEnterprises(List.of(chainId)).getOrDefault(chainId, 0L), sums);
            List<ChainBank> banks = new ArrayList<>();
            Map<String, Sums> byBank = queries.chainBanks(chainId, period.from(), period.to());
            List<String> bankScopes = byBank.keySet().stream()
                    .map(b -> Scope.chainBank(chainId, b))
                    .toList();
            Map<String, Members> suppliers =
                    bankScopes.isEmpty() ? Map.of() : queries.members(bankScopes, Kind.SUPPLIER, period, false);
            Map<String, Members> cores =
                    bankScopes.isEmpty() ? Map.of() : queries.members(bankScopes, Kind.CORE_ENTERPRISE, period, false);
            for (var entry : byBank.entrySet()) {
                String scope = Scope.chainBank(chainId, entry.getKey());
                Volume v = ScopeFigures.volume(
                        entry.getValue(),
                        suppliers.getOrDefault(scope, Members.NONE),
                        cores.getOrDefault(scope, Members.NONE));
                if (v.count() == 0) {
                    continue;
                }
                Bank bank = Bank.findById(entry.getKey());
                String role = entry.getKey().equals(chain.leaderBankId)
                        ? "LEADER"
                        : entry.getKey().equals(chain.deputyLeaderBankId) ? "DEPUTY_LEADER" : null;
                banks.add(new ChainBank(
                        entry.getKey(),
                        bank.name,
                        role,
                        v,
                        ScopeFigures.percent(v.amount(), sums.get(Measure.AMOUNT))));
            }
            banks.sort(Comparator.comparing((ChainBank b) -> b.financings().amount())
                    .reversed()
                    .thenComparing(ChainBank::bankId));
            return ChainStatistics.of(chainId, chain.name, chain.regionCode, period, figures, leaders, banks);
        });
    }

    /**
     * The chains registered in the region's subtree, each with the volume and leaders' figures its own statistics give,
     * read for all of them at once: a fixed number of queries however many chains.
     */
    public RegionChains chains(Caller caller, String code, Period period) {
        Region region = RegionAccess.readable(caller, code);
        return read(() -> {
            List<IndustrialChain> chains = queries.chainsIn(queries.regionCodesUnder(region));
            if (chains.isEmpty()) {
                return new RegionChains(code, region.name, period.from(), period.to(), List.of());
            }
            List<String> scopes = chains.stream().map(c -> Scope.chain(c.id)).toList();
            Map<String, Sums> sums = queries.sums(scopes, period.from(), period.to(), StatisticsQueries.CHAIN_VOLUME);
            Map<String, Members> suppliers = queries.members(scopes, Kind.SUPPLIER, period, false);
            Map<String, Members> cores = queries.members(scopes, Kind.CORE_ENTERPRISE, period, false);
            Map<String, Long> leaders =
                    queries.leaderEnterprises(chains.stream().map(c -> c.id).toList());
            Map<String, String> bankNames = bankNames(chains);
            List<RegionChains.Item> items = new ArrayList<>();
            for (IndustrialChain chain : chains) {
                String scope = Scope.chain(chain.id);
                Sums chainSums = sums.getOrDefault(scope, Sums.NONE);
                items.add(new RegionChains.Item(
                        chain.id,
                        chain.name,
                        chain.regionCode,
                        leadBank(chain.leaderBankId, bankNames),
                        leadBank(chain.deputyLeaderBankId, bankNames),
                        ScopeFigures.volume(
                                chainSums,
                                suppliers.getOrDefault(scope, Members.NONE),
                                cores.getOrDefault(scope, Members.NONE)),
                        ChainLeaders.of(leaders.getOrDefault(chain.id, 0L), chainSums)));
            }
            items.sort(
                    Comparator.comparing((RegionChains.Item i) -> i.financings().amount())
                            .reversed()
                            .thenComparing(RegionChains.Item::chainId));
            return new RegionChains(code, region.name, period.from(), period.to(), items);
        });
    }

    /** The names of the chains' leader and deputy leader banks, by id, in one query. */
    private static Map<String, String> bankNames(List<IndustrialChain> chains) {
        Set<String> ids = new HashSet<>();
        for (IndustrialChain chain : chains) {
            ids.add(chain.leaderBankId);
            ids.add(chain.deputyLeaderBankId);
        }
        ids.remove(null);
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Bank.<Bank>list("id in ?1", ids).stream().collect(Collectors.toMap(b -> b.id, b -> b.name));
    }

    private static RegionChains.LeadBank leadBank(String bankId, Map<String, String> names) {
        return bankId == null ? null : new RegionChains.LeadBank(bankId, names.get(bankId));
    }

    /**
     * Each bank's financings to suppliers of the region's subtree, counted as the region's own figures count them
     * (rolled first, in the same read), so the banks add up to the region.
     */
    public RegionBanks banks(Caller caller, String code, Period period) {
        Region region = RegionAccess.readable(caller, code);
        return read(() -> RegionBanks.of(
                code,
                region.name,
                period,
                queries.banksIn(queries.regionCodesUnder(region), period.from(), period.to())));
    }

    public BankStatistics bank(Caller caller, String bankId, Period period) {
        caller.require(Role.ADMIN, Role.BANK);
        if (caller.is(Role.BANK) && !caller.actsFor(Role.BANK, bankId)) {
            throw ProblemException.forbidden("a bank reads only its own statistics");
        }
        Bank bank = Bank.findById(bankId);
        if (bank == null) {
            throw ProblemException.notFound("bank", bankId);
        }
        return read(() -> BankStatistics.of(bankId, bank.name, period, figures(Scope.bank(bankId), period)));
    }

    private ScopeFigures figures(String scope, Period period) {
        Period earlier = period.yearEarlier();
        return ScopeFigures.of(
                queries.sums(scope, period.from(), period.to()),
                queries.sums(scope, earlier.from(), earlier.to()),
                queries.members(scope, Kind.SUPPLIER, period, true),
                queries.members(scope, Kind.SUPPLIER, earlier, false),
                queries.members(scope, Kind.CORE_ENTERPRISE, period, false),
                queries.members(scope, Kind.LINE_BORROWER, period, true),
                queries.medianHours(scope, period.from(), period.to()),
                queries.balances(scope, asOf(period)));
    }

    /** Balances and coverage are as at the end of the period, or today while it is not over. */
    private static LocalDate asOf(Period period) {
        LocalDate today = Times.today();
        return period.to().isAfter(today) ? today : period.to();
    }

    /**
     * Rolls what has committed, then reads the figures under a shared lock of the roll row, so that no roll lands
     * between their queries. On a Galera cluster that lock holds only on this node: a roll committed through another
     * node aborts the read when it is applied here (error 1213), and the read runs again, on the newer figures.
     */
    private <T> T read(Supplier<T> answer) {
        roller.rollPending();
        return ConflictRetry.run(
                "statistics read",
                ConflictRetry.READ_ATTEMPTS,
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    em.createNativeQuery("select rolled from stat_roll where name = 'stat' lock in share mode")
                            .getSingleResult();
                    return answer.get();
                }));
    }

    /** Standard competition rank: 1 plus the number of siblings strictly ahead. */
    private static <T> int rank(List<T> all, T item, Comparator<T> order) {
        return 1
                + (int) all.stream()
                        .filter(other -> order.compare(other, item) > 0)
                        .count();
    }
}
