package kr.sanggwon.consult;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.sanggwon.consult.ScenarioSnapshot.Attachment;
import kr.sanggwon.consult.ScenarioSnapshot.EstimatePart;

/**
 * 사후 점검: the shop's actual monthly sales after opening against the forecast that was given (the scenario's estimate,
 * times its field-survey adjustment when it has one, as saved), the portfolio of errors over all clients, and the
 * {@link RangeCalibration} it yields for this consultant's ranges.
 */
public final class AfterOpening {
    private final ConsultService consult;
    private final ActualSalesRepository repository;

    AfterOpening(ConsultService consult, ActualSalesRepository repository) {
        this.consult = consult;
        this.repository = repository;
    }

    /**
     * A month compared with its forecast; forecast fields are null when the scenario is gone, had no estimate, or its
     * estimate was a 행정동 total rather than one shop's sales.
     */
    public record Compared(ActualSales actual, String clientName, String scenarioTitle, Double forecast, Double low, Double high,
                           Double error, Boolean inside) {
        /** One line: month, client, actual, forecast, range and error. */
        public String text() {
            String f = forecast == null ? "-" : kr.sanggwon.common.Formats.money(Math.round(forecast));
            String range = low == null || high == null ? "-"
                    : kr.sanggwon.common.Formats.money(Math.round(low)) + " ~ " + kr.sanggwon.common.Formats.money(Math.round(high));
            return kr.sanggwon.common.Messages.get("consult.cli.actualLine", actual.month().toString(), clientName == null ? "-" : clientName,
                    kr.sanggwon.common.Formats.money(actual.sales()), f, range,
                    error == null ? "-" : kr.sanggwon.common.Formats.signedPercent(error));
        }
    }

    /** Every record compared, and the calibration they give. */
    public record Portfolio(List<Compared> rows, RangeCalibration calibration) {
    }

    /** Records a month of actual sales of a client's shop against one of that client's scenarios. */
    public Compared record(long clientId, Long scenarioId, YearMonth month, long sales) {
        Client c = consult.client(clientId);
        if (month == null || month.isAfter(YearMonth.now())) {
            throw new ConsultException("consult.actual.error.month", month == null ? "-" : month.toString());
        }
        if (sales <= 0) {
            throw new ConsultException("consult.actual.error.sales", sales);
        }
        if (scenarioId != null) {
            Scenario s = consult.scenario(scenarioId);
            if (consult.consultation(s.consultationId()).clientId() != clientId) {
                throw new ConsultException("consult.actual.error.otherClient", scenarioId, c.name());
            }
            EstimatePart e = s.snapshot().estimate();
            if (e != null && !Recomputed.oneShop(e)) {
                throw new ConsultException("consult.actual.error.cellTotal", s.snapshot().title(), s.snapshot().districtName());
            }
        }
        ActualSales a = repository.insert(clientId, scenarioId, month, sales);
        return compare(a, c.name(), scenarioId == null ? null : consult.scenario(scenarioId));
    }

    /** A client's recorded months (for moving the client to another laptop). */
    List<ActualSales> of(long clientId) {
        return repository.all().stream().filter(a -> a.clientId() == clientId).toList();
    }

    /** Puts back a month read from a client file, as it was recorded there. */
    void restore(long clientId, Long scenarioId, YearMonth month, long sales) {
        repository.insert(clientId, scenarioId, month, sales);
    }

    public Portfolio portfolio() {
        Map<Long, String> names = new HashMap<>();
        consult.clients().forEach(c -> names.put(c.id(), c.name()));
        Map<Long, Scenario> scenarios = new HashMap<>();
        List<Compared> rows = new ArrayList<>();
        for (ActualSales a : repository.all()) {
            Scenario s = a.scenarioId() == null ? null : scenarios.computeIfAbsent(a.scenarioId(), id -> consult.scenario(id));
            rows.add(compare(a, names.get(a.clientId()), s));
        }
        List<RangeCalibration.Point> points = rows.stream().filter(r -> r.low() != null && r.high() != null)
                .map(r -> new RangeCalibration.Point(r.actual().sales(), r.forecast(), r.low(), r.high())).toList();
        int clients = (int) rows.stream().filter(r -> r.low() != null).map(r -> r.actual().clientId()).distinct().count();
        return new Portfolio(rows, RangeCalibration.of(points, clients));
    }

    /** This consultant's range calibration now (active only with enough records; see {@link RangeCalibration}). */
    public RangeCalibration calibration() {
        return portfolio().calibration();
    }

    static Compared compare(ActualSales a, String client, Scenario s) {
        EstimatePart e = s == null ? null : s.snapshot().estimate();
        // a month recorded against a 행정동 total (before this was refused, or read from an older client file) has no
        // one-shop forecast to be measured against: no error, and no part in the range calibration
        if (e == null || !Recomputed.oneShop(e)) {
            return new Compared(a, client, s == null ? null : s.snapshot().title(), null, null, null, null, null);
        }
        double m = surveyMultiplier(s.snapshot());
        double forecast = Recomputed.monthly(e) * m;
        Double low = e.newShop() != null ? Double.valueOf(e.newShop().monthlyLow()) : e.monthlyLow();
        Double high = e.newShop() != null ? Double.valueOf(e.newShop().monthlyHigh()) : e.monthlyHigh();
        low = low == null ? null : low * m;
        high = high == null ? null : high * m;
        Boolean inside = low == null || high == null ? null : a.sales() >= low && a.sales() <= high;
        return new Compared(a, client, s.snapshot().title(), forecast, low, high, a.sales() / forecast - 1, inside);
    }

    /** Adjusted ÷ base of the saved field survey, 1 without one. */
    static double surveyMultiplier(ScenarioSnapshot s) {
        for (Attachment att : s.attachments()) {
            if (att.kind().equals(FieldSurveys.KIND) && att.rows().size() >= 2) {
                Double base = att.rows().get(0).number();
                Double adjusted = att.rows().get(att.rows().size() - 1).number();
                if (base != null && adjusted != null && base > 0) {
                    return adjusted / base;
                }
            }
        }
        return 1.0;
    }
}
