package kr.sanggwon.lesson;

import java.util.List;

/**
 * The check question of a step and what answers it.
 * <ul>
 * <li>{@code answerControl}: the id of the control whose text holds the answer ({@link CheckKind#NUMBER_SHOWN},
 * {@link CheckKind#CHOICE_SHOWN});</li>
 * <li>{@code choices} and {@code statement}: for {@link CheckKind#CHOICE_SHOWN}, the right choice is the one for which
 * the answer control's text contains {@code statement} with the choice in place of {0} (just the choice when absent);</li>
 * <li>{@code count}: how many districts ({@link CheckKind#COMPARE_COUNT});</li>
 * <li>{@code district}: the district code that must be chosen ({@link CheckKind#DISTRICT_SELECTED}).</li>
 * </ul>
 */
public record Check(CheckKind kind, LocalText question, LocalText hint, String answerControl, List<LocalText> choices,
                    LocalText statement, int count, String district) {
    public Check {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** True when the learner answers in the lesson panel (a number or a choice), not by doing something on screen. */
    public boolean answered() {
        return kind == CheckKind.NUMBER_SHOWN || kind == CheckKind.CHOICE_SHOWN;
    }

    /** The text the answer control shows when {@code choice} is right, in the language of {@code locale}. */
    public String statementFor(LocalText choice, java.util.Locale locale) {
        String c = choice.in(locale);
        return statement == null ? c : statement.in(locale).replace("{0}", c);
    }
}
