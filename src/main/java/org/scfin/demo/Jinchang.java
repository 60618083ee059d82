package org.scfin.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.scfin.enterprise.BankType;
import org.scfin.enterprise.SizeClass;
import org.scfin.enterprise.TaxGrade;
import org.scfin.financing.ImportedRelief;
import org.scfin.financing.ImportedRelief.ReliefKind;
import org.scfin.rate.RateType;

/**
 * Jinchang (620300), Gansu, with the figures the city published for 2025: 545 financings for 96 small and micro
 * suppliers, 1.16 billion yuan, against 405 financings and 997.25 million yuan in 2024 (+34.57% and +16.32%); rates
 * from 3.70% to 5.00%, weighted 4.21%, 2.50 points below the city's small-business average of 6.71%; 40.8 hours to
 * disbursement against 48 in 2024 (15% shorter); over 150 million yuan of extensions and restructurings; 8 of its 10
 * core enterprises connected. The named parties are the demo's first ones; the rest are drawn with a fixed seed.
 */
@ApplicationScoped
class Jinchang {

    static final String CITY = "620300";
    static final int COUNT_2025 = 545;
    static final int COUNT_2024 = 405;
    static final long FEN_2025 = 116_000_000_000L;
    static final long FEN_2024 = 99_725_000_000L;
    static final long RELIEF_FEN = 21_000_000_000L;

    private static final long SEED = 620300;
    private static final List<String> CORE_LINES = List.of("新材料科技", "冶金", "新能源", "化工", "建材", "农牧");
    private static final List<String> SUPPLIER_LINES = List.of(
            "机械制造", "物流", "包装材料", "建材", "五金机电", "化工原料", "电气设备", "环保科技", "商贸", "运输", "矿山设备", "电缆", "工程机械维修", "钢结构",
            "耐火材料", "仪器仪表", "劳保用品");
    private static final List<String> RESTRUCTURING_NOTES = List.of("下游货款回笼延迟，调整还款期限", "原材料价格波动，经营周转困难", "主要客户订单延期交付");

    @Inject
    DemoParties parties;

    @Inject
    JinchangPool pool;

    @Inject
    JinchangCredit credit;

    @Inject
    JinchangLines lines;

    @Inject
    JinchangCoupons coupons;

