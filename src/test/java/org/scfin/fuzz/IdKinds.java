package org.scfin.fuzz;

import java.util.Map;

/** Which kind of record a parameter or field names, so the fuzzer can point it at one of the world's records. */
final class IdKinds {

    private IdKinds() {}

    private static final Map<String, String> BY_NAME = Map.ofEntries(
            Map.entry("supplierId", "supplier"),
            Map.entry("coreEnterpriseId", "core-enterprise"),
            Map.entry("bankId", "bank"),
            Map.entry("leaderBankId", "bank"),
            Map.entry("deputyLeaderBankId", "bank"),
            Map.entry("programId", "program"),
            Map.entry("financingId", "financing"),
            Map.entry("receivableId", "receivable"),
            Map.entry("industrialChainId", "industrial-chain"),
            Map.entry("code", "region"),
            Map.entry("regionCode", "region"),
            Map.entry("parent", "region"));

    private static final Map<String, String> BY_COLLECTION = Map.of(
            "banks",
            "bank",
            "core-enterprises",
            "core-enterprise",
            "suppliers",
            "supplier",
            "programs",
            "program",
            "financings",
            "financing",
            "receivables",
            "receivable",
            "industrial-chains",
            "industrial-chain");

    /** The kind, or null for a field that names no record. {@code id} takes the kind of the collection it is under. */
    static String of(String name, String pathTemplate) {
        if (name == null) {
            return null;
        }
        if (!name.equals("id")) {
            return BY_NAME.get(name);
        }
        String[] segments = pathTemplate.split("/");
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].equals("{id}") && i > 0) {
                return BY_COLLECTION.get(segments[i - 1]);
            }
        }
        return null;
    }
}
