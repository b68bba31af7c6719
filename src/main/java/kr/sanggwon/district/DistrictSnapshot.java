package kr.sanggwon.district;

import java.util.List;
import kr.sanggwon.health.DataWarning;

/**
 * Everything the 상권 현황 screen and the {@code district} command show for one district (optionally one
 * industry): KPIs at the reference quarter with changes and provenance, trends over all quarters, industry mix,
 * attracting facilities and data-health warnings.
 */
public record DistrictSnapshot(DistrictInfo info, String industryCode, String industryName, Integer referenceQuarter,
                               List<Kpi> kpis, List<Trend> trends, List<IndustryShare> industryMix,
                               List<FacilityCount> facilities, Provenance facilitiesProvenance,
                               List<DataWarning> warnings) {

    public Kpi kpi(Metric metric) {
        for (Kpi k : kpis) {
            if (k.metric() == metric) {
                return k;
            }
        }
        return null;
    }

    public Trend trend(Metric metric) {
        for (Trend t : trends) {
            if (t.metric() == metric) {
                return t;
            }
        }
        return new Trend(metric, List.of());
    }

    /** Warnings on the dataset a metric comes from, so a screen can badge the affected number. */
    public List<DataWarning> warningsFor(Metric metric) {
        return warnings.stream().filter(w -> metric.dataset().name().equals(w.dataset())).toList();
    }
}
