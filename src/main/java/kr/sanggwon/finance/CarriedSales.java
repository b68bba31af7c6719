package kr.sanggwon.finance;

/** Sales carried from 예상 매출 (or another screen) into 수익 분석: which district and industry, and the per-store sales. */
public record CarriedSales(String district, String industry, SalesBasis sales) {
}