    /** The named receivables that stay open, and the city's history of 2024 and 2025. */
    List<PlannedFinancing> load() {
        parties.referenceRate(RateType.REGIONAL_SME_AVERAGE, CITY, "6.95", LocalDate.of(2024, 1, 1));
        parties.referenceRate(RateType.REGIONAL_SME_AVERAGE, CITY, "6.71", LocalDate.of(2025, 1, 1));
        String gansuBank =
                parties.bank("甘肃银行股份有限公司金昌分行", DemoParties.code("91620300MA71RRG60"), CITY, BankType.CITY_COMMERCIAL);
        String abc =
                parties.bank("中国农业银行股份有限公司金昌分行", DemoParties.code("91620300924500012"), CITY, BankType.STATE_OWNED);
        String rcb =
                parties.bank("甘肃金昌农村商业银行股份有限公司", DemoParties.code("91620300MA7301234"), CITY, BankType.RURAL_CREDIT);
        String village =
                parties.bank("永昌县村镇银行有限责任公司", DemoParties.code("91620321MA7400456"), "620321", BankType.VILLAGE_BANK);
        String boc = parties.bank("中国银行股份有限公司金昌分行", DemoParties.code("91620300924500047"), CITY, BankType.STATE_OWNED);
        String lanzhou =
                parties.bank("兰州银行股份有限公司金昌分行", DemoParties.code("91620300MA72LJB31"), CITY, BankType.CITY_COMMERCIAL);
        String ccb =
                parties.bank("中国建设银行股份有限公司金昌分行", DemoParties.code("91620300924500039"), CITY, BankType.STATE_OWNED);
        Map<String, JinchangPool.LineProduct> lineProducts =
                pool.publish(new JinchangPool.Banks(gansuBank, abc, boc, ccb, rcb, lanzhou, village));

        String nonferrous = parties.chain("金昌市有色金属新材料产业链", CITY, gansuBank, abc);
        String jinchuanId = parties.core(
                "金川集团股份有限公司",
                DemoParties.code("91620300224541027"),
                "620302",
                "有色金属冶炼",
                nonferrous,
                true,
                LocalDate.of(2023, 5, 10));
        String chemicalId = parties.core(
                "金昌化学工业集团有限公司",
                DemoParties.code("91620300224540012"),
                "620302",
                "化学原料",
                nonferrous,
                false,
                LocalDate.of(2024, 3, 1));
        String dairy =
                parties.core("永昌县某乳业有限公司", DemoParties.code("91620321MA74D0345"), "620321", "乳制品", null, false, null);
        List<JinchangSupplier> scene = new ArrayList<>();
        String machineryId = supplier(
                scene, "金昌市鑫源机械制造有限公司", DemoParties.code("91620300MA73XKQ90"), "620302", SizeClass.MICRO, true);
        String logisticsId =
                supplier(scene, "金昌顺达物流有限公司", DemoParties.code("91620302MA7E01234"), "620302", SizeClass.SMALL, false);
        String packaging =
                supplier(scene, "永昌县宏达包装材料厂", DemoParties.code("92620321MA7F00567"), "620321", SizeClass.MICRO, true);
        parties.link(jinchuanId, machineryId);
        parties.link(jinchuanId, logisticsId);
        parties.link(chemicalId, logisticsId);
        parties.link(dairy, packaging);
        parties.receivable(jinchuanId, machineryId, "JC-AP-2025-0002", "2025-08-15", "2026-02-10", "386400.50");
        parties.receivable(chemicalId, logisticsId, "HG-AP-2025-0107", "2025-09-20", "2026-03-19", "47850.00");
        parties.receivable(dairy, packaging, "YR-AP-2025-0031", "2025-10-08", "2026-01-06", "23600.00");

        Random random = new Random(SEED);
        DemoNames names = new DemoNames(random);
        Draft.Core jinchuan = new Draft.Core(
                jinchuanId,
                LocalDate.of(2023, 5, 10),
                List.of(
                        new Draft.Program(
                                parties.program(gansuBank, jinchuanId, "50000000.00", LocalDate.of(2025, 1, 1)),
                                gansuBank,
                                LocalDate.of(2025, 1, 1)),
                        program(abc, jinchuanId, 2024),
                        program(boc, jinchuanId, 2024)));
        Draft.Core chemical = new Draft.Core(
                chemicalId,
                LocalDate.of(2024, 3, 1),
                List.of(program(gansuBank, chemicalId, 2024), program(rcb, chemicalId, 2024)));
        Draft.Core a = core(names, "620302", nonferrous, LocalDate.of(2023, 3, 15), 0, abc, lanzhou, 2023);
        Draft.Core b = core(names, "620302", nonferrous, LocalDate.of(2023, 9, 1), 1, ccb, gansuBank, 2023);
        Draft.Core c = core(names, "620321", null, LocalDate.of(2024, 4, 15), 2, rcb, boc, 2024);
        Draft.Core d = core(names, "620302", null, LocalDate.of(2024, 8, 20), 3, lanzhou, ccb, 2024);
        Draft.Core e = core(names, "620302", null, LocalDate.of(2025, 3, 10), 4, gansuBank, abc, 2025);
        Draft.Core f = core(names, "620321", null, LocalDate.of(2025, 5, 18), 5, village, rcb, 2025);
        parties.core(
                names.enterprise("永昌县", List.of("矿业")),
                names.enterpriseCode("620321"),
                "620321",
                "采矿",
                null,
                false,
                null);
        List<Draft.Core> early = List.of(jinchuan, jinchuan, a, b);
        List<Draft.Core> connected = List.of(jinchuan, chemical, a, b, c, d, e, f);

        // 97 drawn suppliers: the first 94 borrow in 2025, the first 75 and the last 3 in 2024
        List<Draft.Supplier> drawn = new ArrayList<>();
        for (int i = 0; i < 97; i++) {
            String region = i % 10 < 7 ? "620302" : "620321";
            String place = region.equals("620302") ? "金昌市" : "永昌县";
            SizeClass size = random.nextDouble() < 0.55 ? SizeClass.MICRO : SizeClass.SMALL;
            // drawn in the order they always were: the draws after them must not change
            String name = names.enterprise(place, SUPPLIER_LINES);
            String code = names.enterpriseCode(region);
            String id = supplier(scene, name, code, region, size, random.nextDouble() < 0.2);
            Draft.Core primary = early.get(random.nextInt(early.size()));
            Draft.Core secondary = connected.get(random.nextInt(connected.size()));
            List<Draft.Core> cores =
                    secondary == primary || random.nextDouble() < 0.4 ? List.of(primary) : List.of(primary, secondary);
            cores.forEach(core -> parties.link(core.id(), id));
            drawn.add(new Draft.Supplier(id, cores));
        }
        Draft.Supplier machinery = new Draft.Supplier(machineryId, List.of(jinchuan));
        Draft.Supplier logistics = new Draft.Supplier(logisticsId, List.of(jinchuan, chemical));
        List<Draft.Supplier> of2025 = new ArrayList<>(List.of(machinery, logistics));
        of2025.addAll(drawn.subList(0, 94));
        List<Draft.Supplier> of2024 = new ArrayList<>(List.of(machinery, logistics));
        of2024.addAll(drawn.subList(0, 75));
        of2024.addAll(drawn.subList(94, 97));

        // the two financings of the named parties, the first ones of the demo: 1,125,000 at 3.85% and 82,800 at 4.1%
        // (extended in 2026), 48.5 and 25 hours to disbursement
        List<PlannedFinancing> named = List.of(
                new PlannedFinancing(
                        jinchuanId,
                        machineryId,
                        jinchuan.programs().get(0).id(),
                        "JC-AP-2025-0001",
                        new BigDecimal("1250000.00"),
                        LocalDate.of(2025, 7, 1),
                        LocalDate.of(2025, 12, 28),
                        new BigDecimal("1125000.00"),
                        new BigDecimal("3.85"),
                        Instant.parse("2025-07-01T01:30:00Z"),
                        Instant.parse("2025-07-03T02:00:00Z"),
                        null,
                        null),
                new PlannedFinancing(
                        jinchuanId,
                        logisticsId,
                        jinchuan.programs().get(0).id(),
                        "JC-AP-2025-0003",
                        new BigDecimal("92000.00"),
                        LocalDate.of(2025, 9, 1),
                        LocalDate.of(2026, 1, 30),
                        new BigDecimal("82800.00"),
                        new BigDecimal("4.1"),
                        Instant.parse("2025-09-02T01:00:00Z"),
                        Instant.parse("2025-09-03T02:00:00Z"),
                        new ImportedRelief(
                                ReliefKind.EXTENSION,
                                Instant.parse("2026-01-20T02:00:00Z"),
                                LocalDate.of(2026, 3, 31),
                                null,
                                "harvest payments delayed"),
                        null));
        long namedFen = 112_500_000L + 8_280_000L;
        long namedRateXFen = 385 * 112_500_000L + 410 * 8_280_000L;
        long namedHoursTenths = 485 + 250;

        Drafts drafts = new Drafts(random);
        List<Draft> drafts2025 = drafts.year(2025, COUNT_2025 - named.size(), of2025, 421, 408);
        drafts.fitAmounts(drafts2025, FEN_2025 - namedFen, 1_000_000);
        Drafts.fitRates(drafts2025, 370, 500, 421, namedRateXFen, namedFen);
        Drafts.fitHours(drafts2025, 408L * COUNT_2025 - namedHoursTenths);
        List<Draft> drafts2024 = drafts.year(2024, COUNT_2024, of2024, 448, 480);
        drafts.fitAmounts(drafts2024, FEN_2024, 1_000_000);
        Drafts.fitRates(drafts2024, 385, 500, 448, 0, 0);
        Drafts.fitHours(drafts2024, 480L * COUNT_2024);
        relieve(drafts2025, random);
        creditInformation(scene, drafts2025, lineProducts, gansuBank);

        List<PlannedFinancing> planned = new ArrayList<>(named);
        planned.addAll(Drafts.plans("JC2025", drafts2025));
        planned.addAll(Drafts.plans("JC2024", drafts2024));
        return planned;
    }

