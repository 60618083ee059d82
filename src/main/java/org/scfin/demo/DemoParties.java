package org.scfin.demo;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.scfin.common.PageRequest;
import org.scfin.common.PageView;
import org.scfin.enterprise.BankInput;
import org.scfin.enterprise.BankService;
import org.scfin.enterprise.BankType;
import org.scfin.enterprise.CoreEnterpriseInput;
import org.scfin.enterprise.CoreEnterpriseService;
import org.scfin.enterprise.CreditCode;
import org.scfin.enterprise.IndustrialChainInput;
import org.scfin.enterprise.IndustrialChainService;
import org.scfin.enterprise.IndustrialChainView;
import org.scfin.enterprise.SizeClass;
import org.scfin.enterprise.SupplierInput;
import org.scfin.enterprise.SupplierService;
import org.scfin.enterprise.SupplyRelationshipService;
import org.scfin.financing.DayCount;
import org.scfin.financing.InterestMode;
import org.scfin.financing.ProgramInput;
import org.scfin.financing.ProgramService;
import org.scfin.notice.CollectionAccount;
import org.scfin.rate.RateType;
import org.scfin.rate.ReferenceRate;
import org.scfin.rate.ReferenceRateInput;
import org.scfin.rate.ReferenceRateService;
import org.scfin.receivable.ReceivableInput;
import org.scfin.receivable.ReceivablePosting;
import org.scfin.security.Caller;

/**
 * The demo's parties, programs and reference rates, each created through its service unless it is found again (by
 * credit code, by name in its region, by bank and core enterprise, by type, scope and date), so loading twice changes
 * nothing.
 */
@ApplicationScoped
class DemoParties {

    static final Caller ADMIN = Caller.admin("demo-loader");

    /** Every demo program: 90% of face value at most, interest deducted upfront, ACT/360. */
    static final DayCount DAY_COUNT = DayCount.ACT_360;

    static final BigDecimal RATE_FLOOR = new BigDecimal("3.5");
    static final BigDecimal RATE_CAP = new BigDecimal("5.0");

    private static final PageRequest ONE = new PageRequest(0, 1, Sort.by("id"));

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
    ProgramService programs;

    @Inject
    ReferenceRateService rates;

    @Inject
    ReceivablePosting posting;

    String bank(String name, String creditCode, String region, BankType type) {
        return findOrCreate(
                () -> banks.list(null, null, creditCode, ONE),
                v -> v.id(),
                () -> banks.create(ADMIN, new BankInput(name, creditCode, region, "银行业", type))
                        .id());
    }

    String chain(String name, String region, String leaderBank, String deputyBank) {
        // the name filter matches part of a name: the chain is the one named exactly so
        return chains.list(region, name, new PageRequest(0, 100, Sort.by("id"))).items().stream()
                .filter(c -> c.name().equals(name))
                .map(IndustrialChainView::id)
                .findFirst()
                .orElseGet(() -> chains.create(ADMIN, new IndustrialChainInput(name, region, leaderBank, deputyBank))
                        .id());
    }

    /** A core enterprise; connected to the platform on {@code connectedOn}, or not at all when it is null. */
    String core(
            String name,
            String creditCode,
            String region,
            String industry,
            String chain,
            boolean chainLeader,
            LocalDate connectedOn) {
        return findOrCreate(
                () -> cores.list(ADMIN, null, null, creditCode, ONE),
                v -> v.id(),
                () -> cores.create(
                                ADMIN,
                                new CoreEnterpriseInput(
                                        name,
                                        creditCode,
                                        region,
                                        industry,
                                        chain,
                                        chainLeader,
                                        connectedOn != null,
                                        connectedOn))
                        .id());
    }

    String supplier(String name, String creditCode, String region, SizeClass size, boolean creditWhite) {
        return findOrCreate(
                () -> suppliers.list(ADMIN, null, null, creditCode, ONE),
                v -> v.id(),
                () -> suppliers
                        .create(ADMIN, new SupplierInput(name, creditCode, region, null, size, creditWhite))
                        .id());
    }

    void link(String core, String supplier) {
        relationships.link(ADMIN, core, supplier);
    }

    /** The bank's program for the core enterprise's payables, within the rate bounds every demo financing keeps. */
    String program(String bank, String core, String creditLimit, LocalDate validFrom) {
        Caller caller = Caller.bank(bank);
        return findOrCreate(
                () -> programs.list(caller, bank, core, null, ONE),
                v -> v.id(),
                () -> programs.create(
                                caller,
                                new ProgramInput(
                                        null,
                                        core,
                                        new BigDecimal(creditLimit),
                                        new BigDecimal("90"),
                                        RATE_FLOOR,
                                        RATE_CAP,
                                        DAY_COUNT,
                                        InterestMode.UPFRONT,
                                        validFrom,
                                        LocalDate.of(2027, 12, 31),
                                        collectionAccount(bank),
                                        null))
                        .id());
    }

    /** The bank's collection account for its programs, named on the notices of assignment the demo issues. */
    private CollectionAccount collectionAccount(String bank) {
        String name = banks.get(bank).name();
        return new CollectionAccount(name + "供应链金融回款专户", "6205" + bank, name + "营业部");
    }

    /** A reference rate; {@code region} is null for the national loan prime rate. */
    void referenceRate(RateType type, String region, String rate, LocalDate effectiveFrom) {
        boolean known = rates
                .list(type, region == null ? ReferenceRate.NATIONAL : region, new PageRequest(0, 100, Sort.by("id")))
                .items()
                .stream()
                .anyMatch(r -> r.effectiveFrom().equals(effectiveFrom));
        if (!known) {
            rates.create(ADMIN, new ReferenceRateInput(type, region, new BigDecimal(rate), effectiveFrom));
        }
    }

    /** A receivable the core enterprise's ERP posts, confirmed as posted; a re-post of it returns it. */
    void receivable(String core, String supplier, String reference, String issued, String due, String amount) {
        posting.post(
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
                "");
    }

    /** A credit code from its first 17 characters and the check character they call for. */
    static String code(String first17) {
        return first17 + CreditCode.checkCharacter(first17);
    }

    private static <V> String findOrCreate(
            Supplier<PageView<V>> find, Function<V, String> id, Supplier<String> create) {
        PageView<V> found = find.get();
        return found.items().isEmpty() ? create.get() : id.apply(found.items().get(0));
    }
}
