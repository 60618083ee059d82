package org.scfin.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.scfin.common.Times;
import org.scfin.security.LocalSigningKeys;
import org.scfin.security.LocalTokenIssuer;
import org.scfin.security.Role;
import org.scfin.testing.CreditCodes;

/**
 * The parties of a run, created through the API: core enterprises (one ERP client each), suppliers selling to all of
 * them in two counties of Jinchang, banks with a program on every core enterprise; and the confirmed receivables posted
 * during ingestion, waiting to be financed.
 */
final class World {

    static final String[] COUNTIES = {"620302", "620321"};
    /** INGEST_ANSWER=full: ERPs ask for every posted receivable in full rather than the receipt. */
    static final boolean FULL_ANSWERS = "full".equals(System.getenv("INGEST_ANSWER"));

    /** A confirmed receivable not financed yet. */
    record Owned(String receivableId, String supplierId, String coreId) {}

    /** A bank's program on one core enterprise. */
    record Program(String id, String bankId, String coreId) {}

    final Client client;
    final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    final LocalDate today = Times.today();
    private final LocalTokenIssuer issuer;
    final String admin;
    final List<String> cores = new ArrayList<>();
    final List<String> suppliers = new ArrayList<>();
    final List<String> banks = new ArrayList<>();
    final List<Program> programs = new ArrayList<>();
    final Map<String, String> tokens = new HashMap<>();
    /** Every receivable posted, financed or not (the ceiling finances its own copies of them). */
    final ConcurrentLinkedQueue<Owned> posted = new ConcurrentLinkedQueue<>();
    /** Receivables waiting to be financed, per core enterprise. */
    final Map<String, ConcurrentLinkedQueue<Owned>> unfinanced = new HashMap<>();

    World(Client client, BenchConfig config) {
        this.client = client;
        this.issuer =
                new LocalTokenIssuer(LocalSigningKeys.readPrivateKey(config.keysDir()), "https://scfin.local/issuer");
        this.admin = token(Role.ADMIN, null);
    }

    String token(Role role, String party) {
        return issuer.mint(role, party, Duration.ofHours(12));
    }

    String tokenOf(String partyId) {
        return tokens.get(partyId);
    }

    World create(BenchConfig config) {
        return create(config.ingestClients(), config.suppliers(), config.banks());
    }

    /**
     * Creates the parties: {@code coreCount} core enterprises, {@code supplierCount} suppliers and {@code bankCount}
     * banks.
     */
    World create(int coreCount, int supplierCount, int bankCount) {
        for (int i = 0; i < coreCount; i++) {
            String id = created(
                    "/api/v1/core-enterprises",
                    Map.of(
                            "name",
                            "基准核心企业-" + run + "-" + i,
                            "creditCode",
                            CreditCodes.random("620302"),
                            "regionCode",
                            "620302",
                            "connected",
                            true,
                            "connectedOn",
                            today.minusYears(1).toString()));
            cores.add(id);
            tokens.put(id, token(Role.ERP, id));
            unfinanced.put(id, new ConcurrentLinkedQueue<>());
        }
        for (int i = 0; i < supplierCount; i++) {
            String county = COUNTIES[i % COUNTIES.length];
            String id = created(
                    "/api/v1/suppliers",
                    Map.of(
                            "name",
                            "基准供应商-" + run + "-" + i,
                            "creditCode",
                            CreditCodes.random(county),
                            "regionCode",
                            county,
                            "sizeClass",
                            i % 3 == 0 ? "MICRO" : "SMALL",
                            "creditWhite",
                            i % 4 == 0));
            suppliers.add(id);
            tokens.put(id, token(Role.SUPPLIER, id));
            for (String core : cores) {
                client.put("/api/v1/core-enterprises/" + core + "/suppliers/" + id, admin)
                        .join()
                        .expect(201);
            }
        }
        for (int i = 0; i < bankCount; i++) {
            String id = created(
                    "/api/v1/banks",
                    Map.of(
                            "name",
                            "基准银行-" + run + "-" + i,
                            "creditCode",
                            CreditCodes.random("620300"),
                            "regionCode",
                            "620300",
                            "type",
                            "CITY_COMMERCIAL"));
            banks.add(id);
            tokens.put(id, token(Role.BANK, id));
            for (String core : cores) {
                Map<String, Object> body = Map.of(
                        "coreEnterpriseId",
                        core,
                        "creditLimit",
                        new BigDecimal("1000000000000"),
                        "maxAdvanceRatio",
                        new BigDecimal("90"),
                        "rateFloor",
                        new BigDecimal("3.5"),
                        "rateCap",
                        new BigDecimal("5.0"),
                        "interestMode",
                        "UPFRONT",
                        "validFrom",
                        today.minusDays(1).toString(),
                        "validTo",
                        today.plusYears(1).toString(),
                        "collectionAccount",
                        Map.of(
                                "accountName",
                                "Bench collection account",
                                "accountNumber",
                                "6205" + id,
                                "branchName",
                                "Bench branch"));
                programs.add(new Program(
                        client.post("/api/v1/programs", tokens.get(id), body)
                                .join()
                                .expect(201)
                                .json()
                                .get("id")
                                .asText(),
                        id,
                        core));
            }
        }
        return this;
    }