    /**
     * Relief granted a few days before maturity in 2025, to financings drawn at random until their principal passes
     * {@link #RELIEF_FEN}: of every four, two renewals at the same rate, one extension and one restructuring at 0.3
     * points less. The renewals and restructurings are the published "over 150 million".
     */
    private static void relieve(List<Draft> drafts, Random random) {
        List<Draft> candidates = new ArrayList<>(drafts.subList(2, drafts.size()).stream()
                .filter(d -> d.maturity().isBefore(LocalDate.of(2025, 12, 16)))
                .toList());
        Collections.shuffle(candidates, random);
        long fen = 0;
        for (int n = 0; fen < RELIEF_FEN; n++) {
            Draft d = candidates.get(n);
            LocalDate on = d.maturity().minusDays(3 + random.nextInt(10));
            d.relief = switch (n % 4) {
                case 3 ->
                    new ImportedRelief(
                            ReliefKind.RESTRUCTURING,
                            Draft.at(on),
                            d.maturity().plusDays(90 + 30 * random.nextInt(4)),
                            BigDecimal.valueOf(Math.max(350, d.rateHundredths - 30), 2),
                            RESTRUCTURING_NOTES.get(random.nextInt(RESTRUCTURING_NOTES.size())));
                case 1 ->
                    new ImportedRelief(
                            ReliefKind.EXTENSION,
                            Draft.at(on),
                            d.maturity().plusDays(60 + 30 * random.nextInt(2)),
                            null,
                            "客户付款周期延长");
                default ->
                    new ImportedRelief(
                            ReliefKind.RENEWAL,
                            Draft.at(on),
                            d.maturity().plusDays(90 + 90 * random.nextInt(2)),
                            null,
                            null);
            };
            fen += d.fen;
        }
    }

