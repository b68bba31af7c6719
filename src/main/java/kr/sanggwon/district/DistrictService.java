package kr.sanggwon.district;

import java.util.Collection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.Text;
import kr.sanggwon.common.UserException;
import kr.sanggwon.health.DataHealthService;
import kr.sanggwon.health.DataWarning;
import kr.sanggwon.ingest.FactDataset;
import kr.sanggwon.store.ReadSession;

/** 상권 현황: KPIs, trends, industry mix and facilities of one district, optionally for one industry. */
public final class DistrictService {
    private final Reference reference;
    private final DataHealthService health;

    public DistrictService(Reference reference, DataHealthService health) {
        this.reference = reference;
        this.health = health;
    }

    public DistrictSnapshot snapshot(String code, String industry) {
        try (ReadSession c = reference.session()) {
            return snapshot(c, code, industry);
        }
    }

    /** Snapshots of several districts on one connection, without the industry mix (상권 비교 does not show it). */
    public List<DistrictSnapshot> snapshotsWithoutMix(Collection<String> codes, String industry) {
        List<DistrictSnapshot> out = new ArrayList<>();
        try (ReadSession c = reference.session()) {
            for (String code : codes) {
                out.add(snapshot(c, code, industry, false));
            }
        }
        return out;
    }

    DistrictSnapshot snapshot(ReadSession c, String code, String industry) {
        return snapshot(c, code, industry, true);
    }

    /** {@code withMix = false} skips the industry mix (the comparison does not show it). */
    DistrictSnapshot snapshot(ReadSession c, String code, String industry, boolean withMix) {
        DistrictInfo info = DistrictRepository.info(c, code);
        String industryName = reference.requireIndustryName(c, industry);
        Level level = info.isDong() ? Level.DONG : Level.TRDAR;
        ImportBatches batches = reference.batches(c);
        KpiAssembler kpis = new KpiAssembler(batches, level, industry != null);
        addSalesAndStores(c, kpis, code, industry);
        addPeople(c, kpis, info, Metric.FLOATING, "population_q");
        addPeople(c, kpis, info, Metric.RESIDENTS, "resident_q");
        addPeople(c, kpis, info, Metric.WORKERS, "worker_q");
        kpis.addChange(DistrictRepository.series(c, "change_q", new String[] {"op_months"}, true, code, null),
                DistrictRepository.changeCodes(c, code));
        Integer ref = kpis.referenceQuarter();
        List<IndustryShare> mix = ref == null || !withMix ? List.of() : industryMix(c, code, ref);
        QuarterRow fac = DistrictRepository.latest(c, "facility_q", DistrictRepository.FACILITY_COLS, code);
        String facCode = code;
        if (fac == null && !info.isDong() && info.dongCode() != null) {
            fac = DistrictRepository.latest(c, "facility_q", DistrictRepository.FACILITY_COLS, info.dongCode());
            facCode = info.dongCode();
        }
        List<FacilityCount> facilities = new ArrayList<>();
        Provenance facProv = null;
        if (fac != null) {
            for (int i = 0; i < DistrictRepository.FACILITY_COLS.length; i++) {
                if (fac.has(i) && fac.get(i) > 0) {
                    facilities.add(new FacilityCount(DistrictRepository.FACILITY_COLS[i], Math.round(fac.get(i))));
                }
            }
            facilities.sort(Comparator.comparingLong(FacilityCount::count).reversed());
            ImportBatches.Batch b = batches.byId(fac.batchId());
            Level facLevel = facCode.equals(code) ? level : Level.DONG;
            facProv = new Provenance(FactDataset.FACILITY.officialName(facLevel), fac.quarter(), fac.batchId(),
                    b == null ? null : b.fileName(), Text.of("district.formula.facilities"),
                    facCode.equals(code) ? null : Text.of("district.note.fromDong", info.dongName()));
        }
        List<DataWarning> warnings = health == null ? List.of() : health.warningsFor(code);
        return new DistrictSnapshot(info, industry, industryName, ref, kpis.kpis(), kpis.trends(), mix, facilities, facProv,
                warnings);
    }

