package org.scfin.demo;

import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.scfin.common.PageRequest;
import org.scfin.common.PageView;
import org.scfin.common.Times;
import org.scfin.enterprise.BankInput;
import org.scfin.enterprise.BankService;
import org.scfin.enterprise.BankType;
import org.scfin.enterprise.CoreEnterpriseInput;
import org.scfin.enterprise.CoreEnterpriseService;
import org.scfin.enterprise.CreditCode;
import org.scfin.enterprise.IndustrialChainInput;
import org.scfin.enterprise.IndustrialChainService;
import org.scfin.enterprise.SizeClass;
import org.scfin.enterprise.SupplierInput;
import org.scfin.enterprise.SupplierService;
import org.scfin.enterprise.SupplyRelationshipService;
import org.scfin.financing.DayCount;
import org.scfin.financing.Financing;
import org.scfin.financing.FinancingImport;
import org.scfin.financing.ImportItem;
import org.scfin.financing.ImportedRelief;
import org.scfin.financing.InterestMode;
import org.scfin.financing.ProgramInput;
import org.scfin.financing.ProgramService;
import org.scfin.receivable.ReceivableInput;
import org.scfin.receivable.ReceivablePosting;
import org.scfin.security.Caller;

/**
 * Loads the demo data when {@code scf.demo.load=true}. Everything goes through the same services as the API, and
 * everything is found again by its credit code or ERP reference, so loading twice changes nothing.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    private static final Caller ADMIN = Caller.admin("demo-loader");
    private static final PageRequest ONE = new PageRequest(0, 1, Sort.by("id"));

    @ConfigProperty(name = "scf.demo.load", defaultValue = "false")
    boolean load;

    @Inject
    BankService banks;

    @Inject
    CoreEnterpriseService cores;

    @Inject
    SupplierService suppliers;

    @Inject
    IndustrialChainService chains;

    @Inject
    SupplyRelationshipService relationships;

    @Inject
    ReceivablePosting posting;

    @Inject
    ProgramService programs;

    @Inject
    FinancingImport importer;

    void onStart(@Observes StartupEvent event) {
        if (load) {
            load();
        }
    }

    public void load() {
        String gansuBank = bank("甘肃银行股份有限公司金昌分行", "91620300MA71RRG60", "620300", BankType.CITY_COMMERCIAL);
        String abcJinchang = bank("中国农业银行股份有限公司金昌分行", "91620300924500012", "620300", BankType.STATE_OWNED);
        bank("甘肃金昌农村商业银行股份有限公司", "91620300MA7301234", "620300", BankType.RURAL_CREDIT);
        bank("永昌县村镇银行有限责任公司", "91620321MA7400456", "620321", BankType.VILLAGE_BANK);
        String liaochengRcb = bank("山东聊城农村商业银行股份有限公司", "91371500MA3C00789", "371500", BankType.RURAL_CREDIT);
        String icbcLiaocheng = bank("中国工商银行股份有限公司聊城分行", "91371500863001234", "371500", BankType.STATE_OWNED);

        String nonferrous = chain("金昌市有色金属新材料产业链", "620300", gansuBank, abcJinchang);
        String newEnergy = chain("聊城市新能源汽车产业链", "371500", liaochengRcb, icbcLiaocheng);

        String jinchuan = core(
                "金川集团股份有限公司", "91620300224541027", "620302", "有色金属冶炼", nonferrous, true, LocalDate.of(2023, 5, 10));
        String chemical = core(
                "金昌化学工业集团有限公司", "91620300224540012", "620302", "化学原料", nonferrous, false, LocalDate.of(2024, 3, 1));
        String dairy = core("永昌县某乳业有限公司", "91620321MA74D0345", "620321", "乳制品", null, false, null);
        String vehicles = core(
                "聊城中通新能源汽车装备有限公司", "91371500MA3CF0678", "371502", "新能源汽车", newEnergy, true, LocalDate.of(2024, 6, 18));
        String ulanqab =
                core("乌兰察布某马铃薯集团有限公司", "91150900MA0N01234", "150902", "农产品加工", null, false, LocalDate.of(2025, 1, 8));

        String machinery = supplier("金昌市鑫源机械制造有限公司", "91620300MA73XKQ90", "620302", SizeClass.MICRO, true);
        String logistics = supplier("金昌顺达物流有限公司", "91620302MA7E01234", "620302", SizeClass.SMALL, false);
        String packaging = supplier("永昌县宏达包装材料厂", "92620321MA7F00567", "620321", SizeClass.MICRO, true);
        String castings = supplier("聊城市东昌府区精密铸件有限公司", "91371502MA3D00890", "371502", SizeClass.MEDIUM, false);
        String potatoes = supplier("察哈尔右翼前旗马铃薯种植专业合作社", "93150926MA0P01234", "150926", SizeClass.MICRO, true);

        link(jinchuan, machinery);
        link(jinchuan, logistics);
        link(chemical, logistics);
        link(dairy, packaging);
        link(vehicles, castings);
        link(ulanqab, potatoes);

        String jc1 = post(jinchuan, machinery, "JC-AP-2025-0001", "2025-07-01", "2025-12-28", "1250000.00");
        post(jinchuan, machinery, "JC-AP-2025-0002", "2025-08-15", "2026-02-10", "386400.50");
        String jc3 = post(jinchuan, logistics, "JC-AP-2025-0003", "2025-09-01", "2026-01-30", "92000.00");
        post(chemical, logistics, "HG-AP-2025-0107", "2025-09-20", "2026-03-19", "47850.00");
        post(dairy, packaging, "YR-AP-2025-0031", "2025-10-08", "2026-01-06", "23600.00");
        String zt = post(vehicles, castings, "ZT-AP-2025-1001", "2025-06-30", "2025-12-27", "2180000.00");
        post(ulanqab, potatoes, "ML-AP-2025-0009", "2025-09-28", "2026-03-27", "156000.00");

        // 2025 history, so that the statistics have something to show: two financings in Jinchang (one extended), one
        // in Liaocheng, all repaid
        String gansuProgram = program(gansuBank, jinchuan);
        String icbcProgram = program(icbcLiaocheng, vehicles);
        if (Financing.count("programId in ?1", List.of(gansuProgram, icbcProgram)) == 0) {
            importer.importBatch(
                    ADMIN,
                    List.of(
                            history(
                                    gansuProgram,
                                    jc1,
                                    "1125000.00",
                                    "3.85",
                                    "2025-07-01T01:30:00Z",
                                    "2025-07-03T02:00:00Z",
                                    "2025-12-28T02:00:00Z",
                                    "1125000.00",
                                    null),
                            // extended on 2026-01-20 by 60 days at the same rate: 82,800 x 4.1% x 60 / 360 = 565.80
                            // more
                            history(
                                    gansuProgram,
                                    jc3,
                                    "82800.00",
                                    "4.1",
                                    "2025-09-02T01:00:00Z",
                                    "2025-09-03T02:00:00Z",
                                    "2026-03-31T02:00:00Z",
                                    "83365.80",
                                    new ImportedRelief(
                                            ImportedRelief.ReliefKind.EXTENSION,
                                            Instant.parse("2026-01-20T02:00:00Z"),
                                            LocalDate.of(2026, 3, 31),
                                            null,
                                            "harvest payments delayed")),
                            history(
                                    icbcProgram,
                                    zt,
                                    "1962000.00",
                                    "3.7",
                                    "2025-06-30T08:00:00Z",
                                    "2025-07-02T03:00:00Z",
                                    "2025-12-27T02:00:00Z",
                                    "1962000.00",
                                    null)));
        }
        LOG.info(
                "demo data loaded (6 banks, 2 industrial chains, 5 core enterprises, 5 suppliers, 7 receivables, 2 programs,"
                        + " 3 financings of 2025)");
    }

    private String bank(String name, String first17, String region, BankType type) {
        String code = code(first17);
        return findOrCreate(
                () -> banks.list(null, null, code, ONE),
                v -> v.id(),
                () -> banks.create(ADMIN, new BankInput(name, code, region, "银行业", type))
                        .id());
    }

    private String chain(String name, String region, String leader, String deputy) {
        return findOrCreate(
                () -> chains.list(region, name, ONE),
                v -> v.id(),
                () -> chains.create(ADMIN, new IndustrialChainInput(name, region, leader, deputy))
                        .id());
    }

    private String core(
            String name,
            String first17,
            String region,
            String industry,
            String chain,
            boolean leader,
            LocalDate connectedOn) {
        String code = code(first17);
        return findOrCreate(
                () -> cores.list(ADMIN, null, null, code, ONE),
                v -> v.id(),
                () -> cores.create(
                                ADMIN,
                                new CoreEnterpriseInput(
                                        name, code, region, industry, chain, leader, connectedOn != null, connectedOn))
                        .id());
    }

    private String supplier(String name, String first17, String region, SizeClass size, boolean creditWhite) {
        String code = code(first17);
        return findOrCreate(
                () -> suppliers.list(ADMIN, null, null, code, ONE),
                v -> v.id(),
                () -> suppliers
                        .create(ADMIN, new SupplierInput(name, code, region, null, size, creditWhite))
                        .id());
    }

    private void link(String core, String supplier) {
        relationships.link(ADMIN, core, supplier);
    }

    /** ERP re-posts of the same reference and content return the existing receivable, so this is idempotent. */
    private String post(String core, String supplier, String reference, String issued, String due, String amount) {
        return posting.post(
                        Caller.erp(core),
                        List.of(new ReceivableInput(
                                null,
                                supplier,
                                null,
                                reference,
                                List.of(reference.replace("AP", "INV")),
                                new BigDecimal(amount),
                                "CNY",
                                LocalDate.parse(issued),
                                LocalDate.parse(due))),
                        "")
                .get(0)
                .receivable()
                .id();
    }

    private String program(String bank, String core) {
        Caller caller = Caller.bank(bank);
        return findOrCreate(
                () -> programs.list(caller, bank, core, null, ONE),
                v -> v.id(),
                () -> programs.create(
                                caller,
                                new ProgramInput(
                                        null,
                                        core,
                                        new BigDecimal("50000000.00"),
                                        new BigDecimal("90"),
                                        new BigDecimal("3.5"),
                                        new BigDecimal("5.0"),
                                        DayCount.ACT_360,
                                        InterestMode.UPFRONT,
                                        LocalDate.of(2025, 1, 1),
                                        LocalDate.of(2027, 12, 31)))
                        .id());
    }

    /** A repaid 2025 financing: applied a day before it was approved, disbursed on its value date. */
    private static ImportItem history(
            String program,
            String receivable,
            String principal,
            String rate,
            String appliedAt,
            String disbursedAt,
            String settledAt,
            String settledAmount,
            ImportedRelief relief) {
        Instant disbursed = Instant.parse(disbursedAt);
        return new ImportItem(
                program,
                List.of(receivable),
                new BigDecimal(principal),
                new BigDecimal(rate),
                Times.businessDate(disbursed),
                Instant.parse(appliedAt),
                disbursed.minusSeconds(4 * 3600),
                disbursed,
                Instant.parse(settledAt),
                new BigDecimal(settledAmount),
                relief == null ? null : List.of(relief));
    }

    private static <V> String findOrCreate(
            Supplier<PageView<V>> find, Function<V, String> id, Supplier<String> create) {
        PageView<V> found = find.get();
        return found.items().isEmpty() ? create.get() : id.apply(found.items().get(0));
    }

    private static String code(String first17) {
        return first17 + CreditCode.checkCharacter(first17);
    }
}
