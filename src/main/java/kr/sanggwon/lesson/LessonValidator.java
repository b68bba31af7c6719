package kr.sanggwon.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kr.sanggwon.common.Messages;

/**
 * Checks what the reader cannot: both languages present everywhere, every step on a screen lessons can open, a
 * control to ring, and a check question the app can verify. Whether the control ids exist on their screens is
 * checked against the built screens by the UI tests.
 */
public final class LessonValidator {
    /** The screens a lesson step may open (ids of the app's navigation). */
    public static final Set<String> SCREENS = Set.of("search", "dashboard", "customers", "compare", "lookalike", "estimate",
            "recommend", "finance");

    private LessonValidator() {
    }

    /** The problems of {@code lesson} in the current language; empty when it can be taught. */
    public static List<String> problems(Lesson lesson) {
        List<String> out = new ArrayList<>();
        if (!lesson.id().matches("[a-z0-9-]+")) {
            out.add(Messages.get("lesson.check.id", lesson.id()));
        }
        textIn(out, "-", "title", lesson.title());
        textIn(out, "-", "goal", lesson.goal());
        for (int i = 0; i < lesson.steps().size(); i++) {
            LessonStep s = lesson.steps().get(i);
            String step = String.valueOf(i + 1);
            if (!SCREENS.contains(s.screen())) {
                out.add(Messages.get("lesson.check.screen", step, s.screen(), String.join(", ", SCREENS.stream().sorted().toList())));
            }
            textIn(out, step, "explain", s.explain());
            planIn(out, step, s);
            Check c = s.check();
            textIn(out, step, "question", c.question());
            textIn(out, step, "hint", c.hint());
            switch (c.kind()) {
                case NUMBER_SHOWN -> {
                    if (c.answerControl() == null) {
                        out.add(Messages.get("lesson.check.answerControl", step));
                    }
                }
                case CHOICE_SHOWN -> {
                    if (c.answerControl() == null) {
                        out.add(Messages.get("lesson.check.answerControl", step));
                    }
                    if (c.choices().size() < 2) {
                        out.add(Messages.get("lesson.check.choices", step));
                    }
                    for (LocalText choice : c.choices()) {
                        textIn(out, step, "choices", choice);
                    }
                    if (c.statement() != null) {
                        textIn(out, step, "statement", c.statement());
                        if (!c.statement().ko().contains("{0}") || !c.statement().en().contains("{0}")) {
                            out.add(Messages.get("lesson.check.statement", step));
                        }
                    }
                }
                case COMPARE_COUNT -> {
                    if (c.count() < 2) {
                        out.add(Messages.get("lesson.check.count", step, c.count()));
                    }
                }
                case DISTRICT_SELECTED -> {
                    if (c.district() == null) {
                        out.add(Messages.get("lesson.check.district", step));
                    }
                }
            }
        }
        return out;
    }

    /** A plan fills 수익 분석 only, with known boxes and values that screen reads (money, or a count of staff). */
    private static void planIn(List<String> out, String step, LessonStep s) {
        java.util.Map<String, String> plan = s.preset().plan();
        if (plan == null) {
            return;
        }
        if (!"finance".equals(s.screen())) {
            out.add(Messages.get("lesson.check.planScreen", step, s.screen()));
        }
        plan.forEach((name, value) -> {
            if (!Preset.PLAN_INPUTS.contains(name)) {
                out.add(Messages.get("lesson.check.planInput", step, name, String.join(", ", Preset.PLAN_INPUTS.stream().sorted().toList())));
            } else if (!planValue(name, value)) {
                out.add(Messages.get("lesson.check.planValue", step, name, value));
            }
        });
    }

    private static boolean planValue(String name, String value) {
        if (name.equals("staff")) {
            try {
                double n = Double.parseDouble(value.strip());
                return n >= 0 && n <= 100;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        double won = kr.sanggwon.finance.MoneyInput.parse(value);
        return Double.isFinite(won) && won >= 0;
    }

    private static void textIn(List<String> out, String step, String field, LocalText t) {
        if (!t.complete()) {
            out.add(Messages.get("lesson.check.language", step, field));
        }
    }
}
