package kr.sanggwon.consult;

import java.time.YearMonth;

/** One month of a shop's actual sales after opening (won), recorded against the scenario whose forecast was given. */
public record ActualSales(long id, long clientId, Long scenarioId, YearMonth month, long sales) {
}
