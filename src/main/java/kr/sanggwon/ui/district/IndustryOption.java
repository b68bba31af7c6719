package kr.sanggwon.ui.district;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.sanggwon.common.Messages;

/** One entry of an industry picker; a null code means all industries. */
public record IndustryOption(String code, String name) {

    @Override
    public String toString() {
        return code == null ? Messages.get("district.ui.allIndustries") : name + " (" + code + ")";
    }

    /** The picker's items: optionally "all industries" first, then every industry in code order. */
    public static List<IndustryOption> list(Map<String, String> industries, boolean withAll) {
        List<IndustryOption> out = new ArrayList<>();
        if (withAll) {
            out.add(new IndustryOption(null, null));
        }
        industries.forEach((code, name) -> out.add(new IndustryOption(code, name)));
        return out;
    }
}