    /**
     * Sales, stores and closure rate of every quarter and the 상권변화지표 code of every quarter, computed exactly as
     * {@link #snapshot} computes them (so 관심 목록 and 상권 현황 show the same numbers), without the rest of the dashboard.
     */
    public DistrictHistory history(String code, String industry) {
        try (ReadSession c = reference.session()) {
            DistrictInfo info = DistrictRepository.info(c, code);
            String industryName = industry == null ? null : reference.industryName(c, industry);
            if (industry != null && industryName == null) {
                throw new UserException("district.error.unknownIndustry", industry);
            }
            KpiAssembler kpis = new KpiAssembler(reference.batches(c), info.isDong() ? Level.DONG : Level.TRDAR, industry != null);
            addSalesAndStores(c, kpis, code, industry);
            List<Trend> trends = kpis.trends().stream().filter(t -> DistrictHistory.METRICS.contains(t.metric())).toList();
            return new DistrictHistory(info, industry, industryName, trends, DistrictRepository.changeCodes(c, code));
        }
    }

    /**
     * The quarter the given import batches added beyond every quarter of sales, stores or 상권변화지표 held before,
     * or null when they added none (an older quarter, a re-import, another dataset).
     */
    public Integer newQuarterFrom(java.util.Set<Long> batchIds) {
        try (ReadSession c = reference.session()) {
            return reference.batches(c).newQuarterFrom(batchIds);
        }
    }

    /**
     * All industries: the district × quarter summary (district_quarter_kpi). One industry: that district × industry's
     * rows by primary key (the narrow V31 summary has no open/close counts); never a group-by over fact tables.
     */
    private static void addSalesAndStores(ReadSession c, KpiAssembler kpis, String code, String industry) {
        if (industry == null) {
            kpis.addTotals(DistrictRepository.series(c, "district_quarter_kpi", DistrictRepository.TOTAL_COLS, false, code, null));
        } else {
            kpis.addIndustry(DistrictRepository.series(c, "sales_q", DistrictRepository.SALES_COLS, true, code, industry),
                    DistrictRepository.series(c, "stores_q", DistrictRepository.STORE_COLS, true, code, industry));
        }
    }

    /** Floating/resident/worker population: the 상권's own rows, else its 행정동's rows (marked in provenance). */
    private static void addPeople(ReadSession c, KpiAssembler kpis, DistrictInfo info, Metric metric, String table) {
        List<QuarterRow> rows = DistrictRepository.series(c, table, new String[] {"total"}, true, info.code(), null);
        Text note = null;
        Level level = info.isDong() ? Level.DONG : Level.TRDAR;
        if (rows.isEmpty() && !info.isDong() && info.dongCode() != null) {
            rows = DistrictRepository.series(c, table, new String[] {"total"}, true, info.dongCode(), null);
            note = Text.of("district.note.fromDong", info.dongName());
            level = Level.DONG;
        }
        kpis.addSingle(metric, rows, level, note);
    }

    private List<IndustryShare> industryMix(ReadSession c, String code, int quarter) {
        Map<String, Double> sales = DistrictRepository.byIndustry(c, "sales_amt", code, quarter);
        Map<String, Double> stores = DistrictRepository.byIndustry(c, "stores", code, quarter);
        double salesTotal = sales.values().stream().mapToDouble(Double::doubleValue).sum();
        double storesTotal = stores.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, String> names = reference.industries(c);
        java.util.Set<String> codes = new java.util.TreeSet<>(sales.keySet());
        codes.addAll(stores.keySet());
        List<IndustryShare> out = new ArrayList<>();
        for (String ind : codes) {
            Double s = sales.get(ind);
            Double t = stores.get(ind);
            out.add(new IndustryShare(ind, names.getOrDefault(ind, ind), s == null ? null : Math.round(s),
                    s == null || salesTotal <= 0 ? null : s / salesTotal, t == null ? null : Math.round(t),
                    t == null || storesTotal <= 0 ? null : t / storesTotal));
        }
        out.sort(Comparator.comparing((IndustryShare i) -> i.sales() == null ? -1L : i.sales()).reversed()
                .thenComparing(i -> i.stores() == null ? -1L : i.stores(), Comparator.reverseOrder()));
        return out;
    }
}