    /**
     * The credit-information scene on top of the city's history: the suppliers' facts, then some of the 2025 financings
     * lent within lines ({@link JinchangLines}), their borrowers' consents and their banks' reads, and a rate coupon
     * for each borrower within a line ({@link JinchangCoupons}).
     */
    private void creditInformation(
            List<JinchangSupplier> suppliers,
            List<Draft> drafts2025,
            Map<String, JinchangPool.LineProduct> lineProducts,
            String gansuBank) {
        Map<String, TaxGrade> grades = credit.importFacts(suppliers);
        Map<String, JinchangSupplier> byId = suppliers.stream().collect(Collectors.toMap(JinchangSupplier::id, s -> s));
        Map<String, Set<String>> banksOf = lines.lendWithin(drafts2025, byId, grades, lineProducts);
        credit.consentAndRead(banksOf, byId, suppliers, gansuBank);
        coupons.issue(banksOf.keySet());
    }

    private String supplier(
            List<JinchangSupplier> scene,
            String name,
            String creditCode,
            String region,
            SizeClass size,
            boolean creditWhite) {
        String id = parties.supplier(name, creditCode, region, size, creditWhite);
        scene.add(new JinchangSupplier(id, creditCode, size, creditWhite));
        return id;
    }

    private Draft.Core core(
            DemoNames names,
            String region,
            String chain,
            LocalDate connectedOn,
            int line,
            String bank1,
            String bank2,
            int programsFrom) {
        String place = region.equals("620302") ? "金昌市" : "永昌县";
        String id = parties.core(
                names.enterprise(place, List.of(CORE_LINES.get(line))),
                names.enterpriseCode(region),
                region,
                CORE_LINES.get(line),
                chain,
                false,
                connectedOn);
        return new Draft.Core(
                id, connectedOn, List.of(program(bank1, id, programsFrom), program(bank2, id, programsFrom)));
    }

    private Draft.Program program(String bank, String core, int fromYear) {
        LocalDate from = LocalDate.of(fromYear, 1, 1);
        return new Draft.Program(parties.program(bank, core, "200000000.00", from), bank, from);
    }
}
