package org.scfin.credit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.scfin.common.Ids;
import org.scfin.common.Jdbc;
import org.scfin.common.PageView;
import org.scfin.common.ProblemException;
import org.scfin.common.Times;
import org.scfin.enterprise.Supplier;
import org.scfin.security.Caller;
import org.scfin.security.Role;

/**
 * Profiles and their history. A profile is the latest fact of each kind as of a date, each found by one backward read
 * of the primary key. A bank reads the public part of any profile and the rest only under the supplier's live consent;
 * each bank read is recorded in the same transaction as the answer it gets. An enterprise reads its own profile and an
 * admin any; another supplier's profile is not found.
 */
@ApplicationScoped
public class CreditProfiles {

    /** Which fact of a kind a profile shows: the latest dated, and of one day's facts the last recorded. */
    static final String LATEST = " order by as_of desc, id desc limit 1";

    private static final String LATEST_OF_KIND = "(select " + CreditFactView.COLUMNS
            + " from credit_fact where credit_code = ? and kind = ? and as_of <= ?%s" + LATEST + ")";

    @Inject
    EntityManager em;

    @Transactional
    public CreditProfileView read(Caller caller, String creditCode, LocalDate asOf, ProfilePart asked, String purpose) {
        caller.require(Role.ADMIN, Role.SUPPLIER, Role.BANK);
        LocalDate day = asOf == null ? Times.today() : asOf;
        Supplier supplier = Supplier.<Supplier>find("creditCode", creditCode).firstResult();
        if (caller.is(Role.SUPPLIER)) {
            requireOwn(caller, creditCode, supplier);
        }
        if (!caller.is(Role.BANK)) {
            ProfilePart part = asked == null ? ProfilePart.FULL : asked;
            return new CreditProfileView(creditCode, day, part, idOf(supplier), latest(creditCode, day, part));
        }
        if (purpose == null || purpose.isBlank()) {
            throw ProblemException.invalidParameter("purpose", "required", "a bank says why it reads a profile");
        }
        ProfilePart part = asked == null ? ProfilePart.PUBLIC : asked;
        CreditConsent consent = null;
        if (part == ProfilePart.FULL) {
            consent = (supplier == null
                    ? null
                    : CreditConsentService.live(supplier.id, caller.partyId()).orElse(null));
            if (consent == null) {
                throw ProblemException.forbidden("no live consent of the enterprise " + creditCode + " lets bank "
                        + caller.partyId() + " read its non-public facts; its public part reads with part=PUBLIC");
            }
        }
        List<CreditFactView> facts = latest(creditCode, day, part);
        record(caller, creditCode, supplier, consent, purpose, facts, day);
        return new CreditProfileView(creditCode, day, part, idOf(supplier), facts);
    }

    /** Every fact recorded about the enterprise, newest first: the admin's, and the enterprise's own. */
    public PageView<CreditFactView> history(Caller caller, String creditCode, FactKind kind, int page, int size) {
        caller.require(Role.ADMIN, Role.SUPPLIER);
        if (caller.is(Role.SUPPLIER)) {
            requireOwn(
                    caller,
                    creditCode,
                    Supplier.<Supplier>find("creditCode", creditCode).firstResult());
        }
        String where = " from credit_fact where credit_code = ?" + (kind == null ? "" : " and kind = ?");
        Object[] params = kind == null ? new Object[] {creditCode} : new Object[] {creditCode, kind.name()};
        List<Object> paged = new ArrayList<>(Arrays.asList(params));
        paged.add(size);
        paged.add((long) page * size);
        List<CreditFactView> items = Jdbc.query(
                        em,
                        "select " + CreditFactView.COLUMNS + where
                                + " order by as_of desc, kind, id desc limit ? offset ?",
                        paged.toArray())
                .stream()
                .map(CreditFactView::of)
                .toList();
        long total = items.size() < size && page == 0
                ? items.size()
                : ((Number) Jdbc.query(em, "select count(*)" + where, params).get(0)[0]).longValue();
        return new PageView<>(items, page, size, total);
    }

    private List<CreditFactView> latest(String creditCode, LocalDate day, ProfilePart part) {
        String one = LATEST_OF_KIND.formatted(part == ProfilePart.PUBLIC ? " and is_public" : "");
        FactKind[] kinds = FactKind.values();
        List<Object> params = new ArrayList<>();
        for (FactKind kind : kinds) {
            params.add(creditCode);
            params.add(kind.name());
            params.add(day);
        }
        String sql = Arrays.stream(kinds).map(k -> one).collect(Collectors.joining(" union all "));
        return Jdbc.query(em, sql, params.toArray()).stream()
                .map(CreditFactView::of)
                .sorted((a, b) -> a.kind().compareTo(b.kind()))
                .toList();
    }

    private void record(
            Caller caller,
            String creditCode,
            Supplier supplier,
            CreditConsent consent,
            String purpose,
            List<CreditFactView> facts,
            LocalDate asOf) {
        Instant now = Times.now();
        CreditRead read = new CreditRead();
        read.id = Ids.newId();
        read.bankId = caller.partyId();
        read.creditCode = creditCode;
        read.supplierId = idOf(supplier);
        read.regionCode = supplier == null ? null : supplier.regionCode;
        read.consentId = consent == null ? null : consent.id;
        read.purpose = purpose;
        read.nonPublic = consent != null;
        read.kinds = facts.stream().map(f -> f.kind().name()).collect(Collectors.joining(","));
        read.asOf = asOf;
        read.readAt = now;
        read.readDate = Times.businessDate(now);
        read.persist();
    }

    /** A supplier reads its own profile only; any other is not found, as if it did not exist. */
    private static void requireOwn(Caller caller, String creditCode, Supplier supplier) {
        if (supplier == null || !supplier.id.equals(caller.partyId())) {
            throw ProblemException.notFound("credit profile", creditCode);
        }
    }

    private static String idOf(Supplier supplier) {
        return supplier == null ? null : supplier.id;
    }
}
