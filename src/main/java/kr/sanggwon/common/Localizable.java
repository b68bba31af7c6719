package kr.sanggwon.common;

import java.util.Locale;

/**
 * Something the core returns that becomes words only at the edge (screen, CLI, PDF), in the {@link Locale} the edge
 * chooses (ADR 0019). {@link Messages#get(Locale, String, Object...)} renders arguments of this type in the same locale,
 * so a sentence can carry a method name, a quarter or another sentence as an argument.
 */
public interface Localizable {
    String render(Locale locale);
}
