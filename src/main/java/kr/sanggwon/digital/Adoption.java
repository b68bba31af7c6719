package kr.sanggwon.digital;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where the shop stands on one checklist item: uses it now (already in its costs), plans it, or neither. */
public enum Adoption {
    ADOPTED("adopted"), PLANNED("planned"), NONE("none");

    private final String id;

    Adoption(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public String key() {
        return "consult.digital.adoption." + id;
    }

    public static Optional<Adoption> byId(String id) {
        String s = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.id.equals(s)).findFirst();
    }
}
