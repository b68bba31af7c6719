package kr.sanggwon.consult;

import kr.sanggwon.common.Messages;

/**
 * A 관심 목록 entry with the names to show: the client's (null while 상담 is locked), the district's and the
 * industry's. {@code missing} when the district is no longer in the loaded data (kept, shown by its code).
 */
public record Watched(Watch watch, String clientName, String districtName, String guName, String industryName, boolean missing) {

    /** "역삼1동 (강남구) · 커피-음료", or "… · 전체 업종". */
    public String place() {
        String where = guName == null || guName.isBlank() ? districtName : districtName + " (" + guName + ")";
        return where + " · " + (watch.industry() == null ? Messages.get("consult.watch.allIndustries") : industryName);
    }

    /** The place with the note, for the client's list. */
    public String text() {
        String base = missing ? Messages.get("consult.watch.missing", place()) : place();
        return watch.note() == null ? base : base + " — " + watch.note();
    }
}
