package kr.sanggwon.district;

import java.util.Optional;

/** 상권변화지표: HH 정체, HL 상권축소, LH 상권확장, LL 다이나믹, each with a plain-Korean meaning. */
public enum ChangeIndex {
    HH, HL, LH, LL;

    public static Optional<ChangeIndex> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.trim().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String nameKey() {
        return "district.change." + name();
    }

    public String meaningKey() {
        return "district.change." + name() + ".meaning";
    }
}
