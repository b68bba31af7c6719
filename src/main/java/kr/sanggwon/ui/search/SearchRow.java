package kr.sanggwon.ui.search;

import kr.sanggwon.search.DistrictEntry;

/** One line of the results table: the district and its latest stores and sales per store (null if not imported). */
public record SearchRow(DistrictEntry district, Double stores, Double salesPerStore) {
    public String code() {
        return district.code();
    }

    public String name() {
        return district.name();
    }
}
