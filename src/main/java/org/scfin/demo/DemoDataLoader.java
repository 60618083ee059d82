package org.scfin.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.scfin.enterprise.SizeClass;
import org.scfin.rate.RateType;

/**
 * Loads the demo data when {@code scf.demo.load=true}: the figures Jinchang and Liaocheng published, as history a bank
 * brings onto the platform ({@link Jinchang}, {@link GansuCities}, {@link Liaocheng}), and a few open receivables,
 * Ulanqab's among them. Everything goes through the same services as the API, is drawn with fixed seeds and is found
 * again by its credit code or ERP reference, so loading twice changes nothing.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    @ConfigProperty(name = "scf.demo.load", defaultValue = "false")
    boolean load;

    @Inject
    DemoParties parties;

    @Inject
    Jinchang jinchang;

    @Inject
    GansuCities gansu;

    @Inject
    Liaocheng liaocheng;

    @Inject
    HistoryImport history;

    void onStart(@Observes StartupEvent event) {
        if (load) {
            load();
        }
    }

    public void load() {
        long start = System.nanoTime();
        loanPrimeRates();
        List<PlannedFinancing> planned = new ArrayList<>(jinchang.load());
        planned.addAll(gansu.load());
        planned.addAll(liaocheng.load());
        ulanqab();
        long parties = System.nanoTime();
        history.record(planned);
        LOG.infof(
                "demo data loaded: %d financings of 2024 and 2025 in Jinchang, Gansu and Liaocheng (parties %d ms,"
                        + " financings %d ms)",
                planned.size(),
                Duration.ofNanos(parties - start).toMillis(),
                Duration.ofNanos(System.nanoTime() - parties).toMillis());
    }

    /** The 1-year loan prime rate as published from August 2023 to May 2025. */
    private void loanPrimeRates() {
        parties.referenceRate(RateType.LPR_1Y, null, "3.45", LocalDate.of(2023, 8, 21));
        parties.referenceRate(RateType.LPR_1Y, null, "3.35", LocalDate.of(2024, 7, 22));
        parties.referenceRate(RateType.LPR_1Y, null, "3.10", LocalDate.of(2024, 10, 21));
        parties.referenceRate(RateType.LPR_1Y, null, "3.00", LocalDate.of(2025, 5, 20));
    }

    /** A potato group and a cooperative that sells to it, with one open receivable: no history yet. */
    private void ulanqab() {
        String group = parties.core(
                "乌兰察布某马铃薯集团有限公司",
                DemoParties.code("91150900MA0N01234"),
                "150902",
                "农产品加工",
                null,
                false,
                LocalDate.of(2025, 1, 8));
        String potatoes = parties.supplier(
                "察哈尔右翼前旗马铃薯种植专业合作社", DemoParties.code("93150926MA0P01234"), "150926", SizeClass.MICRO, true);
        parties.link(group, potatoes);
        parties.receivable(group, potatoes, "ML-AP-2025-0009", "2025-09-28", "2026-03-27", "156000.00");
    }
}
