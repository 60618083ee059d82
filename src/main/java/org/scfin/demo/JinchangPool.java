package org.scfin.demo;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scfin.common.PageRequest;
import org.scfin.enterprise.TaxGrade;
import org.scfin.product.ProductInput;
import org.scfin.product.ProductKind;
import org.scfin.product.ProductSearch;
import org.scfin.product.ProductService;
import org.scfin.product.ProductView;
import org.scfin.security.Caller;

/**
 * The product pool serving Jinchang: ten products of the city's seven banks, six of them pure credit (60%, the share
 * Shanghai published for its pool of 719), seven fully online, rate ranges from 3.45% to 6.20%. Gansu Bank's serve the
 * whole province, Yongchang's village bank serves its county, the others the city. Each bank but the village bank has
 * one pure-credit product, under which it grants its pre-approved lines ({@link JinchangLines}). A product is found
 * again by its bank and name, so loading twice publishes nothing new.
 */
@ApplicationScoped
class JinchangPool {

    static final int PRODUCTS = 10;
    static final int PURE_CREDIT = 6;
    static final int FULLY_ONLINE = 7;

    /** The mean of the ten rate ranges' midpoints, 45.025 / 10. */
    static final String AVERAGE_RATE = "4.5025";

    private static final String PROVINCE = "620000";
    private static final String YONGCHANG = "620321";

    /** The published product a bank's lines are granted under, with the terms it was published with. */
    record LineProduct(String id, ProductInput terms) {}

    /** The seven banks of Jinchang, by their role in the pool. */
    record Banks(String gansu, String abc, String boc, String ccb, String rcb, String lanzhou, String village) {}

    @Inject
    ProductService products;

    /** Publishes the pool, in one transaction; answers each bank's pure-credit product, by bank id. */
    @Transactional
    Map<String, LineProduct> publish(Banks banks) {
        Map<String, LineProduct> lineProducts = new LinkedHashMap<>();
        publishPure(lineProducts, banks.gansu(), "陇信贷·信易贷", "3.70", "5.50", "5000000.00", PROVINCE, TaxGrade.B);
        publishPure(lineProducts, banks.abc(), "纳税e贷", "3.60", "4.80", "3000000.00", Jinchang.CITY, TaxGrade.B);
        publishPure(lineProducts, banks.boc(), "中银企E贷·信用贷", "3.65", "4.90", "5000000.00", Jinchang.CITY, TaxGrade.M);
        publishPure(lineProducts, banks.ccb(), "云税贷", "3.55", "4.70", "3000000.00", Jinchang.CITY, TaxGrade.B);
        publishPure(lineProducts, banks.rcb(), "金农信易贷", "3.90", "5.60", "3000000.00", Jinchang.CITY, TaxGrade.M);
        publishPure(lineProducts, banks.lanzhou(), "兰银信e贷", "3.80", "5.40", "5000000.00", Jinchang.CITY, TaxGrade.M);
        publish(
                banks.gansu(),
                new ProductInput(
                        "应收账款融资e贷",
                        ProductKind.RECEIVABLES,
                        d("3.50"),
                        d("4.80"),
                        d("10000000.00"),
                        180,
                        List.of(PROVINCE),
                        null,
                        true));
        publish(
                banks.abc(),
                new ProductInput(
                        "抵押e贷",
                        ProductKind.PLEDGE,
                        d("3.45"),
                        d("4.50"),
                        d("10000000.00"),
                        1095,
                        List.of(Jinchang.CITY),
                        null,
                        false));
        publish(
                banks.lanzhou(),
                new ProductInput(
                        "政银担·小微担保贷",
                        ProductKind.GUARANTEE,
                        d("4.20"),
                        d("5.80"),
                        d("5000000.00"),
                        365,
                        List.of(Jinchang.CITY),
                        TaxGrade.M,
                        false));
        publish(
                banks.village(),
                new ProductInput(
                        "惠农担保贷",
                        ProductKind.GUARANTEE,
                        d("4.50"),
                        d("6.20"),
                        d("1000000.00"),
                        365,
                        List.of(YONGCHANG),
                        null,
                        false));
        return lineProducts;
    }

    /** The bank's pure-credit product for a year, applied for and lent online: the one its lines are granted under. */
    private void publishPure(
            Map<String, LineProduct> lineProducts,
            String bank,
            String name,
            String rateMin,
            String rateMax,
            String maxAmount,
            String region,
            TaxGrade minTaxGrade) {
        lineProducts.put(
                bank,
                publish(
                        bank,
                        new ProductInput(
                                name,
                                ProductKind.PURE_CREDIT,
                                d(rateMin),
                                d(rateMax),
                                d(maxAmount),
                                365,
                                List.of(region),
                                minTaxGrade,
                                true)));
    }

    private LineProduct publish(String bank, ProductInput terms) {
        String id = products
                .search(
                        DemoParties.ADMIN,
                        new ProductSearch(null, null, null, null, null, null, null, bank),
                        new PageRequest(0, 100, Sort.by("id")))
                .items()
                .stream()
                .filter(p -> p.name().equals(terms.name()))
                .map(ProductView::id)
                .findFirst()
                .orElseGet(() -> products.create(Caller.bank(bank), terms).id());
        return new LineProduct(id, terms);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
