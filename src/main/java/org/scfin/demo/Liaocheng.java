package org.scfin.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.scfin.enterprise.BankType;
import org.scfin.enterprise.SizeClass;
import org.scfin.rate.RateType;

/**
 * Liaocheng (371500), Shandong, and its "1+2+N" industrial chains as published: 12 chains, each with a leader bank and
 * a deputy leader bank, and 62 chain-leader enterprises whose payables carried 62.88% of the 12 chains' financing in
 * 2025 (589.5 of 937.5 million yuan; each chain's own share lies between about a half and three quarters).
 */
@ApplicationScoped
class Liaocheng {

    static final String CITY = "371500";
    static final long CHAINS_FEN_2025 = 93_750_000_000L;
    static final long LEADERS_FEN_2025 = 58_950_000_000L;
    static final int MEMBERS_PER_CHAIN = 3;
    static final int FINANCINGS_PER_CORE = 3;

    /** A chain, its leader enterprises' line of business and number, and its leader and deputy banks (of BANKS). */
    record Chain(String name, String line, int leaders, int leaderBank, int deputyBank) {}

    record Bank(String name, String first17, BankType type) {}

    static final List<Bank> BANKS = List.of(
            new Bank("山东聊城农村商业银行股份有限公司", "91371500MA3C00789", BankType.RURAL_CREDIT),
            new Bank("中国工商银行股份有限公司聊城分行", "91371500863001234", BankType.STATE_OWNED),
            new Bank("中国农业银行股份有限公司聊城分行", "91371500863001307", BankType.STATE_OWNED),
            new Bank("中国银行股份有限公司聊城分行", "91371500863001412", BankType.STATE_OWNED),
            new Bank("中国建设银行股份有限公司聊城分行", "91371500863001519", BankType.STATE_OWNED),
            new Bank("齐鲁银行股份有限公司聊城分行", "91371500MA3C0QL18", BankType.CITY_COMMERCIAL),
            new Bank("中国邮政储蓄银行股份有限公司聊城市分行", "91371500MA3C0YC27", BankType.STATE_OWNED),
            new Bank("恒丰银行股份有限公司聊城分行", "91371500MA3C0HF36", BankType.JOINT_STOCK));

    static final List<Chain> CHAINS = List.of(
            new Chain("聊城市新能源汽车产业链", "汽车零部件", 6, 0, 1),
            new Chain("聊城市高端装备制造产业链", "重工机械", 5, 2, 4),
            new Chain("聊城市有色金属及金属新材料产业链", "铝业", 6, 1, 3),
            new Chain("聊城市轴承产业链", "轴承", 5, 0, 5),
            new Chain("聊城市钢管产业链", "钢管", 4, 4, 2),
            new Chain("聊城市化工新材料产业链", "化工", 5, 3, 6),
            new Chain("聊城市生物医药产业链", "药业", 4, 5, 0),
            new Chain("聊城市农副产品加工产业链", "食品", 7, 6, 0),
            new Chain("聊城市纺织服装产业链", "纺织", 5, 7, 1),
            new Chain("聊城市绿色建材产业链", "建材", 4, 2, 5),
            new Chain("聊城市新一代信息技术产业链", "电子科技", 6, 3, 7),
            new Chain("聊城市现代物流产业链", "物流", 5, 4, 6));

    private static final Map<String, String> PLACES = Map.of(
            "371502", "聊城市",
            "371521", "阳谷县",
            "371522", "莘县",
            "371524", "东阿县",
            "371525", "冠县",
            "371526", "高唐县",
            "371581", "临清市");
    private static final List<String> COUNTIES =
            PLACES.keySet().stream().sorted().toList();
    private static final List<String> SUPPLIER_LINES =
            List.of("机械加工", "五金", "精密铸件", "包装", "物流", "电气", "模具", "化工原料", "橡塑制品", "商贸");
    private static final long SEED = 371500;

    @Inject
    DemoParties parties;

