package kr.sanggwon.finance;

import java.util.Arrays;
import kr.sanggwon.common.Messages;

/** One thing wrong with the inputs: which field and a message key with its arguments (rendered at the edge). */
public record Problem(Field field, String key, Object... args) {
    public Problem {
        args = args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Problem p && p.field == field && p.key.equals(key) && Arrays.equals(p.args, args);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * field.hashCode() + key.hashCode()) + Arrays.hashCode(args);
    }

    /** "field: what is wrong" in the current language. */
    public String localized() {
        return Messages.get("finance.invalid.line", Messages.get(field.key()), Messages.get(key, args));
    }

    @Override
    public String toString() {
        return field.id() + ":" + key + Arrays.toString(args);
    }
}
