package org.scfin.demo;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.scfin.common.PageRequest;
import org.scfin.common.Times;
import org.scfin.credit.CaseRole;
import org.scfin.credit.ConsentInput;
import org.scfin.credit.CreditConsentService;
import org.scfin.credit.CreditFactImport;
import org.scfin.credit.CreditFactInput;
import org.scfin.credit.CreditProfiles;
import org.scfin.credit.CreditRead;
import org.scfin.credit.FactKind;
import org.scfin.credit.PaymentStatus;
import org.scfin.credit.ProfilePart;
import org.scfin.enterprise.SizeClass;
import org.scfin.enterprise.TaxGrade;
import org.scfin.security.Caller;

/**
 * What Jinchang's credit-information platform knows of the city's suppliers, imported as the admin imports public data:
 * each one's tax credit grade of 2025 (and of 2024 for those with a record), its social-insurance headcount and its
 * power bills over 2025, both non-public, and a few court judgments and administrative penalties, public. The borrowers
 * within lines authorise their banks to read their full profiles, and each bank reads them once; Gansu Bank reads the
 * public part of a few other suppliers' profiles. Drawn with a seed of its own, so the financings' draws are untouched;
 * facts are found again by their fingerprint, consents by supplier and bank, reads by bank and enterprise.
 */
@ApplicationScoped
class JinchangCredit {

    static final int JUDGMENTS = 5;
    static final int PENALTIES = 4;
    static final int PUBLIC_READS = 10;
    static final String CONSENT_PURPOSE = "信易贷授信审查及贷后管理";
    static final String FULL_READ_PURPOSE = "信易贷授信审批";
    static final String PUBLIC_READ_PURPOSE = "贷前调查";

