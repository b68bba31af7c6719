package kr.sanggwon.ui.consult;

import kr.sanggwon.common.Messages;
import kr.sanggwon.compare.Comparison;
import kr.sanggwon.consult.Scenario;
import kr.sanggwon.estimate.Estimate;
import kr.sanggwon.estimate.StoreDetails;
import kr.sanggwon.ui.shell.UiContext;
import kr.sanggwon.ui.task.BackgroundTask;

/** "상담에 시나리오로 저장" for 예상 매출 and 상권 비교: saves what the screen shows into the open consultation. */
public final class ScenarioSaving {
    private ScenarioSaving() {
    }

    public static void saveEstimate(UiContext ctx, Estimate e, StoreDetails details) {
        Long id = target(ctx);
        if (id != null && e != null) {
            run(ctx, BackgroundTask.of(() -> ctx.app().consult().saveEstimate(id, null, e, details, null)));
        }
    }

    public static void saveComparison(UiContext ctx, Comparison c) {
        Long id = target(ctx);
        if (id != null && c != null) {
            run(ctx, BackgroundTask.of(() -> ctx.app().consult().saveComparison(id, null, c)));
        }
    }

    private static Long target(UiContext ctx) {
        if (!ctx.openCase().isOpen()) {
            ctx.dialogs().showInfo(Messages.get("consult.ui.saveScenario"), Messages.get("consult.ui.noOpenCase"));
            return null;
        }
        return ctx.openCase().consultationIdProperty().get();
    }

    private static void run(UiContext ctx, BackgroundTask<Scenario> task) {
        ctx.tasks().execute(task
                .onSuccess(s -> ctx.dialogs().showInfo(Messages.get("consult.ui.saveScenario"),
                        Messages.get("consult.ui.scenarioSaved", s.snapshot().title(), ctx.openCase().labelProperty().get())))
                .onFailure(ctx.dialogs()::showError));
    }
}
