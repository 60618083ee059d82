package org.scfin.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.scfin.enterprise.BankType;
import org.scfin.enterprise.SizeClass;
import org.scfin.rate.RateType;

/**
 * Five more cities of Gansu (620000), lending less and growing more slowly than Jinchang in 2025, so that Jinchang
 * ranks first in the province for growth in both number and amount. Ten core enterprises, eight connected: with
 * Jinchang's, four in five of the province's core enterprises are connected too.
 */
@ApplicationScoped
class GansuCities {

    static final String PROVINCE = "620000";

    /**
     * A city's lending in 2024 and 2025, in fen; its core enterprises, the connected ones first.
     *
     * @param counties where its parties are registered (Jiayuguan has no counties: the city itself)
     */
    record City(
            String code,
            String place,
            List<String> counties,
            String bank,
            String bankCode,
            BankType bankType,
            int cores,
            int connected,
            int count2024,
            int count2025,
            long fen2024,
            long fen2025) {}

    static final List<City> CITIES = List.of(
            new City(
                    "620100",
                    "兰州市",
                    List.of("620102", "620103", "620104", "620105"),
                    "兰州农村商业银行股份有限公司",
                    "91620100MA73LN0R1",
                    BankType.RURAL_CREDIT,
                    3,
                    3,
                    30,
                    34,
                    6_120_000_000L,
                    6_890_000_000L),
            new City(
                    "620200",
                    "嘉峪关市",
                    List.of("620200"),
                    "中国农业银行股份有限公司嘉峪关分行",
                    "91620200924500013",
                    BankType.STATE_OWNED,
                    2,
                    1,
                    12,
                    14,
                    2_460_000_000L,
                    2_810_000_000L),
            new City(
                    "620400",
                    "白银市",
                    List.of("620402", "620403", "620421"),
                    "白银农村商业银行股份有限公司",
                    "91620400MA73BY0R2",
                    BankType.RURAL_CREDIT,
                    2,
                    2,
                    16,
                    18,
                    3_040_000_000L,
                    3_320_000_000L),
            new City(
                    "620600",
                    "武威市",
                    List.of("620602", "620621"),
                    "甘肃银行股份有限公司武威分行",
                    "91620600MA73WW0G3",
                    BankType.CITY_COMMERCIAL,
                    2,
                    1,
                    10,
                    10,
                    1_800_000_000L,
                    1_740_000_000L),
            new City(
                    "620700",
                    "张掖市",
                    List.of("620702", "620722"),
                    "张掖农村商业银行股份有限公司",
                    "91620700MA73HY0R4",
                    BankType.RURAL_CREDIT,
                    1,
                    1,
                    8,
                    9,
                    1_450_000_000L,
                    1_630_000_000L));

    private static final long SEED = 620000;
    private static final List<String> CORE_LINES = List.of("钢铁", "石化", "电力", "食品", "农业科技", "建材");
    private static final List<String> SUPPLIER_LINES =
            List.of("机械制造", "物流", "包装材料", "建材", "商贸", "运输", "农产品", "电气设备", "劳务");

    @Inject
    DemoParties parties;

    List<PlannedFinancing> load() {
        parties.referenceRate(RateType.REGIONAL_SME_AVERAGE, PROVINCE, "6.62", LocalDate.of(2024, 1, 1));
        parties.referenceRate(RateType.REGIONAL_SME_AVERAGE, PROVINCE, "6.38", LocalDate.of(2025, 1, 1));
        Random random = new Random(SEED);
        DemoNames names = new DemoNames(random);
        Drafts drafts = new Drafts(random);
        List<PlannedFinancing> planned = new ArrayList<>();
        for (City city : CITIES) {
            String bank = parties.bank(city.bank(), DemoParties.code(city.bankCode()), city.code(), city.bankType());
            List<Draft.Core> connected = new ArrayList<>();
            for (int i = 0; i < city.cores(); i++) {
                String county = names.pick(city.counties());
                String line = names.pick(CORE_LINES);
                LocalDate connectedOn = i < city.connected() ? LocalDate.of(2023, 6 + i, 1) : null;
                String core = parties.core(
                        names.enterprise(city.place(), List.of(line)),
                        names.enterpriseCode(county),
                        county,
                        line,
                        null,
                        false,
                        connectedOn);
                if (connectedOn != null) {
                    LocalDate from = LocalDate.of(2024, 1, 1);
                    connected.add(new Draft.Core(
                            core,
                            connectedOn,
                            List.of(new Draft.Program(parties.program(bank, core, "100000000.00", from), bank, from))));
                }
            }
            List<Draft.Supplier> suppliers = new ArrayList<>();
            for (int i = 0; i < Math.max(3, city.count2025() / 4); i++) {
                String county = names.pick(city.counties());
                String id = parties.supplier(
                        names.enterprise(city.place(), SUPPLIER_LINES),
                        names.enterpriseCode(county),
                        county,
                        random.nextBoolean() ? SizeClass.MICRO : SizeClass.SMALL,
                        random.nextDouble() < 0.2);
                Draft.Core core = connected.get(i % connected.size());
                parties.link(core.id(), id);
                suppliers.add(new Draft.Supplier(id, List.of(core)));
            }
            List<Draft> of2024 = drafts.year(2024, city.count2024(), suppliers, 450, 520);
            drafts.fitAmounts(of2024, city.fen2024(), 1_000_000);
            List<Draft> of2025 = drafts.year(2025, city.count2025(), suppliers, 430, 470);
            drafts.fitAmounts(of2025, city.fen2025(), 1_000_000);
            String prefix = "GS" + city.code().substring(2, 4);
            planned.addAll(Drafts.plans(prefix + "2024", of2024));
            planned.addAll(Drafts.plans(prefix + "2025", of2025));
        }
        return planned;
    }
}
