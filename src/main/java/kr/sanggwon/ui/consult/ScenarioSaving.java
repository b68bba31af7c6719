package kr.sanggwon.ui.consult;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import kr.sanggwon.common.Messages;
import kr.sanggwon.compare.Comparison;
import kr.sanggwon.consult.ConsultService;
import kr.sanggwon.consult.Scenario;
import kr.sanggwon.estimate.Estimate;
import kr.sanggwon.estimate.StoreDetails;
import kr.sanggwon.finance.FinanceResult;
import kr.sanggwon.recommend.Preset;
import kr.sanggwon.recommend.Ranking;
import kr.sanggwon.ui.shell.UiContext;
import kr.sanggwon.ui.task.BackgroundTask;

/**
 * "상담에 시나리오로 저장" for 예상 매출, 상권 비교, 수익 분석 and 유망 상권: saves what the screen shows into the open
 * consultation. 수익 분석 and 유망 상권 may also be added to a scenario already saved there (the consultant picks).
 */
public final class ScenarioSaving {
    private ScenarioSaving() {
    }

    public static void saveEstimate(UiContext ctx, Estimate e, StoreDetails details) {
        Long id = target(ctx);
        if (id != null && e != null) {
            run(ctx, BackgroundTask.of(() -> ctx.app().consult().saveEstimate(id, null, e, details, null)), "consult.ui.scenarioSaved");
        }
    }

    public static void saveComparison(UiContext ctx, Comparison c) {
        Long id = target(ctx);
        if (id != null && c != null) {
            run(ctx, BackgroundTask.of(() -> ctx.app().consult().saveComparison(id, null, c)), "consult.ui.scenarioSaved");
        }
    }

    /** The 수익 분석 result as shown: a new scenario, or added to one of the consultation's scenarios. */
    public static void saveFinance(UiContext ctx, FinanceResult r) {
        if (r != null) {
            saveOrAttach(ctx, (consult, k) -> consult.saveFinance(k, null, r, StoreDetails.NONE), consult -> id -> consult.attachFinance(id, r));
        }
    }

    /** The first {@code top} rows of the 유망 상권 list as shown (with its preset, null when weights were moved by hand). */
    public static void saveRanking(UiContext ctx, Ranking r, Preset preset, int top) {
        if (r != null) {
            saveOrAttach(ctx, (consult, k) -> consult.saveRanking(k, null, r, preset, top),
                    consult -> id -> consult.attachRanking(id, r, preset, top));
        }
    }

    /** One choice of where to save: a new scenario ({@code scenario} null) or an existing one. */
    record Where(Scenario scenario) {
        String label() {
            return scenario == null ? Messages.get("consult.ui.saveAsNew")
                    : Messages.get("consult.ui.attachTo", scenario.snapshot().title(), scenario.snapshot().districtName());
        }
    }

    private static void saveOrAttach(UiContext ctx, java.util.function.BiFunction<ConsultService, Long, Scenario> asNew,
                                     Function<ConsultService, Function<Long, Scenario>> attach) {
        Long id = target(ctx);
        if (id == null) {
            return;
        }
        ConsultService consult = ctx.app().consult();
        ctx.tasks().execute(BackgroundTask.of(() -> consult.scenarios(id)).onSuccess(existing -> {
            List<Where> options = new ArrayList<>();
            options.add(new Where(null));
            existing.forEach(s -> options.add(new Where(s)));
            // with nothing saved yet there is nothing to choose: it becomes the consultation's first scenario
            Where where = existing.isEmpty() ? options.get(0)
                    : ctx.dialogs().choose(Messages.get("consult.ui.saveScenario"), Messages.get("consult.ui.whereToSave",
                            ctx.openCase().labelProperty().get()), options, Where::label).orElse(null);
            if (where == null) {
                return;
            }
            if (where.scenario() == null) {
                run(ctx, BackgroundTask.of(() -> asNew.apply(consult, id)), "consult.ui.scenarioSaved");
            } else {
                long scenarioId = where.scenario().id();
                run(ctx, BackgroundTask.of(() -> attach.apply(consult).apply(scenarioId)), "consult.ui.scenarioAttached");
            }
        }).onFailure(ctx.dialogs()::showError));
    }

    private static Long target(UiContext ctx) {
        if (!ctx.openCase().isOpen()) {
            ctx.dialogs().showInfo(Messages.get("consult.ui.saveScenario"), Messages.get("consult.ui.noOpenCase"));
            return null;
        }
        return ctx.openCase().consultationIdProperty().get();
    }

    private static void run(UiContext ctx, BackgroundTask<Scenario> task, String doneKey) {
        ctx.tasks().execute(task
                .onSuccess(s -> ctx.dialogs().showInfo(Messages.get("consult.ui.saveScenario"),
                        Messages.get(doneKey, s.snapshot().title(), ctx.openCase().labelProperty().get())))
                .onFailure(ctx.dialogs()::showError));
    }
}
