package kr.sanggwon.recommend;

import java.util.List;

/**
 * One clause of a row's explanation, structured: a message key and its arguments. Numbers are {@link Double}s
 * (formatted with one decimal at the edge); {@link Key} arguments are message keys resolved at the edge.
 */
public record Reason(Part part, String key, List<Object> args) {
    /** An argument that is itself a message key (e.g. the change index's name). */
    public record Key(String key) {
    }

    static Reason of(Part part, String key, Object... args) {
        return new Reason(part, key, List.of(args));
    }
}
