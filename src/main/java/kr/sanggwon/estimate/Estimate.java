package kr.sanggwon.estimate;

import java.util.List;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.Localizable;
import kr.sanggwon.common.Text;

/**
 * The expected sales of a district × industry cell for {@code targetQuarter}, made with data up to
 * {@code basedOnQuarter}: point and 80% range per quarter and per month (per store at 상권 grain, whole cell at
 * 행정동 grain), the drivers, comparable cells, backtest quality and provenance. {@code stores}: the cell's
 * same-industry stores in {@code basedOnQuarter} (NaN when not published, always at 행정동 grain); {@code storesFrom}: 0
 * when that count was published for {@code basedOnQuarter}, else the earlier quarter whose count was carried forward.
 */
public record Estimate(String district, String districtName, String guName, String industry, String industryName, Level grain,
                       boolean perStore, Task task, int targetQuarter, int basedOnQuarter, double stores, int storesFrom,
                       double quarterly, double quarterlyLow, double quarterlyHigh,
                       double monthly, double monthlyLow, double monthlyHigh,
                       List<Driver> drivers, List<ComparableCell> comparables,
                       Quality quality, Provenance provenance, List<Text> notes, List<Text> warnings) {

    /**
     * Backtest quality of the model that produced this estimate: {@code method} is the chosen method, {@code selection}
     * why it was chosen over the naive reference ({@code ratioToReference}: its backtest median APE over the
     * reference's), {@code selectionLine} that reason as a sentence.
     */
    public record Quality(double medianApe, double coverage80, int origins, String baselineMethod, double baselineMedianApe,
                          Text line, String method, Selection.Reason selection, double ratioToReference, Localizable selectionLine) {
    }

    /** Which data and which model made the number ({@code trainedAt}: ISO-8601 instant). */
    public record Provenance(long modelId, String method, String params, String trainedAt, long modelDataVersion,
                             long currentDataVersion, int modelLastQuarter, boolean stale, Text line) {
    }

    public boolean hasRange() {
        return Double.isFinite(quarterlyLow) && Double.isFinite(quarterlyHigh);
    }
}
