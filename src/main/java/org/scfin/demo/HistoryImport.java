package org.scfin.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.scfin.financing.FinancingImport;
import org.scfin.financing.FinancingReceivable;
import org.scfin.financing.ImportItem;
import org.scfin.receivable.ReceivablePosting;
import org.scfin.security.Caller;

/**
 * Records planned financings the way a bank brings its history onto the platform: each core enterprise's ERP posts the
 * receivables (a re-post of the same reference and content returns the existing one), then the financings are imported
 * in batches. A receivable that already backs a financing was imported by an earlier load and is left alone, so loading
 * twice changes nothing.
 */
@ApplicationScoped
class HistoryImport {

    /** The most an API batch takes, of receivables and of imports alike. */
    private static final int BATCH = 1000;

    @Inject
    ReceivablePosting posting;

    @Inject
    FinancingImport importer;

    /** Posts and imports {@code planned}, except what an earlier load imported. */
    void record(List<PlannedFinancing> planned) {
        List<String> receivableIds = post(planned);
        Set<String> financed = financed(receivableIds);
        List<ImportItem> items = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            if (!financed.contains(receivableIds.get(i))) {
                items.add(planned.get(i).importItem(receivableIds.get(i)));
            }
        }
        for (int from = 0; from < items.size(); from += BATCH) {
            importer.importBatch(DemoParties.ADMIN, items.subList(from, Math.min(items.size(), from + BATCH)));
        }
    }

    private List<String> post(List<PlannedFinancing> planned) {
        Map<String, List<Integer>> byCore = new LinkedHashMap<>();
        for (int i = 0; i < planned.size(); i++) {
            byCore.computeIfAbsent(planned.get(i).coreEnterpriseId(), c -> new ArrayList<>())
                    .add(i);
        }
        String[] ids = new String[planned.size()];
        byCore.forEach((core, indexes) -> {
            for (int from = 0; from < indexes.size(); from += BATCH) {
                List<Integer> batch = indexes.subList(from, Math.min(indexes.size(), from + BATCH));
                var posted = posting.post(
                        Caller.erp(core),
                        batch.stream().map(i -> planned.get(i).receivable()).toList(),
                        "items[%d].");
                for (int n = 0; n < batch.size(); n++) {
                    ids[batch.get(n)] = posted.get(n).receivable().id();
                }
            }
        });
        return List.of(ids);
    }

    private static Set<String> financed(List<String> receivableIds) {
        Set<String> financed = new HashSet<>();
        for (int from = 0; from < receivableIds.size(); from += BATCH) {
            List<String> chunk = receivableIds.subList(from, Math.min(receivableIds.size(), from + BATCH));
            FinancingReceivable.<FinancingReceivable>list("key.receivableId in ?1", chunk).stream()
                    .map(c -> c.key.receivableId())
                    .collect(Collectors.toCollection(() -> financed));
        }
        return financed;
    }
}
