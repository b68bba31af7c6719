package kr.sanggwon.district;

/** One kind of attracting facility (집객시설) and its count; {@code key} names the message district.facility.KEY. */
public record FacilityCount(String key, long count) {
}
