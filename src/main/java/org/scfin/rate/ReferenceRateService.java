package org.scfin.rate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.scfin.common.Ids;
import org.scfin.common.PageRequest;
import org.scfin.common.PageView;
import org.scfin.common.Rate;
import org.scfin.common.RetriedOnConflict;
import org.scfin.common.Times;
import org.scfin.common.Violations;
import org.scfin.common.Where;
import org.scfin.region.Region;
import org.scfin.region.RegionService;
import org.scfin.security.Caller;
import org.scfin.security.Role;

/** Reference rates, maintained by admins, and the one in force for a date and region. */
@ApplicationScoped
@RetriedOnConflict
public class ReferenceRateService {

    public static final List<String> SORTABLE = List.of("effectiveFrom", "createdAt");

    @Inject
    RegionService regions;

    @Transactional
    public ReferenceRateView create(Caller caller, ReferenceRateInput input) {
        caller.require(Role.ADMIN);
        Violations violations = new Violations();
        if (input.type().isRegional()) {
            violations.require(
                    input.regionCode() != null, "regionCode", "required", "must name the region of a regional average");
            violations.require(
                    input.regionCode() == null || regions.isKnown(input.regionCode()),
                    "regionCode",
                    "known-region",
                    "must be a GB/T 2260 region code that exists");
        } else {
            violations.require(
                    input.regionCode() == null,
                    "regionCode",
                    "national-rate",
                    "must be absent: the loan prime rate is national");
        }
        violations.throwIfAny();
        ReferenceRate rate = new ReferenceRate();
        rate.id = Ids.newId();
        rate.type = input.type();
        rate.scope = input.type().isRegional() ? input.regionCode() : ReferenceRate.NATIONAL;
        rate.rate = Rate.of(input.rate()).percent();
        rate.effectiveFrom = input.effectiveFrom();
        rate.createdAt = Times.now();
        rate.persistAndFlush();
        return ReferenceRateView.of(rate);
    }

    public PageView<ReferenceRateView> list(RateType type, String regionCode, PageRequest page) {
        Where where = new Where().and("type = :type", "type", type).and("scope = :scope", "scope", regionCode);
        return page.fetch(
                ReferenceRate.<ReferenceRate>find(where.query(), page.sort(), where.params()), ReferenceRateView::of);
    }

    /**
     * The spreads of {@code rate} to the reference rates in force for the region on {@code date}. A rate in force on a
     * date is the latest effective on or before it: the national 1-year LPR, and the small-business average of the
     * region, or failing that of its prefecture, then of its province. One query: this runs in every approval and
     * relief.
     */
    public Spreads spreads(BigDecimal rate, String regionCode, LocalDate date) {
        List<String> scopes = new ArrayList<>(List.of(ReferenceRate.NATIONAL));
        scopes.addAll(scopesFrom(regionCode));
        List<ReferenceRate> effective = ReferenceRate.<ReferenceRate>find(
                        "effectiveFrom <= ?1 and scope in ?2 order by effectiveFrom desc", date, scopes)
                .list();
        BigDecimal lpr = inForce(effective, RateType.LPR_1Y, ReferenceRate.NATIONAL);
        BigDecimal regional = scopes.stream()
                .skip(1)
                .map(scope -> inForce(effective, RateType.REGIONAL_SME_AVERAGE, scope))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        return Spreads.of(rate, lpr, regional);
    }

    /** The small-business average in force for the region on {@code date}, by the rules of {@link #spreads}. */
    public Optional<BigDecimal> regionalAverage(String regionCode, LocalDate date) {
        return Optional.ofNullable(spreads(BigDecimal.ZERO, regionCode, date).regionalAverage());
    }

    /** The latest of {@code newestFirst} of that type and scope, or null. */
    private static BigDecimal inForce(List<ReferenceRate> newestFirst, RateType type, String scope) {
        return newestFirst.stream()
                .filter(r -> r.type == type && r.scope.equals(scope))
                .findFirst()
                .map(r -> r.rate)
                .orElse(null);
    }

    /**
     * Prices a financing rate against the reference rates in force and keeps it as a rate record (in the caller's
     * transaction), which is what rate statistics aggregate.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Spreads record(
            String financingId,
            String bankId,
            String regionCode,
            RateRecordKind kind,
            LocalDate date,
            BigDecimal rate,
            BigDecimal principal) {
        Spreads spreads = spreads(rate, regionCode, date);
        RateRecord record = new RateRecord();
        record.id = Ids.newId();
        record.financingId = financingId;
        record.bankId = bankId;
        record.regionCode = regionCode;
        record.kind = kind;
        record.rateDate = date;
        record.annualRate = rate;
        record.principal = principal;
        record.lpr1y = spreads.lpr1y();
        record.regionalAverage = spreads.regionalAverage();
        record.spreadLprBp = spreads.toLprBp();
        record.spreadRegionalBp = spreads.toRegionalBp();
        record.createdAt = Times.now();
        record.persist();
        return spreads;
    }

    private static List<String> scopesFrom(String regionCode) {
        List<String> scopes = new ArrayList<>();
        Region region = Region.findById(regionCode);
        if (region == null) {
            return scopes;
        }
        scopes.add(region.code);
        if (region.prefectureCode != null && !region.prefectureCode.equals(region.code)) {
            scopes.add(region.prefectureCode);
        }
        if (!region.provinceCode.equals(region.code)) {
            scopes.add(region.provinceCode);
        }
        return scopes;
    }
}
