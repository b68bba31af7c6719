package kr.sanggwon.cli;

import java.io.PrintWriter;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.estimate.EstimateService;
import kr.sanggwon.estimate.ModelStatus;
import kr.sanggwon.estimate.Trainer;

/** Retrains the sales models after an import when they are stale, with progress on the terminal. */
final class ModelRetraining {
    private ModelRetraining() {
    }

    /**
     * Trains when the models are missing or older than the data and there are sales to learn from. A training that
     * fails is reported on {@code err} and leaves the exit code alone (the import itself succeeded).
     */
    static void ifStale(EstimateService service, PrintWriter out, PrintWriter err) {
        ModelStatus before = service.modelStatus();
        if (!service.retrainingDue(before)) {
            return;
        }
        out.println(Messages.get("estimate.cli.retraining", before.dataVersion()));
        out.flush();
        TerminalProgress progress = new TerminalProgress(err, Messages.get("estimate.cli.retrainLabel"));
        try {
            Trainer.Result r = service.train(progress);
            progress.end();
            ModelStatus after = service.modelStatus();
            out.println(Messages.get("estimate.cli.retrained", after.trainedForDataVersion(),
                    after.lastQuarter() == null ? "-" : Formats.quarter(after.lastQuarter()), r.millis() / 1000.0));
        } catch (UserException e) {
            progress.end();
            err.println(Messages.get("estimate.cli.retrainFailed", e.localized()));
        } catch (RuntimeException e) {
            // the import succeeded and its exit code stands; say why the models stay stale
            progress.end();
            err.println(Messages.get("estimate.cli.retrainFailed", String.valueOf(e)));
        }
    }
}