    List<PlannedFinancing> load() {
        parties.referenceRate(RateType.REGIONAL_SME_AVERAGE, CITY, "5.58", LocalDate.of(2024, 1, 1));
        parties.referenceRate(RateType.REGIONAL_SME_AVERAGE, CITY, "5.35", LocalDate.of(2025, 1, 1));
        List<String> banks = BANKS.stream()
                .map(b -> parties.bank(b.name(), DemoParties.code(b.first17()), CITY, b.type()))
                .toList();
        Random random = new Random(SEED);
        DemoNames names = new DemoNames(random);
        Drafts drafts = new Drafts(random);
        List<Draft> leaderDrafts = new ArrayList<>();
        List<Draft> memberDrafts = new ArrayList<>();
        PlannedFinancing named = null;
        for (Chain c : CHAINS) {
            String leaderBank = banks.get(c.leaderBank());
            String deputyBank = banks.get(c.deputyBank());
            String chain = parties.chain(c.name(), CITY, leaderBank, deputyBank);
            List<Draft.Core> cores = new ArrayList<>();
            for (int i = 0; i < c.leaders() + MEMBERS_PER_CHAIN; i++) {
                boolean leader = i < c.leaders();
                LocalDate connectedOn = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(700));
                String core;
                if (cores.isEmpty() && c == CHAINS.get(0)) {
                    core = parties.core(
                            "聊城中通新能源汽车装备有限公司",
                            DemoParties.code("91371500MA3CF0678"),
                            "371502",
                            "新能源汽车",
                            chain,
                            true,
                            LocalDate.of(2024, 6, 18));
                } else {
                    String county = names.pick(COUNTIES);
                    core = parties.core(
                            names.enterprise(PLACES.get(county), List.of(leader ? c.line() + "集团" : c.line())),
                            names.enterpriseCode(county),
                            county,
                            c.line(),
                            chain,
                            leader,
                            connectedOn);
                }
                // leaders borrow from the leader bank, the others from the deputy: the banks that serve the chain first
                String bank = leader ? leaderBank : deputyBank;
                LocalDate from = LocalDate.of(2025, 1, 1);
                cores.add(new Draft.Core(
                        core,
                        from,
                        List.of(new Draft.Program(parties.program(bank, core, "150000000.00", from), bank, from))));
            }
            List<List<Draft.Supplier>> suppliersOf = new ArrayList<>();
            cores.forEach(core -> suppliersOf.add(new ArrayList<>()));
            int supplierCount = 7;
            for (int j = 0; j < supplierCount; j++) {
                String county = names.pick(COUNTIES);
                double size = random.nextDouble();
                String id = parties.supplier(
                        names.enterprise(PLACES.get(county), SUPPLIER_LINES),
                        names.enterpriseCode(county),
                        county,
                        size < 0.45 ? SizeClass.MICRO : size < 0.85 ? SizeClass.SMALL : SizeClass.MEDIUM,
                        random.nextDouble() < 0.15);
                for (int k = j; k < cores.size(); k += supplierCount) {
                    sell(id, cores.get(k), suppliersOf.get(k));
                }
                int extra = random.nextInt(cores.size());
                if (extra % supplierCount != j) {
                    sell(id, cores.get(extra), suppliersOf.get(extra));
                }
            }
            for (int i = 0; i < cores.size(); i++) {
                boolean leader = i < c.leaders();
                int count = FINANCINGS_PER_CORE;
                if (c == CHAINS.get(0) && i == 0) {
                    named = vehicles(cores.get(0), banks.get(1));
                    count--;
                }
                List<Draft> drawn = drafts.year(2025, count, suppliersOf.get(i), 420, 420);
                (leader ? leaderDrafts : memberDrafts).addAll(drawn);
            }
        }
        drafts.fitAmounts(
                leaderDrafts,
                LEADERS_FEN_2025 - named.principal().movePointRight(2).longValueExact(),
                1_000_000);
        drafts.fitAmounts(memberDrafts, CHAINS_FEN_2025 - LEADERS_FEN_2025, 1_000_000);
        List<Draft> all = new ArrayList<>(leaderDrafts);
        all.addAll(memberDrafts);
        List<PlannedFinancing> planned = new ArrayList<>(List.of(named));
        planned.addAll(Drafts.plans("LC2025", all));
        return planned;
    }

    private void sell(String supplier, Draft.Core core, List<Draft.Supplier> suppliersOfCore) {
        parties.link(core.id(), supplier);
        suppliersOfCore.add(new Draft.Supplier(supplier, List.of(core)));
    }

    /**
     * The demo's first Liaocheng financing: the castings maker's receivable from the vehicle maker, 1,962,000 at 3.7%
     * from the chain's deputy leader bank.
     */
    private PlannedFinancing vehicles(Draft.Core vehicles, String icbc) {
        String castings = parties.supplier(
                "聊城市东昌府区精密铸件有限公司", DemoParties.code("91371502MA3D00890"), "371502", SizeClass.MEDIUM, false);
        parties.link(vehicles.id(), castings);
        return new PlannedFinancing(
                vehicles.id(),
                castings,
                parties.program(icbc, vehicles.id(), "50000000.00", LocalDate.of(2025, 1, 1)),
                "ZT-AP-2025-1001",
                new BigDecimal("2180000.00"),
                LocalDate.of(2025, 6, 30),
                LocalDate.of(2025, 12, 27),
                new BigDecimal("1962000.00"),
                new BigDecimal("3.7"),
                Instant.parse("2025-06-30T08:00:00Z"),
                Instant.parse("2025-07-02T03:00:00Z"),
                null,
                null);
    }
}