    private static final long SEED = 620301;
    private static final String TAX = "国家税务总局甘肃省税务局";
    private static final String SOCIAL_INSURANCE = "金昌市人力资源和社会保障局";
    private static final String POWER = "国网甘肃省电力公司金昌供电公司";
    private static final String JUDGMENTS_SOURCE = "中国裁判文书网";
    private static final String PENALTIES_SOURCE = "信用中国（甘肃金昌）";
    private static final LocalDate GRADES_2024 = LocalDate.of(2024, 4, 1);
    private static final LocalDate GRADES_2025 = LocalDate.of(2025, 4, 1);
    private static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);
    private static final PageRequest ONE = new PageRequest(0, 1, Sort.by("id"));

    @Inject
    CreditFactImport facts;

    @Inject
    CreditConsentService consents;

    @Inject
    CreditProfiles profiles;

    /** Imports the suppliers' facts; answers each supplier's tax grade of 2025. */
    Map<String, TaxGrade> importFacts(List<JinchangSupplier> suppliers) {
        Random random = new Random(SEED);
        Map<String, TaxGrade> grades = new LinkedHashMap<>();
        List<CreditFactInput> items = new ArrayList<>();
        for (JinchangSupplier s : suppliers) {
            TaxGrade grade = grade(s, random);
            grades.put(s.id(), grade);
            items.add(fact(s, FactKind.TAX_GRADE, GRADES_2025, TAX, true)
                    .grade(grade)
                    .build());
            if (!s.creditWhite() && random.nextDouble() < 0.8) {
                TaxGrade before = random.nextDouble() < 0.75 ? grade : TaxGrade.B;
                items.add(fact(s, FactKind.TAX_GRADE, GRADES_2024, TAX, true)
                        .grade(before)
                        .build());
            }
            int headcount = s.size() == SizeClass.MICRO ? 3 + random.nextInt(17) : 20 + random.nextInt(80);
            items.add(fact(s, FactKind.SOCIAL_INSURANCE, YEAR_END, SOCIAL_INSURANCE, false)
                    .headcount(headcount)
                    .build());
            double paid = random.nextDouble();
            PaymentStatus power =
                    paid < 0.85 ? PaymentStatus.ON_TIME : paid < 0.97 ? PaymentStatus.LATE : PaymentStatus.ARREARS;
            items.add(fact(s, FactKind.UTILITY_PAYMENT, YEAR_END, POWER, false)
                    .payment(power, 12)
                    .build());
        }
        for (int n = 0; n < JUDGMENTS; n++) {
            JinchangSupplier s = suppliers.get(random.nextInt(suppliers.size()));
            String court = courtOf(s);
            items.add(fact(s, FactKind.COURT_JUDGMENT, day(random), JUDGMENTS_SOURCE, true)
                    .judgment(
                            "(2025)甘" + court + "民初" + (100 + random.nextInt(900)) + "号",
                            n == 0 ? CaseRole.PLAINTIFF : CaseRole.DEFENDANT,
                            BigDecimal.valueOf(20_000 + 1_000L * random.nextInt(280), 0)
                                    .setScale(2))
                    .build());
        }
        for (int n = 0; n < PENALTIES; n++) {
            JinchangSupplier s = suppliers.get(random.nextInt(suppliers.size()));
            boolean environment = n % 2 == 1;
            items.add(fact(s, FactKind.ADMINISTRATIVE_PENALTY, day(random), PENALTIES_SOURCE, true)
                    .penalty(
                            (environment ? "金环罚〔2025〕" : "金市监罚〔2025〕") + (1 + random.nextInt(60)) + "号",
                            environment ? "金昌市生态环境局" : "金昌市市场监督管理局",
                            BigDecimal.valueOf(5_000 + 500L * random.nextInt(90), 0)
                                    .setScale(2))
                    .build());
        }
        for (int from = 0; from < items.size(); from += CreditFactImport.MAX_ITEMS) {
            facts.importFacts(
                    DemoParties.ADMIN,
                    items.subList(from, Math.min(items.size(), from + CreditFactImport.MAX_ITEMS)),
                    i -> "facts[" + i + "].");
        }
        return grades;
    }

    /**
     * Each borrower authorises the banks it borrows from within lines, which read its full profile once; Gansu Bank
     * reads the public part of the first of the {@code others}. One transaction for the hundred small writes: a commit
     * each would cost more than the writes.
     */
    @Transactional
    void consentAndRead(
            Map<String, Set<String>> banksOf,
            Map<String, JinchangSupplier> suppliers,
            List<JinchangSupplier> others,
            String gansuBank) {
        banksOf.forEach((supplier, banks) -> {
            for (String bank : banks) {
                consent(supplier, bank);
                read(bank, suppliers.get(supplier).creditCode(), ProfilePart.FULL, FULL_READ_PURPOSE);
            }
        });
        others.stream()
                .filter(s -> !banksOf.containsKey(s.id()))
                .limit(PUBLIC_READS)
                .forEach(s -> read(gansuBank, s.creditCode(), ProfilePart.PUBLIC, PUBLIC_READ_PURPOSE));
    }

    private void consent(String supplier, String bank) {
        Caller caller = Caller.supplier(supplier);
        boolean given = !consents.list(caller, new CreditConsentService.Filter(null, bank, supplier), ONE)
                .items()
                .isEmpty();
        if (!given) {
            consents.grant(
                    caller,
                    new ConsentInput(
                            bank,
                            CONSENT_PURPOSE,
                            LocalDate.of(2025, 1, 1),
                            Times.today().plusYears(1)));
        }
    }

    private void read(String bank, String creditCode, ProfilePart part, String purpose) {
        if (CreditRead.count("bankId = ?1 and creditCode = ?2", bank, creditCode) == 0) {
            profiles.read(Caller.bank(bank), creditCode, null, part, purpose);
        }
    }

    /** Credit-white firms are mostly new, graded M; the others mostly A or B. */
    private static TaxGrade grade(JinchangSupplier s, Random random) {
        double r = random.nextDouble();
        if (s.creditWhite()) {
            return r < 0.7 ? TaxGrade.M : TaxGrade.B;
        }
        return r < 0.35 ? TaxGrade.A : r < 0.82 ? TaxGrade.B : r < 0.94 ? TaxGrade.M : TaxGrade.C;
    }

    /** The basic court of the supplier's district: Jinchuan (0302) or Yongchang (0321). */
    private static String courtOf(JinchangSupplier s) {
        return s.creditCode().substring(2, 8).equals("620321") ? "0321" : "0302";
    }

    private static LocalDate day(Random random) {
        return LocalDate.of(2025, 2, 1).plusDays(random.nextInt(300));
    }

    private static DemoFact fact(JinchangSupplier s, FactKind kind, LocalDate asOf, String source, boolean isPublic) {
        return new DemoFact(s.creditCode(), kind, asOf, source, isPublic);
    }
}