    /**
     * Receivable items for one batch of {@code core}'s ERP, spread over the suppliers; {@code batch} makes them unique.
     */
    List<Map<String, Object>> batch(String core, String batch, int size) {
        List<Map<String, Object>> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Map<String, Object> item = new HashMap<>();
            item.put("supplierId", suppliers.get(i % suppliers.size()));
            item.put("erpReference", "B-" + run + "-" + batch + "-" + i);
            item.put("invoiceNumbers", List.of("I-" + run + "-" + batch + "-" + i));
            item.put("amount", new BigDecimal(10000 + i % 1000).setScale(2));
            item.put("issueDate", today.minusDays(30).toString());
            item.put("dueDate", today.plusDays(120).toString());
            items.add(item);
        }
        return items;
    }

    /**
     * Posts one batch as {@code core}'s ERP and queues its receivables for financing. The ERP asks for the receipt
     * ({@code Prefer: return=minimal}), as a high-volume integration would: it knows the rest of each item, it sent it.
     * INGEST_ANSWER=full asks for every receivable in full, to see what that costs.
     */
    Client.Reply postBatch(String core, String batch, int size) {
        List<Map<String, Object>> items = batch(core, batch, size);
        Map<String, String> headers = FULL_ANSWERS ? Map.of() : Map.of("Prefer", "return=minimal");
        Client.Reply reply = client.post("/api/v1/receivables/batch", tokens.get(core), Map.of("items", items), headers)
                .join()
                .expect(201);
        ConcurrentLinkedQueue<Owned> queue = unfinanced.get(core);
        JsonNode answered = reply.json().get("items");
        for (int i = 0; i < items.size(); i++) {
            Owned owned = new Owned(
                    answered.get(i).get("id").asText(), (String) items.get(i).get("supplierId"), core);
            queue.add(owned);
            posted.add(owned);
        }
        return reply;
    }

    /** A program on the receivable's core enterprise: the {@code n}-th of its banks, round robin. */
    Program programFor(Owned receivable, long n) {
        List<Program> ofCore = programs.stream()
                .filter(p -> p.coreId().equals(receivable.coreId()))
                .toList();
        return ofCore.get((int) (n % ofCore.size()));
    }

    /** A supplier's application for one receivable under {@code program}, for 9,000.00 of it. */
    static Map<String, Object> application(Owned receivable, Program program) {
        return Map.of(
                "programId",
                program.id(),
                "receivableIds",
                List.of(receivable.receivableId()),
                "requestedAmount",
                new BigDecimal("9000.00"));
    }

    /** A bank's terms: 4.0% a year, 90% of the face value, from today. */
    Map<String, Object> approval() {
        return Map.of(
                "annualRate",
                new BigDecimal("4.0"),
                "advanceRatio",
                new BigDecimal("90"),
                "valueDate",
                today.toString());
    }

    /** The next receivable to finance, from each core enterprise in turn. */
    Owned takeUnfinanced(long n) {
        for (int i = 0; i < cores.size(); i++) {
            Owned r = unfinanced.get(cores.get((int) ((n + i) % cores.size()))).poll();
            if (r != null) {
                return r;
            }
        }
        throw new IllegalStateException("no receivables left to finance: raise INGEST_BATCHES or lower RATES");
    }

    long unfinancedCount() {
        return unfinanced.values().stream()
                .mapToLong(ConcurrentLinkedQueue::size)
                .sum();
    }

    private String created(String path, Map<String, Object> body) {
        return client.post(path, admin, body)
                .join()
                .expect(201)
                .json()
                .get("id")
                .asText();
    }
}
