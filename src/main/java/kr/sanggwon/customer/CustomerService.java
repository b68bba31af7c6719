package kr.sanggwon.customer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.Text;
import kr.sanggwon.common.UserException;
import kr.sanggwon.district.DistrictInfo;
import kr.sanggwon.district.ImportBatches;
import kr.sanggwon.district.Provenance;
import kr.sanggwon.district.Reference;
import kr.sanggwon.ingest.FactDataset;

/**
 * 고객 분석: who buys in a district (optionally one industry) — by weekday/weekend, day, time band, gender and
 * age — against the Seoul average of the same industry (industry_quarter_kpi) and the district's floating mix.
 * Reads one sales row (or one district-quarter range), one Seoul summary row set and one population series.
 */
public final class CustomerService {
    private final Reference reference;

    public CustomerService(Reference reference) {
        this.reference = reference;
    }

    /** The customer profile; a {@link UserException} for an unknown district or industry or a district without sales. */
    public CustomerProfile profile(String code, String industry) {
        CustomerRepository.Reading r = CustomerRepository.read(reference, code, industry);
        DistrictInfo info = r.info();
        String industryName = r.industryName();
        Level level = r.level();
        Values sales = r.sales();
        if (sales == null) {
            throw new UserException("customer.error.noSales", info.name(), industryName == null ? "-" : industryName);
        }
        ImportBatches batches = r.batches();
        Values seoul = r.seoul();
        Values floating = r.floating();
        Level floatLevel = r.floatLevel();
        List<DimensionProfile> dims = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            dims.add(profile(d, sales, seoul, floating));
        }
        ImportBatches.Batch sb = sales.batchId != null ? batches.byId(sales.batchId)
                : batches.latest(FactDataset.SALES, level, sales.quarter);
        Provenance salesProv = new Provenance(FactDataset.SALES.officialName(level), sales.quarter, sb == null ? null : sb.id(),
                sb == null ? null : sb.fileName(), Text.of("customer.formula.share"), null);
        Provenance seoulProv = seoul == null ? null : new Provenance(FactDataset.SALES.officialName(level), sales.quarter,
                sb == null ? null : sb.id(), sb == null ? null : sb.fileName(), Text.of("customer.formula.seoul"), null);
        Provenance floatProv = null;
        if (floating != null) {
            ImportBatches.Batch fb = batches.byId(floating.batchId);
            floatProv = new Provenance(FactDataset.FLOATING.officialName(floatLevel), floating.quarter,
                    fb == null ? null : fb.id(), fb == null ? null : fb.fileName(), Text.of("customer.formula.floating"),
                    floatLevel == level ? null : Text.of("district.note.fromDong", info.dongName()));
        }
        return new CustomerProfile(code, info.name(), industry, industryName, sales.quarter,
                Math.round(sales.get("sales_amt")), List.copyOf(dims), SummaryWriter.write(dims, Locale.KOREAN),
                SummaryWriter.write(dims, Locale.ENGLISH), salesProv, seoulProv, floatProv);
    }

    /** Shares of one dimension from the three sources; each source is normalised over the dimension's bands. */
    static DimensionProfile profile(Dimension d, Values sales, Values seoul, Values floating) {
        double salesTotal = 0;
        double seoulTotal = 0;
        double floatTotal = 0;
        for (Dimension.Band b : d.bands()) {
            salesTotal += nz(sales.get(b.salesColumn()));
            seoulTotal += seoul == null ? 0 : nz(seoul.get(b.salesColumn()));
            floatTotal += floating == null ? 0 : floatSum(floating, b);
        }
        List<Share> shares = new ArrayList<>();
        for (Dimension.Band b : d.bands()) {
            double v = sales.get(b.salesColumn());
            shares.add(new Share(b.id(), b.labelKey(), Double.isNaN(v) ? null : Math.round(v),
                    salesTotal > 0 ? nz(v) / salesTotal : null,
                    seoulTotal > 0 ? nz(seoul.get(b.salesColumn())) / seoulTotal : null,
                    floatTotal > 0 ? floatSum(floating, b) / floatTotal : null));
        }
        return new DimensionProfile(d, List.copyOf(shares));
    }

    private static double floatSum(Values floating, Dimension.Band b) {
        double sum = 0;
        for (String col : b.floatingColumns()) {
            sum += nz(floating.get(col));
        }
        return sum;
    }

    private static double nz(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    /** Named values of one quarter (NaN = not published). */
    static final class Values {
        final int quarter;
        final Long batchId;
        final Map<String, Double> values = new LinkedHashMap<>();

        Values(int quarter, Long batchId) {
            this.quarter = quarter;
            this.batchId = batchId;
        }

        double get(String col) {
            return values.getOrDefault(col, Double.NaN);
        }

        void add(String col, double v) {
            if (!Double.isNaN(v)) {
                values.merge(col, v, Double::sum);
            }
        }
    }
}
